package dev.planforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planforge.validate.SchemaCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process: stdout, stderr and the exit code asserted together. */
class CliTest {

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @TempDir
  Path dir;

  Path givenPlan(String yaml) throws IOException {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, yaml, StandardCharsets.UTF_8);
    return plan;
  }

  @Test
  void givenExamplePlans_whenValidatedStrictly_thenExitZeroAndNothingOnStdout() {
    CliRun r = run("validate", "--strict", "plans/meet-fresh.yaml", "plans/annual-crm-2026.yaml");

    assertEquals("", r.out());
    assertEquals("plans/meet-fresh.yaml: ok\nplans/annual-crm-2026.yaml: ok\n", r.err());
    assertEquals(0, r.code());
  }

  @Test
  void givenTypeError_whenValidated_thenCompilerStyleLineWithSourceAndCaret() throws IOException {
    Path plan = givenPlan("""
        plan_format: 1
        title: T
        as_of: 2026-06-30
        currency: CNY
        budget:
          items:
            - id: b1
              category: c
              description: d
              quantity: 2
              unit_cost: 十万
        """);

    CliRun r = run("validate", plan.toString());

    assertEquals("", r.out());
    assertEquals(plan + ":11:18: error: budget.items[0].unit_cost: expected a number, got \"十万\"\n"
        + " 11 |       unit_cost: 十万\n"
        + "    |                  ^\n"
        + plan + ": invalid (1 error, 0 warnings)\n", r.err());
    assertEquals(1, r.code());
  }

  @Test
  void givenCaretAfterChineseText_thenCaretCountsWideCharactersTwice() {
    assertEquals(11, DiagnosticPrinter.caretOffset("标题: 十万 x", 8));
  }

  @Test
  void givenNearMiss_whenValidated_thenDidYouMean() throws IOException {
    Path plan = givenPlan("plan_format: 1\ntitle: T\nas_of: 2026-06-30\ntilte: again\n");

    CliRun r = run("validate", plan.toString());

    assertTrue(r.err().contains(plan + ":4:1: error: tilte: unknown key \"tilte\"\n"), r.err());
    assertTrue(r.err().contains("   = did you mean \"title\"?\n"), r.err());
    assertEquals(1, r.code());
  }

  @Test
  void givenChinesePlan_whenInvalid_thenMessagesInChineseButPathAndPositionUnchanged() throws IOException {
    Path plan = givenPlan("plan_format: 1\ntitle: T\nlocale: zh-CN\nas_of: 2026-13-01\n");

    CliRun r = run("validate", plan.toString());

    assertTrue(r.err().startsWith(plan + ":4:8: error: as_of: \"2026-13-01\" 不是日历上存在的日期"), r.err());
    assertEquals(1, r.code());
  }

  @Test
  void givenJsonFormat_whenValidated_thenDiagnosticsAsJsonOnStdout() throws IOException {
    Path plan = givenPlan("plan_format: 1\ntitle: T\nas_of: 2026-06-30\nlocale: fr\n");

    CliRun r = run("validate", "--format", "json", plan.toString());

    JsonNode json = new ObjectMapper().readTree(r.out());
    JsonNode d = json.at("/files/0/diagnostics/0");
    assertEquals(false, json.at("/files/0/valid").asBoolean());
    assertEquals(4, d.path("line").asInt());
    assertEquals(9, d.path("column").asInt());
    assertEquals("locale", d.path("path").asText());
    assertEquals("schema.enum", d.path("rule").asText());
    assertEquals("", r.err());
    assertEquals(1, r.code());
  }

  @Test
  void givenMissingFile_whenValidated_thenExitTwo() {
    CliRun r = run("validate", "plans/no-such-plan.yaml");

    assertEquals("planforge: plans/no-such-plan.yaml: no such file\n", r.err());
    assertEquals(2, r.code());
  }

  @Test
  void givenUnknownOption_thenExitTwoWithUsage() {
    CliRun r = run("validate", "--frobnicate", "plans/meet-fresh.yaml");

    assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.err());
    assertEquals(2, r.code());
  }

  @Test
  void givenNoCommand_thenExitTwo() {
    assertEquals(2, run().code());
  }

  @Test
  void givenSchemaCommand_thenPrintsTheSchemaTheValidatorUses() {
    CliRun r = run("schema");

    assertEquals(SchemaCheck.schemaText(), r.out());
    assertEquals("", r.err());
    assertEquals(0, r.code());
  }

  @Test
  void givenWarningOnly_whenStrict_thenExitOneElseZero() throws IOException {
    Path dirPlan = dir.resolve("warn");
    Files.createDirectories(dirPlan);
    Files.writeString(dirPlan.resolve("customers.csv"), "id,name,annual_value,color\nc1,A,100,red\n");
    Path plan = dirPlan.resolve("plan.yaml");
    Files.writeString(plan, """
        plan_format: 1
        title: T
        as_of: 2026-06-30
        currency: CNY
        tiering:
          method: annual_value
          tiers:
            - {id: a, name: A, min: 0}
          customers_file: customers.csv
        """);

    CliRun lenient = run("validate", plan.toString());
    CliRun strict = run("validate", "--strict", plan.toString());

    assertTrue(lenient.err().contains("customers.csv:1: warning: tiering.customers: column \"color\""), lenient.err());
    assertEquals(0, lenient.code());
    assertEquals(1, strict.code());
  }
}
