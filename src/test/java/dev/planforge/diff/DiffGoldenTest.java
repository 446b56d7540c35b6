package dev.planforge.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.GoldenFiles;
import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: every pair {@code src/test/resources/diff/NAME/old.yaml} and {@code new.yaml} is
 * compared and written in every format, which must equal {@code
 * src/test/resources/golden/diff/NAME.{txt,md,html,json}}. A pair without golden files fails and
 * names the missing file. After a deliberate change, rewrite them with {@code
 * -Dgolden.update=true} and read the difference (and look at the HTML) before committing.
 */
class DiffGoldenTest {

  static final Path PAIRS = Path.of("src/test/resources/diff");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/diff");

  @TestFactory
  List<DynamicTest> everyPairMatchesItsGoldenFiles() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> pairs;
    try (Stream<Path> folders = Files.list(PAIRS)) {
      pairs = folders.filter(Files::isDirectory).sorted().toList();
    }
    assertTrue(pairs.size() >= 3, "the diff fixtures are missing");
    for (Path pair : pairs) {
      String name = pair.getFileName().toString();
      tests.add(DynamicTest.dynamicTest(name, () -> {
        PlanDiff diff = diff(pair);
        DiffView view = DiffView.of(diff);
        check(name + ".txt", TextReport.of(view, false));
        check(name + ".md", MarkdownReport.of(view));
        check(name + ".html", HtmlReport.of(List.of(view)));
        check(name + ".json", JsonReport.of(List.of(diff)));
      }));
    }
    return tests;
  }

  /** The pair in {@code folder} compared, named as a reader of the fixtures would name them. */
  static PlanDiff diff(Path folder) throws IOException {
    String name = folder.getFileName().toString();
    Checked old = Pipeline.check(folder.resolve("old.yaml"), name + "/old.yaml");
    Checked now = Pipeline.check(folder.resolve("new.yaml"), name + "/new.yaml");
    assertEquals(0, old.errors(), () -> name + "/old.yaml has errors: " + old.diagnostics());
    assertEquals(0, now.errors(), () -> name + "/new.yaml has errors: " + now.diagnostics());
    return PlanDiff.of(old, now);
  }

  private static void check(String file, String actual) throws IOException {
    GoldenFiles.check(GOLDEN.resolve(file), actual, "diff output");
  }

}
