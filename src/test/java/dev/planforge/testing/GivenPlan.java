package dev.planforge.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.planforge.enrich.Enrich;
import dev.planforge.enrich.Figures;
import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import dev.planforge.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Small plans written inline in a test, checked by the real pipeline: the YAML is written to a
 * folder and read back as a user's plan would be.
 */
public final class GivenPlan {

  /** The keys every plan needs, for tests that only care about one section. */
  public static final String HEADER = """
      plan_format: 1
      title: Test plan
      currency: CNY
      as_of: 2026-06-30
      period: {start: 2026-01-01, end: 2026-12-31}
      """;

  private GivenPlan() {}

  /** Writes {@code yaml} as {@code plan.yaml} in {@code folder} and checks it. */
  public static Checked checked(Path folder, String yaml) {
    try {
      Path plan = folder.resolve("plan.yaml");
      Files.writeString(plan, yaml, StandardCharsets.UTF_8);
      return Pipeline.check(plan, "plan.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The figures of a plan that must have no errors (warnings are fine). */
  public static Figures figures(Path folder, String yaml) {
    Checked checked = checked(folder, yaml);
    List<Diagnostic> errors = checked.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(List.of(), errors, "the test plan has errors");
    return Enrich.compute(checked.plan());
  }

  /** The figures of an example plan in the repository's {@code plans} folder. */
  public static Figures example(String fileName) {
    try {
      Checked checked = Pipeline.check(Path.of("plans", fileName), "plans/" + fileName);
      assertEquals(List.of(), checked.diagnostics(), fileName + " must validate clean");
      return Enrich.compute(checked.plan());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rule ids of a checked plan's diagnostics, except the missing-part warnings. */
  public static List<String> rulesBesidesMissingParts(Checked checked) {
    return checked.diagnostics().stream().map(Diagnostic::rule).filter(r -> !r.equals("check.partMissing")).toList();
  }
}
