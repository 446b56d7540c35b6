package dev.planforge.render;

import dev.planforge.GoldenFiles;
import dev.planforge.render.pdf.PdfRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: for every example plan in plans/, the HTML, the Markdown and the XHTML handed to
 * the PDF engine must equal the reviewed files in src/test/resources/golden/. A plan without
 * golden files fails and names the missing file.
 *
 * <p>After a deliberate change, rewrite them with {@code mvn test -Dgolden.update=true} and look
 * at the difference (and the rendered pages) before committing.
 */
class GoldenDocumentTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  private final Composer composer = new Composer(null);

  @TestFactory
  List<DynamicTest> everyExamplePlanMatchesItsGoldenFiles() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path plan : Plans.examples()) {
      String name = Plans.name(plan);
      tests.add(DynamicTest.dynamicTest(name + ".html", () -> check(name + ".html",
          new String(Plans.render(new HtmlRenderer(composer), Plans.document(plan)), StandardCharsets.UTF_8))));
      tests.add(DynamicTest.dynamicTest(name + ".md", () -> check(name + ".md",
          new String(Plans.render(new MarkdownRenderer(composer), Plans.document(plan)), StandardCharsets.UTF_8))));
      tests.add(DynamicTest.dynamicTest(name + ".pdf.xhtml", () -> check(name + ".pdf.xhtml",
          new PdfRenderer(composer, false, null).xhtml(Plans.document(plan)))));
    }
    return tests;
  }

  private static void check(String file, String actual) throws IOException {
    GoldenFiles.check(GOLDEN.resolve(file), actual, "rendered output");
  }

}
