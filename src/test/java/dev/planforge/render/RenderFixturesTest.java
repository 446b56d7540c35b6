package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One small plan per edge case (src/test/resources/render-fixtures/NAME.yaml, its comment says
 * which): each must render to every format with every PDF font embedded, and its Markdown and the body of its HTML must equal
 * the reviewed NAME.md and NAME.html beside it. The goldens hold no stylesheet, so a CSS change
 * rewrites none of them. On a mismatch the actual output is written to target/fixtures-actual/ to
 * compare; {@code -Dgolden.update=true} rewrites the goldens (review the diff before committing).
 */
class RenderFixturesTest {

  static final Path FIXTURES = Path.of("src/test/resources/render-fixtures");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private final Renderers renderers = new Renderers(RenderOptions.DEFAULTS);

  static List<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @TestFactory
  List<DynamicTest> givenEachFixture_whenRendered_thenEveryFormatIsWrittenAndMatchesItsGolden() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path plan : fixtures()) {
      String name = Plans.name(plan);
      tests.add(DynamicTest.dynamicTest(name, () -> {
        Document doc = Plans.document(plan);
        String html = new String(Plans.render(renderers.forFormat(Format.HTML), doc), StandardCharsets.UTF_8);
        String md = new String(Plans.render(renderers.forFormat(Format.MD), doc), StandardCharsets.UTF_8);
        byte[] pdf = Plans.render(renderers.forFormat(Format.PDF), doc);
        byte[] json = Plans.render(renderers.forFormat(Format.JSON), doc);
        assertTrue(pdf.length > 1000 && new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), "a PDF");
        try (PDDocument pd = Loader.loadPDF(pdf)) {
          List<String> fonts = new ArrayList<>();
          for (PDPage page : pd.getPages()) {
            PdfDocumentTest.collectFonts(page.getResources(), fonts, 0);
          }
          assertTrue(fonts.stream().allMatch(f -> f.endsWith(" embedded") && !f.endsWith("not embedded")),
              "every font is embedded: " + fonts);
        }
        assertTrue(json.length > 10, "a JSON document");
        check(name + ".md", md);
        check(name + ".html", body(html));
      }));
    }
    return tests;
  }

  /** The document's main part: what the blocks wrote, without the head and its stylesheet. */
  static String body(String html) {
    int start = html.indexOf("<main");
    int end = html.indexOf("</main>");
    assertTrue(start >= 0 && end > start, "the HTML has a <main>");
    return html.substring(start, end + "</main>".length()) + "\n";
  }

  static void check(String file, String actual) throws IOException {
    Path golden = FIXTURES.resolve(file);
    if (UPDATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail("no golden file " + golden + "; create it with mvn test -Dgolden.update=true and review it");
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      Path out = Path.of("target", "fixtures-actual", file);
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual, StandardCharsets.UTF_8);
      assertEquals(expected, actual, () -> file + " differs from its golden; the actual output is in " + out);
    }
  }
}
