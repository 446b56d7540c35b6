package dev.planforge.render.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * {@code --html-fonts embed}: the HTML carries its own Noto Sans SC, regular and bold, each a WOFF2
 * subset of just the characters the page uses, as {@code @font-face} rules with {@code data:} URIs,
 * so that a machine without Chinese fonts shows the text and not boxes. The page's font stack
 * names "Noto Sans SC" first, so the embedded faces take over with no other change to the
 * stylesheet; the Content-Security-Policy gains {@code font-src data:} and nothing else.
 *
 * <p>The fonts are the PDF's (in the jar, from Maven Central); they are read and parsed once per
 * process. The same page gives the same bytes.
 */
public final class EmbeddedFonts {

  /** The family the @font-face rules declare: the first name of the stylesheet's font stack. */
  public static final String FAMILY = "Noto Sans SC";

  private static final String DIR = "/dev/planforge/fonts/ttf/NotoSansSC/";
  /**
   * What a browser needs to draw a subset; the layout tables (GSUB, GPOS) and vertical metrics
   * would be copied whole by the subsetter, unsubsetted, and Chinese and Latin text need neither.
   */
  private static final List<String> TABLES =
      List.of("head", "hhea", "maxp", "OS/2", "name", "cmap", "post", "glyf", "loca", "hmtx");
  private static final Pattern CSP = Pattern.compile(
      "(<meta\\s+http-equiv=\"Content-Security-Policy\"\\s+content=\")([^\"]*)(\")", Pattern.CASE_INSENSITIVE);
  private static final Pattern FONT_SRC = Pattern.compile("(^|;)\\s*font-src[^;]*");

  private final TrueTypeFont regular;
  private final TrueTypeFont bold;

  private EmbeddedFonts() throws IOException {
    regular = parse("NotoSansSC-Regular.ttf");
    bold = parse("NotoSansSC-Bold.ttf");
  }

  /**
   * {@code html} with the fonts embedded: a {@code <style>} of @font-face rules before its first
   * stylesheet (or at the end of its head), and {@code font-src data:} in its Content-Security-Policy
   * meta, if it has one.
   */
  public static String embed(String html) throws IOException {
    int headEnd = html.indexOf("</head>");
    if (headEnd < 0) {
      throw new IOException("the HTML template has no </head> to put the embedded fonts in");
    }
    String faces = Holder.get().fontFaces(TextCharacters.of(html));
    int firstStyle = html.indexOf("<style");
    int at = firstStyle >= 0 && firstStyle < headEnd ? firstStyle : headEnd;
    String head = allowDataFonts(html.substring(0, at));
    return head + "<style>\n" + faces + "</style>\n" + html.substring(at);
  }

  /** The policy with {@code font-src data:} in place of any font-src it had. */
  static String allowDataFonts(String head) {
    Matcher m = CSP.matcher(head);
    if (!m.find()) {
      return head; // no policy: fonts are allowed
    }
    String policy = FONT_SRC.matcher(m.group(2)).replaceAll("").strip();
    policy = policy.isEmpty() ? "font-src data:" : policy.replaceAll(";\\s*$", "") + "; font-src data:";
    return head.substring(0, m.start(2)) + policy + head.substring(m.end(2));
  }

  /**
   * The @font-face rules for the two weights, each a subset holding {@code chars}. The bold one is
   * made on another thread meanwhile: Brotli takes most of the time, and the two are independent.
   */
  private String fontFaces(BitSet chars) throws IOException {
    CompletableFuture<byte[]> boldSubset = CompletableFuture.supplyAsync(() -> {
      try {
        return subset(bold, chars);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    byte[] regularSubset = subset(regular, chars);
    byte[] boldBytes;
    try {
      boldBytes = boldSubset.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
    }
    return "/* " + FAMILY + " (SIL Open Font License 1.1), only the characters of this document */\n"
        + face(400, regularSubset) + face(700, boldBytes);
  }

  private static String face(int weight, byte[] woff2) {
    return "@font-face { font-family: \"" + FAMILY + "\"; font-style: normal; font-weight: " + weight
        + "; font-display: block; src: url(data:font/woff2;base64," + Base64.getEncoder().encodeToString(woff2)
        + ") format(\"woff2\"); }\n";
  }

  /** The font reduced to {@code chars} (those it has), as WOFF2. */
  static byte[] subset(TrueTypeFont font, BitSet chars) throws IOException {
    ByteArrayOutputStream ttf = new ByteArrayOutputStream(512 * 1024);
    // A parsed font reads its data lazily and is not thread-safe: one subset of it at a time.
    synchronized (font) {
      TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
      for (int cp = chars.nextSetBit(0); cp >= 0; cp = chars.nextSetBit(cp + 1)) {
        subsetter.add(cp);
      }
      subsetter.writeToStream(ttf);
    }
    return Woff2.encode(ttf.toByteArray());
  }

  private static TrueTypeFont parse(String name) throws IOException {
    try (InputStream in = EmbeddedFonts.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IOException("built-in font " + name + " is missing from the build (see docs/rendering.md)");
      }
      return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
    }
  }

  /** Loads once per process, on first use. */
  private static final class Holder {
    private static final FutureTask<EmbeddedFonts> LOAD = new FutureTask<>(EmbeddedFonts::new);

    static EmbeddedFonts get() throws IOException {
      LOAD.run(); // no-op once done or while running on another thread
      try {
        return LOAD.get();
      } catch (ExecutionException e) {
        throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while loading the fonts", e);
      }
    }
  }
}
