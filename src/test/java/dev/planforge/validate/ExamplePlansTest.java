package dev.planforge.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example plan in {@code plans/} is clean even under --strict, and tells editors its schema. */
class ExamplePlansTest {

  static Stream<Path> plans() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("plans"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void givenExamplePlan_whenChecked_thenNoDiagnosticsAtAll(Path plan) throws IOException {
    Checked checked = Pipeline.check(plan, plan.toString());

    assertEquals("", BadPlansTest.render(checked).strip(), "diagnostics of " + plan);
    assertNotNull(checked.plan());
    assertTrue(checked.passes(true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void givenExamplePlan_thenFirstLinePointsEditorsAtTheSchema(Path plan) throws IOException {
    String first = Files.readAllLines(plan, StandardCharsets.UTF_8).get(0);

    assertEquals("# yaml-language-server: $schema=../schema/plan.schema.json", first);
  }
}
