package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.planforge.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code planforge render PLAN --format json} for every example plan in {@code plans/}, compared
 * byte for byte with {@code src/test/resources/golden/PLAN.json}. A plan without a golden file
 * fails, naming the file.
 *
 * <p>When the output changes on purpose, run with {@code -Dgolden.update=true} to rewrite
 * the golden files, then read the diff before keeping it.
 */
class JsonGoldenTest {

  static final Path PLANS = Path.of("plans");
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<String> examplePlans() throws IOException {
    try (Stream<Path> files = Files.list(PLANS)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examplePlans")
  void givenAnExamplePlan_whenRenderedAsJson_thenTheOutputIsTheGoldenFile(String plan) throws IOException {
    Path golden = GOLDEN.resolve(plan.replaceFirst("\\.yaml$", ".json"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = Main.run(new String[] {"render", PLANS.resolve(plan).toString(), "--format", "json"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals("", err.toString(StandardCharsets.UTF_8), plan + " must render without diagnostics");
    assertEquals(Main.OK, code);
    String actual = out.toString(StandardCharsets.UTF_8);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), "no golden file " + golden + " for plans/" + plan
        + " (run with -Dgolden.update=true, then read the file before keeping it)");
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail("plans/" + plan + " renders differently from " + golden + "\n" + firstDifference(expected, actual)
          + "\n(if the change is meant, rerun with -Dgolden.update=true and review the diff)");
    }
  }

  /** The first line that differs, with two lines of context, numbered. */
  static String firstDifference(String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    int i = 0;
    while (i < e.size() && i < a.size() && e.get(i).equals(a.get(i))) {
      i++;
    }
    StringBuilder out = new StringBuilder("first difference at line " + (i + 1) + ":\n");
    for (int k = Math.max(0, i - 2); k < i; k++) {
      out.append(String.format("  %5d   %s%n", k + 1, e.get(k)));
    }
    out.append(String.format("- %5d   %s%n", i + 1, i < e.size() ? e.get(i) : "(end of file)"));
    out.append(String.format("+ %5d   %s", i + 1, i < a.size() ? a.get(i) : "(end of output)"));
    return out.toString();
  }
}
