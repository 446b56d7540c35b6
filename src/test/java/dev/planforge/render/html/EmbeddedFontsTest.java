package dev.planforge.render.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import dev.planforge.render.Composer;
import dev.planforge.render.Document;
import dev.planforge.render.HtmlRenderer;
import dev.planforge.render.RenderOptions.HtmlFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.GlyphDescription;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --html-fonts embed} on the Chinese example: the embedded subsets draw every character of
 * the page exactly as the full font does, the page is the same bytes every time, and the policy
 * lets in data: fonts and nothing else.
 */
class EmbeddedFontsTest {

  private static final Path CHINESE = Path.of("plans/meet-fresh.yaml");
  private static final Pattern FACE = Pattern.compile(
      "@font-face \\{ font-family: \"Noto Sans SC\"; font-style: normal; font-weight: (\\d+); font-display: block; "
          + "src: url\\(data:font/woff2;base64,([A-Za-z0-9+/=]+)\\) format\\(\"woff2\"\\); }");
  private static final Pattern CSP = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"");

  private static Document chinese;
  private static String system;
  private static String embedded;

  @BeforeAll
  static void givenTheChineseExampleInBothModes() throws IOException {
    chinese = document(CHINESE);
    system = render(chinese, HtmlFonts.SYSTEM);
    long start = System.nanoTime();
    embedded = render(chinese, HtmlFonts.EMBED);
    System.out.printf("embed: %d bytes more than %d (%.0f ms, first in this JVM)%n",
        embedded.length() - system.length(), system.length(), (System.nanoTime() - start) / 1e6);
  }

  @Test
  void theSubsetsDrawEveryCharacterOfThePageAsTheFullFontDoes() throws IOException {
    List<Integer> weights = new ArrayList<>();
    Matcher m = FACE.matcher(embedded);
    while (m.find()) {
      int weight = Integer.parseInt(m.group(1));
      weights.add(weight);
      byte[] woff2 = Base64.getDecoder().decode(m.group(2));
      TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(Woff2Decoder.decode(woff2)));
      TrueTypeFont full = font(weight == 700 ? "NotoSansSC-Bold.ttf" : "NotoSansSC-Regular.ttf");
      CmapLookup subsetCmap = subset.getUnicodeCmapLookup();
      CmapLookup fullCmap = full.getUnicodeCmapLookup();
      int checked = 0;
      for (int cp : pageText(system).codePoints().distinct().toArray()) {
        int fullGid = fullCmap.getGlyphId(cp);
        if (fullGid == 0 || Character.isWhitespace(cp)) {
          continue; // the font lacks it: another font of the stack draws it
        }
        int gid = subsetCmap.getGlyphId(cp);
        String what = "U+" + Integer.toHexString(cp) + " '" + Character.toString(cp) + "' in weight " + weight;
        assertNotEquals(0, gid, what + " is in the subset");
        assertSameOutline(full.getGlyph().getGlyph(fullGid), subset.getGlyph().getGlyph(gid), what);
        assertEquals(full.getAdvanceWidth(fullGid), subset.getAdvanceWidth(gid), what + ": advance");
        checked++;
      }
      assertTrue(checked > 900, "Chinese characters checked: " + checked);
      assertTrue(subset.getNumberOfGlyphs() < 1500, "a subset, not the font: " + subset.getNumberOfGlyphs());
    }
    assertEquals(List.of(400, 700), weights, "a regular and a bold face");
  }

  @Test
  void theSameDocumentGivesTheSameBytes() throws IOException {
    assertEquals(embedded, render(chinese, HtmlFonts.EMBED));
  }

  @Test
  void thePolicyLetsInDataFontsOnly() {
    Matcher policy = CSP.matcher(embedded);
    assertTrue(policy.find(), "the policy meta is kept");
    List<String> directives = List.of(policy.group(1).split(";\\s*"));
    assertTrue(directives.contains("default-src 'none'"), directives.toString());
    assertEquals(List.of("font-src data:"), directives.stream().filter(d -> d.startsWith("font-src")).toList());
    assertFalse(embedded.replaceAll("url\\(data:[^)]*\\)", "").contains("url("), "no font or image by URL");

    Matcher withoutFonts = CSP.matcher(system);
    assertTrue(withoutFonts.find());
    assertFalse(withoutFonts.group(1).contains("font-src"), "system fonts: no web font is allowed");
    assertFalse(system.contains("data:font/"), "system fonts: nothing embedded");
  }

  @Test
  void anExistingFontSourceIsReplacedNotAdded() {
    String head = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; font-src https:; img-src data:\"/>";
    assertEquals("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; font-src data:\"/>",
        EmbeddedFonts.allowDataFonts(head));
    assertEquals("<title>no policy</title>", EmbeddedFonts.allowDataFonts("<title>no policy</title>"));
  }

  @Test
  void theFacesComeBeforeTheStylesheetAndOnlyTheTextChanges() {
    int faces = embedded.indexOf("@font-face");
    int stylesheet = embedded.indexOf("<style>", faces);
    assertTrue(faces > embedded.indexOf("<title>") && faces < stylesheet, "in the head, before the stylesheet");
    // Everything but the policy and the added <style> is the page as it was.
    String withoutFaces = embedded.replaceFirst("(?s)<style>\n/\\* Noto Sans SC.*?</style>\n", "")
        .replace("; font-src data:\"", "\"");
    assertEquals(system, withoutFaces);
  }

  @Test
  void everyCharacterOfThePageCountsAndMarkupAndCommentsDoNot() {
    var chars = TextCharacters.of("<p title=\"提示\">客&#x6237;&amp;&lt;</p><!-- 注释 --><style>q::before{content:'›'}</style>");
    for (int cp : "客户提示›&<".codePoints().toArray()) {
      assertTrue(chars.get(cp), Character.toString(cp));
    }
    assertFalse(chars.get('注'), "comments are not drawn");
    assertTrue(chars.get('7'), "ASCII always, for list numbers");
  }

  /** The text of the page, with a parser of its own: every character between tags, references decoded. */
  private static String pageText(String html) {
    String text = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<[^>]*>", "");
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static void assertSameOutline(GlyphData expected, GlyphData actual, String what) throws IOException {
    GlyphDescription e = expected.getDescription();
    GlyphDescription a = actual.getDescription();
    assertEquals(e.getContourCount(), a.getContourCount(), what + ": contours");
    assertEquals(e.getPointCount(), a.getPointCount(), what + ": points");
    for (int c = 0; c < e.getContourCount(); c++) {
      assertEquals(e.getEndPtOfContours(c), a.getEndPtOfContours(c), what + ": contour " + c);
    }
    for (int p = 0; p < e.getPointCount(); p++) {
      assertEquals(e.getXCoordinate(p), a.getXCoordinate(p), what + ": x of point " + p);
      assertEquals(e.getYCoordinate(p), a.getYCoordinate(p), what + ": y of point " + p);
      assertEquals(e.getFlags(p) & 1, a.getFlags(p) & 1, what + ": on-curve flag of point " + p);
    }
    assertArrayEquals(new short[] {expected.getXMinimum(), expected.getYMinimum(), expected.getXMaximum(),
        expected.getYMaximum()}, new short[] {actual.getXMinimum(), actual.getYMinimum(), actual.getXMaximum(),
        actual.getYMaximum()}, what + ": bounding box");
  }

  private static TrueTypeFont font(String name) throws IOException {
    try (InputStream in = EmbeddedFontsTest.class.getResourceAsStream("/dev/planforge/fonts/ttf/NotoSansSC/" + name)) {
      return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
    }
  }

  static Document document(Path plan) throws IOException {
    Checked checked = Pipeline.check(plan, plan.toString());
    assertTrue(checked.passes(false), () -> plan + " should pass validation: " + checked.diagnostics());
    return Pipeline.document(checked);
  }

  static String render(Document document, HtmlFonts fonts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HtmlRenderer(new Composer(null), fonts).render(document, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
