package dev.planforge.render.pdf;

import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.FontMappers;

/**
 * The embedded fonts: Noto Sans SC regular (400) and bold (700), and two fallbacks in the same
 * weights for what it lacks: Roboto (the currency signs ₹ ₪ ₱ ₦ ₺ ₽, and the Latin, Greek and
 * Cyrillic letters of names such as Łódź, Ştefan, Doğan, Αθηνά) and DejaVu Sans (the symbols
 * planners type: ✔ ☐ ☑ ☒ ✗ ❤), all from the jar, never from the system. Parsing a 10 MB CJK font takes a few
 * hundred milliseconds, so each is parsed once per process and the parsed font is reused by every
 * PDF (PDFBox keeps per-document state in the PDType0Font), on every thread of a batch at once. A
 * parsed TrueTypeFont reads its tables on first use, which two threads must not do together, so
 * loading reads every table a PDF can ask for ({@link #readTables}); after that PDFBox only reads
 * from it (its glyph reads lock the glyph table's data, its glyph-name map is made under a lock).
 * The chart fonts are AWT fonts, which are immutable.
 *
 * <p>The set is loaded lazily and only once per process, by a once-only task (see {@link
 * #preload}); nothing in it changes afterwards.
 */
final class PdfFonts {

  /** The family name the stylesheets and the charts ask for. */
  static final String FAMILY = "Noto Sans SC";
  /**
   * The family a character falls back to when {@link #FAMILY} has no glyph for it, in the text
   * and in the charts; no stylesheet needs to name it.
   */
  static final String FALLBACK_FAMILY = "Roboto";
  /** The last fallback, for symbols the fonts before it lack. */
  static final String SYMBOLS_FAMILY = "DejaVu Sans";

  private static final String DIR = "/dev/planforge/fonts/ttf/NotoSansSC/";
  /**
   * Set by the launcher for a batch: collect once the fonts are parsed. They are 80 MB of small
   * objects that live as long as the process; collected at once they go straight to the old
   * generation, where a batch's young collections no longer copy them. Left to the young
   * collections, they would be copied two or three times while the first plans are rendered, at
   * 200 ms a copy on two cores (docs/rendering.md, Speed).
   */
  static final String SETTLE = "planforge.settleFonts";

  /**
   * A family a character falls back to when the fonts before it lack it.
   *
   * @param name the family name openhtmltopdf and the charts know it by
   * @param first the first code point it is used for
   * @param last the last code point it is used for
   */
  record Fallback(String name, TrueTypeFont regular, TrueTypeFont bold, int first, int last) {

    boolean isFor(int codePoint) {
      return codePoint >= first && codePoint <= last;
    }
  }

  /**
   * DejaVu Sans is used for the symbol blocks only (general punctuation to miscellaneous symbols
   * and arrows): it also has some emoji, which it would print as black-and-white stand-ins; an
   * emoji in a plan is named and refused instead, as before, and the HTML shows it.
   */
  static final int SYMBOLS_FIRST = 0x2000;
  static final int SYMBOLS_LAST = 0x2BFF;

  final TrueTypeFont regular;
  final TrueTypeFont bold;
  /**
   * The fallbacks in the order they are tried: Roboto, whose Latin matches Noto Sans SC's, before
   * DejaVu Sans. Each is embedded in a PDF only when one of its characters is used.
   */
  final List<Fallback> fallbacks;
  // Character maps, looked up once: the glyph check asks for every character of a document.
  private final CmapLookup regularCmap;
  private final CmapLookup boldCmap;
  private final List<CmapLookup> fallbackRegularCmaps;
  private final List<CmapLookup> fallbackBoldCmaps;
  /**
   * The chart fonts, as Batik wants them (AWT fonts, for laying out the labels, which are then
   * drawn as text in the PDF fonts above); shared, never changed after loading.
   */
  final OpenHtmlFontResolver svgFonts;
  /**
   * Reads the six font files (Noto Sans SC, Roboto and DejaVu Sans, regular and bold), parses them
   * for the PDF and makes the chart fonts from the same bytes; answers PDFBox's font mapper.
   */
  private PdfFonts() throws IOException {
    String roboto = "/dev/planforge/fonts/ttf/Roboto/";
    String dejaVu = "/dev/planforge/fonts/ttf/DejaVuSans/";
    byte[] notoRegular = read(DIR, "NotoSansSC-Regular.ttf");
    byte[] notoBold = read(DIR, "NotoSansSC-Bold.ttf");
    byte[] robotoRegular = read(roboto, "Roboto-Regular.ttf");
    byte[] robotoBold = read(roboto, "Roboto-Bold.ttf");
    byte[] dejaVuRegular = read(dejaVu, "DejaVuSans.ttf");
    byte[] dejaVuBold = read(dejaVu, "DejaVuSans-Bold.ttf");
    regular = parse(notoRegular);
    bold = parse(notoBold);
    fallbacks = List.of(
        new Fallback(FALLBACK_FAMILY, parse(robotoRegular), parse(robotoBold), 0, Character.MAX_CODE_POINT),
        new Fallback(SYMBOLS_FAMILY, parse(dejaVuRegular), parse(dejaVuBold), SYMBOLS_FIRST, SYMBOLS_LAST));
    regularCmap = regular.getUnicodeCmapLookup();
    boldCmap = bold.getUnicodeCmapLookup();
    List<CmapLookup> r = new ArrayList<>();
    List<CmapLookup> b = new ArrayList<>();
    for (Fallback f : fallbacks) {
      r.add(f.regular().getUnicodeCmapLookup());
      b.add(f.bold().getUnicodeCmapLookup());
    }
    fallbackRegularCmaps = List.copyOf(r);
    fallbackBoldCmaps = List.copyOf(b);
    svgFonts = new ChartFonts(awt(notoRegular), awt(notoBold), List.of(
        new ChartFonts.FallbackFamily(FALLBACK_FAMILY, awt(robotoRegular), awt(robotoBold), fallbacks.get(0)::isFor),
        new ChartFonts.FallbackFamily(SYMBOLS_FAMILY, awt(dejaVuRegular), awt(dejaVuBold), fallbacks.get(1)::isFor)));
    // PDFBox looks fonts up through a global mapper that scans every system font on first use
    // (and writes ~/.pdfbox.cache). Ours never looks at the system; set before any PDF is made.
    FontMappers.set(new EmbeddedFontMapper(this));
  }

  /**
   * Loads the set; for a batch ({@link #SETTLE}), collects once it is loaded, when the files' bytes
   * as read from the jar (22 MB, parsed and copied by now) are no longer held by anything.
   */
  private static PdfFonts load() throws IOException {
    PdfFonts fonts = new PdfFonts();
    if (Boolean.getBoolean(SETTLE)) {
      System.gc();
    }
    return fonts;
  }

  /** The fonts, loading them on first use (or waiting for {@link #preload} to finish). */
  static PdfFonts get() throws IOException {
    Holder.LOAD.run(); // no-op when already loaded or loading on another thread
    try {
      return Holder.LOAD.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while loading the fonts", e);
    }
  }

  /**
   * Starts loading the fonts on a background thread (half a second of reading and parsing), so a
   * run overlaps it with checking the plan and writing the HTML and Markdown. {@link #get} waits
   * for it and reports any failure.
   */
  static void preload() {
    Thread loader = new Thread(Holder.LOAD, "planforge-font-loader");
    loader.setDaemon(true);
    loader.start();
  }

  /** Whether the embedded fonts can draw {@code codePoint} in both weights, the fallbacks included. */
  boolean canDraw(int codePoint) {
    boolean inRegular = regularCmap.getGlyphId(codePoint) != 0;
    boolean inBold = boldCmap.getGlyphId(codePoint) != 0;
    for (int i = 0; i < fallbacks.size() && !(inRegular && inBold); i++) {
      if (fallbacks.get(i).isFor(codePoint)) {
        inRegular |= fallbackRegularCmaps.get(i).getGlyphId(codePoint) != 0;
        inBold |= fallbackBoldCmaps.get(i).getGlyphId(codePoint) != 0;
      }
    }
    return inRegular && inBold;
  }

  /** The families that draw the text, for messages: "Noto Sans SC, Roboto, DejaVu Sans". */
  static String families() {
    return FAMILY + ", " + FALLBACK_FAMILY + ", " + SYMBOLS_FAMILY;
  }

  private static TrueTypeFont parse(byte[] bytes) throws IOException {
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    // Ligature substitution (GSUB) builds regular expressions for every text run: a fifth of the
    // PDF time, and it makes "ff" extract as "ﬀ". Chinese and Latin text need none of it.
    font.setEnableGsub(false);
    readTables(font);
    keepOnlyUnicodeCmap(font);
    return font;
  }

  /**
   * Drops the character maps no one reads. PDFBox parses every map a font has into a map of boxed
   * numbers: Noto Sans SC has four, of about 30,000 characters each (Unicode and Windows, BMP and
   * full), and DejaVu Sans five, all alike; everything (PDFBox, openhtmltopdf, the glyph check)
   * reads the one {@link TrueTypeFont#getUnicodeCmapLookup} picks. Keeping only that one, which
   * stays the first choice, is about 11 MB less of the small objects a collection has to copy.
   */
  private static void keepOnlyUnicodeCmap(TrueTypeFont font) throws IOException {
    if (font.getUnicodeCmapLookup() instanceof CmapSubtable used) {
      font.getCmap().setCmaps(new CmapSubtable[] {used});
    }
  }

  /**
   * Reads now every table PDFBox, openhtmltopdf and the glyph check may ask a font for, so that
   * no thread reads one later (reading moves the font's shared read position). GSUB is left
   * alone: with substitution off nothing asks for it.
   */
  private static void readTables(TrueTypeFont font) throws IOException {
    font.getHeader();
    font.getHorizontalHeader();
    font.getHorizontalMetrics();
    font.getMaximumProfile();
    font.getIndexToLocation();
    font.getGlyph();
    font.getCmap();
    font.getNaming();
    font.getPostScript();
    font.getOS2Windows();
    font.getKerning();
    font.getVerticalHeader();
    font.getVerticalMetrics();
    font.getVerticalOrigin();
    font.getNumberOfGlyphs();
    font.getUnitsPerEm();
  }

  private static Font awt(byte[] bytes) throws IOException {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
    } catch (FontFormatException e) {
      throw new IOException("the built-in font cannot be read for charts: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a font file into an array of its size. A jar entry's stream knows how many bytes it has
   * left ({@link InputStream#available}), and reading them straight into one array allocates the
   * 22 MB of the six files once; {@link InputStream#readAllBytes} gathers them in pieces and copies
   * those, twice the memory, and memory a process touches for the first time is slow on a VM
   * (docs/rendering.md, Speed). Where the size is only a hint, the rest is read as usual.
   */
  private static byte[] read(String dir, String name) throws IOException {
    try (InputStream in = PdfFonts.class.getResourceAsStream(dir + name)) {
      if (in == null) {
        throw new IOException("built-in font " + name + " is missing from the build (see docs/rendering.md)");
      }
      return readAll(in);
    }
  }

  /** All of {@code in}, into one array when {@link InputStream#available} tells its size. */
  static byte[] readAll(InputStream in) throws IOException {
    byte[] bytes = new byte[Math.max(in.available(), 0)];
    int read = in.readNBytes(bytes, 0, bytes.length);
    if (read < bytes.length) {
      return Arrays.copyOf(bytes, read);
    }
    int next = in.read();
    if (next < 0) {
      return bytes;
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream(bytes.length * 2);
    all.writeBytes(bytes);
    all.write(next);
    in.transferTo(all);
    return all.toByteArray();
  }

  /** Loads once per process; the task's result never changes once set. */
  private static final class Holder {
    static final FutureTask<PdfFonts> LOAD = new FutureTask<>(PdfFonts::load);
  }
}
