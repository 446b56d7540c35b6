package dev.planforge.render.pdf;

import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.FontMappers;

/**
 * The embedded fonts: Noto Sans SC regular (400) and bold (700), and Roboto in the same weights
 * as the fallback for what Noto Sans SC lacks (the currency signs ₹ ₪ ₱ ₦ ₺ ₽, more Latin, Greek
 * and Cyrillic), all from the jar, never from the system. Parsing a 10 MB CJK font takes a few
 * hundred milliseconds, so each is parsed once per process and the parsed font is reused by every
 * PDF (PDFBox reads a TrueTypeFont lazily and keeps per-document state in the PDType0Font, so
 * sharing is safe as long as PDFs are made one at a time, which {@link PdfRenderer} ensures).
 *
 * <p>Loaded lazily and only once per process, by a once-only task (see {@link #preload}); nothing
 * in it changes afterwards.
 */
final class PdfFonts {

  /** The family name the stylesheets and the charts ask for. */
  static final String FAMILY = "Noto Sans SC";
  /**
   * The family a character falls back to when {@link #FAMILY} has no glyph for it, in the text
   * and in the charts; no stylesheet needs to name it.
   */
  static final String FALLBACK_FAMILY = "Roboto";

  private static final String DIR = "/dev/planforge/fonts/ttf/NotoSansSC/";
  private static final String FALLBACK_DIR = "/dev/planforge/fonts/ttf/Roboto/";

  final TrueTypeFont regular;
  final TrueTypeFont bold;
  final TrueTypeFont fallbackRegular;
  final TrueTypeFont fallbackBold;
  private final List<CmapLookup> regularCmaps;
  private final List<CmapLookup> boldCmaps;
  /**
   * The chart fonts, as Batik wants them (AWT fonts, for laying out the labels, which are then
   * drawn as text in the PDF fonts above); shared, never changed after loading.
   */
  final OpenHtmlFontResolver svgFonts;

  private PdfFonts() throws IOException {
    byte[] regularBytes = read(DIR, "NotoSansSC-Regular.ttf");
    byte[] boldBytes = read(DIR, "NotoSansSC-Bold.ttf");
    byte[] fallbackRegularBytes = read(FALLBACK_DIR, "Roboto-Regular.ttf");
    byte[] fallbackBoldBytes = read(FALLBACK_DIR, "Roboto-Bold.ttf");
    regular = parse(regularBytes);
    bold = parse(boldBytes);
    fallbackRegular = parse(fallbackRegularBytes);
    fallbackBold = parse(fallbackBoldBytes);
    regularCmaps = List.of(regular.getUnicodeCmapLookup(), fallbackRegular.getUnicodeCmapLookup());
    boldCmaps = List.of(bold.getUnicodeCmapLookup(), fallbackBold.getUnicodeCmapLookup());
    svgFonts = new ChartFonts(awt(regularBytes), awt(boldBytes), awt(fallbackRegularBytes), awt(fallbackBoldBytes));
    // PDFBox looks fonts up through a global mapper that scans every system font on first use
    // (and writes ~/.pdfbox.cache). Ours never looks at the system; set before any PDF is made.
    FontMappers.set(new EmbeddedFontMapper(regular, bold));
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

  /** Whether the embedded fonts can draw {@code codePoint} in both weights, the fallback included. */
  boolean canDraw(int codePoint) {
    return has(regularCmaps, codePoint) && has(boldCmaps, codePoint);
  }

  /** The families that draw the text, for messages: "Noto Sans SC, Roboto". */
  static String families() {
    return FAMILY + ", " + FALLBACK_FAMILY;
  }

  private static boolean has(List<CmapLookup> cmaps, int codePoint) {
    for (CmapLookup cmap : cmaps) {
      if (cmap.getGlyphId(codePoint) != 0) {
        return true;
      }
    }
    return false;
  }

  private static TrueTypeFont parse(byte[] bytes) throws IOException {
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    // Ligature substitution (GSUB) builds regular expressions for every text run: a fifth of the
    // PDF time, and it makes "ff" extract as "ﬀ". Chinese and Latin text need none of it.
    font.setEnableGsub(false);
    return font;
  }

  private static Font awt(byte[] bytes) throws IOException {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
    } catch (FontFormatException e) {
      throw new IOException("the built-in font cannot be read for charts: " + e.getMessage(), e);
    }
  }

  private static byte[] read(String dir, String name) throws IOException {
    try (InputStream in = PdfFonts.class.getResourceAsStream(dir + name)) {
      if (in == null) {
        throw new IOException("built-in font " + name + " is missing from the build (see docs/rendering.md)");
      }
      return in.readAllBytes();
    }
  }

  /** Loads once per process; the task's result never changes once set. */
  private static final class Holder {
    static final FutureTask<PdfFonts> LOAD = new FutureTask<>(PdfFonts::new);
  }
}
