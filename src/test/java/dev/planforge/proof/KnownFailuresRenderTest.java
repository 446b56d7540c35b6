package dev.planforge.proof;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import dev.planforge.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The smallest valid plans that the generated and example-variant runs found failing, one per
 * distinct failure, kept in {@code src/test/resources/proof/known-failures} with the failure they
 * showed in a comment. Each must validate and render in every format; they stay as regression
 * fixtures once they pass.
 */
class KnownFailuresRenderTest {

  static final Path FOLDER = Path.of("src/test/resources/proof/known-failures");

  static final RenderProbe PROBE = new RenderProbe();

  static List<Path> plans() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<Path> plans = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertFalse(plans.isEmpty(), "no plans in " + FOLDER);
      return plans;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void givenKnownFailurePlan_whenChecked_thenItIsValidAndRendersInEveryFormat(Path plan) throws IOException {
    Checked checked = Pipeline.check(plan, plan.toString());
    List<Diagnostic> errors = checked.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertTrue(checked.passes(false), () -> plan + " must be a valid plan: " + errors);

    List<RenderProbe.Failure> failures = PROBE.render(checked, EnumSet.allOf(Format.class));

    if (!failures.isEmpty()) {
      fail(plan + " fails to render:\n" + failures.stream()
          .map(f -> "  " + f.format() + ": " + FailureLog.signature(f.error()))
          .collect(Collectors.joining("\n")));
    }
  }
}
