package dev.planforge.validate;

import dev.planforge.diagnostic.Diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One bad plan per check, found automatically in {@code src/test/resources/bad-plans}: either
 * {@code NAME.yaml} with {@code NAME.expected} beside it, or a folder {@code NAME/} holding
 * {@code plan.yaml} (and any CSV file it names) with {@code NAME/expected}. The expected file lists
 * the diagnostics exactly as {@code planforge validate} prints their first line — file, line,
 * column, severity, path and message — each followed by its "= did you mean" line if any.
 *
 * <p>Run with {@code -Dplanforge.writeExpected=true} to write missing expected files for review.
 */
class BadPlansTest {

  static final Path ROOT = Path.of("src/test/resources/bad-plans");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(ROOT)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml") || Files.isDirectory(ROOT.resolve(n)))
          .map(n -> n.endsWith(".yaml") ? n.substring(0, n.length() - 5) : n)
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givenBadPlan_whenValidated_thenEveryDiagnosticIsAsExpected(String name) throws IOException {
    boolean folder = Files.isDirectory(ROOT.resolve(name));
    String display = folder ? name + "/plan.yaml" : name + ".yaml";
    Path expectedFile = folder ? ROOT.resolve(name).resolve("expected") : ROOT.resolve(name + ".expected");

    Checked checked = Pipeline.check(ROOT.resolve(display), display);
    String actual = render(checked);

    if (!Files.exists(expectedFile) && Boolean.getBoolean("planforge.writeExpected")) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(expectedFile), "no expected diagnostics for bad plan " + display
        + " (run with -Dplanforge.writeExpected=true, then review the file)");
    assertFalse(checked.diagnostics().isEmpty(), display + " is meant to be bad but passes");
    assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, "diagnostics of " + display);
    assertTrue(checked.plan() == null || checked.warnings() > 0, display + ": an invalid plan must not be modelled");
  }

  /** Each diagnostic's headline as printed, with the file name relative to the bad-plans folder. */
  static String render(Checked checked) {
    List<String> lines = new ArrayList<>();
    for (Diagnostic d : checked.diagnostics()) {
      String where = d.location() == null ? "" : d.location() + ": ";
      lines.add(where + d.severity().label() + ": " + d.path() + ": " + d.message());
      if (d.suggestion() != null) {
        lines.add("   = " + d.suggestion());
      }
    }
    return String.join("\n", lines) + "\n";
  }
}
