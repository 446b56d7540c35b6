package dev.planforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planforge.diagnostic.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format github} and {@code --format sarif} of validate and render, run in-process, on a
 * valid plan with warnings, plans with more than ten errors and ten warnings, and a plan whose
 * customers CSV has a bad row. Every SARIF log is checked against the official schema.
 */
class CliCiFormatsTest {

  /** Four warnings, valid: tasks and a KPI outside the period. Under the working folder, so its names are relative. */
  static final String WARNINGS = "src/test/resources/bad-plans/hint-task-outside-period.yaml";

  /** A bad cell on row 4 of its customers CSV. */
  static final String BAD_CSV = "src/test/resources/bad-plans/csv-bad-row/plan.yaml";

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** Twelve errors: eleven unknown keys and a percentage where money goes. The name needs escaping as a property. */
  Path givenTwelveErrors() throws IOException {
    StringBuilder yaml = new StringBuilder("plan_format: 1\ntitle: T\nas_of: 2026-06-30\ncurrency: CNY\n");
    yaml.append("budget:\n  cap: 50%\n  items:\n    - {id: b1, category: c, description: d, amount: 1}\n");
    for (int i = 1; i <= 11; i++) {
      yaml.append(String.format("k%02d: x%n", i));
    }
    Path plan = dir.resolve("a,b:c.yaml");
    Files.writeString(plan, yaml, StandardCharsets.UTF_8);
    return plan;
  }

  /** Valid, with twelve warnings: twelve tasks ended by as_of and still planned. */
  Path givenTwelveWarnings() throws IOException {
    StringBuilder yaml = new StringBuilder("""
        plan_format: 1
        title: Overdue
        as_of: 2026-06-30
        omits: [overview, market, targeting, strategy, budget, monitoring, risks, conclusion]
        team:
          - id: ann
            name: Ann
        action_plan:
          tasks:
        """);
    for (int i = 1; i <= 12; i++) {
      yaml.append("    - {id: t").append(i).append(", title: Task ").append(i)
          .append(", owner: ann, start: 2026-01-01, end: 2026-02-01, status: planned}\n");
    }
    Path plan = dir.resolve("overdue.yaml");
    Files.writeString(plan, yaml, StandardCharsets.UTF_8);
    return plan;
  }

  // --- github ---

  @Test
  void givenValidPlanWithWarnings_whenValidatedForGithub_thenOneWarningAnnotationEachAndExitZero() {
    CliRun r = CliRun.of("validate", "--format", "github", WARNINGS);

    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(4, lines.size(), r.out());
    assertEquals("::warning file=" + WARNINGS + ",line=18,col=14,title=planforge check.outsidePeriod::"
        + "action_plan.tasks[0].start: task \"t0\" starts 2025-12-15, outside the plan's period 2026-01-01 to "
        + "2026-12-31; move the task into the period, or widen period", lines.get(0));
    assertTrue(lines.stream().allMatch(l -> l.startsWith("::warning file=" + WARNINGS + ",line=")), r.out());
    assertEquals(WARNINGS + ": ok (0 errors, 4 warnings)\n", r.err());
  }

  @Test
  void givenMoreThanTenErrorsAndTenWarnings_whenValidatedForGithub_thenTenOfEachAnnotatedTheRestPlainAndANotice()
      throws IOException {
    Path errors = givenTwelveErrors();
    Path warnings = givenTwelveWarnings();
    Path summary = dir.resolve("summary.md");
    Files.writeString(summary, "earlier step\n", StandardCharsets.UTF_8);

    CliRun r = CliRun.of("validate", "--format", "github", "--step-summary", summary.toString(), errors.toString(),
        warnings.toString());

    assertEquals(1, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(10, lines.stream().filter(l -> l.startsWith("::error ")).count(), r.out());
    assertEquals(10, lines.stream().filter(l -> l.startsWith("::warning ")).count(), r.out());
    // GitHub would drop these as annotations; the log keeps them as plain lines.
    assertEquals(2, lines.stream().filter(l -> l.startsWith(errors + ":") && l.contains(": error: ")).count(), r.out());
    assertEquals(2, lines.stream().filter(l -> l.startsWith(warnings + ":") && l.contains(": warning: ")).count(),
        r.out());
    assertEquals("::notice title=planforge::2 errors and 2 warnings not shown as annotations: GitHub shows at most "
        + "10 errors and 10 warnings per step. Every problem is listed in this step's log and in the job summary.",
        lines.get(lines.size() - 1));
    // The file name holds ',' and ':', which a property escapes; the message's '%' is escaped as data.
    String escapedName = GithubAnnotations.escapeProperty(errors.toString());
    assertTrue(escapedName.contains("a%2Cb%3Ac.yaml"), escapedName);
    assertTrue(lines.contains("::error file=" + escapedName + ",line=6,col=8,title=planforge schema.type::"
        + "budget.cap: expected a number, got \"50%25\""), r.out());
    assertEquals(errors + ": invalid (12 errors, 0 warnings)\n" + warnings + ": ok (0 errors, 12 warnings)\n", r.err());

    String table = Files.readString(summary, StandardCharsets.UTF_8);
    assertTrue(table.startsWith("earlier step\n### planforge validate\n"), table); // appended, not overwritten
    assertEquals(24, table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| file ")).count(), table);
    assertTrue(table.contains("| file | line | column | severity | rule | message |\n|---|---:|---:|---|---|---|\n"),
        table);
    assertTrue(table.contains("| 6 | 8 | error | schema.type | budget.cap: expected a number, got \"50%\" |"),
        table);
  }

  @Test
  void givenBadCustomersCsv_whenValidatedForGithub_thenTheAnnotationNamesTheCsvAndItsRow() throws IOException {
    Path summary = dir.resolve("summary.md");

    CliRun r = CliRun.of("validate", "--format", "github", "--step-summary", summary.toString(), BAD_CSV);

    assertEquals(1, r.code(), r.err());
    assertEquals("::error file=src/test/resources/bad-plans/csv-bad-row/customers.csv,line=4,"
        + "title=planforge schema.type::tiering.customers[2].scores.revenue: expected a number, got \"high\"\n", r.out());
    assertTrue(Files.readString(summary, StandardCharsets.UTF_8).contains(
        "| src/test/resources/bad-plans/csv-bad-row/customers.csv | 4 |  | error | schema.type | "), r.out());
  }

  @Test
  void givenNoStepSummary_whenValidatedForGithub_thenNoticeDoesNotPromiseOne() throws IOException {
    CliRun r = CliRun.of("validate", "--format", "github", givenTwelveErrors().toString());

    assertTrue(r.out().endsWith("Every problem is listed in this step's log.\n"), r.out());
  }

  @Test
  void givenValidPlanWithWarnings_whenRenderedWithGithub_thenOutputsWrittenAndAnnotationsInsteadOfText()
      throws IOException {
    Path out = dir.resolve("out");

    CliRun r = CliRun.of("render", WARNINGS, "--format", "md,github", "--out", out.toString());

    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("hint-task-outside-period.md"), list(out));
    assertEquals(4, r.out().lines().filter(l -> l.startsWith("::warning file=" + WARNINGS)).count(), r.out());
    assertEquals(WARNINGS + ": ok (0 errors, 4 warnings)\n", r.err()); // no caret diagram
  }

  @Test
  void givenOnlyGithub_whenRendered_thenTheDefaultOutputsAreWritten() throws IOException {
    Path out = dir.resolve("out");

    CliRun r = CliRun.of("render", WARNINGS, "--format", "github", "--out", out.toString());

    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("hint-task-outside-period.html", "hint-task-outside-period.md",
        "hint-task-outside-period.pdf"), list(out));
  }

  @Test
  void givenInvalidPlan_whenRenderedWithGithub_thenAnnotatedAndNothingWritten() throws IOException {
    Path out = dir.resolve("out");

    CliRun r = CliRun.of("render", givenTwelveErrors().toString(), "--format", "json,github", "--out", out.toString());

    assertEquals(1, r.code(), r.err());
    assertEquals(10, r.out().lines().filter(l -> l.startsWith("::error ")).count(), r.out());
    assertFalse(Files.exists(out.resolve("a,b:c.json")));
  }

  @Test
  void givenGithubAndSarif_whenRendered_thenUsageError() {
    CliRun r = CliRun.of("render", WARNINGS, "--format", "github,sarif");

    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("planforge: --format: github and sarif both print on standard output"), r.err());
  }

  @Test
  void givenUnknownFormat_whenRendered_thenTheMessageNamesTheDiagnosticForms() {
    CliRun r = CliRun.of("render", WARNINGS, "--format", "docx");

    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown format 'docx' (expected html, md, pdf or json); github or sarif print the "
        + "diagnostics"), r.err());
  }

  @Test
  void givenHelp_thenBothCommandsNameTheCiForms() {
    String validate = CliRun.of("validate", "--help").out().replaceAll("\\s+", " ");
    String render = CliRun.of("render", "--help").out().replaceAll("\\s+", " ");

    assertTrue(validate.contains("text, json, github, sarif"), validate);
    assertTrue(render.contains("Add github or sarif to print the diagnostics"), render);
    assertTrue(render.contains("--check"), render);
  }

  // --- sarif ---

  @Test
  void givenValidPlanWithWarnings_whenValidatedAsSarif_thenValidLogWithRelativeUrisAndWarnings() throws IOException {
    CliRun r = CliRun.of("validate", "--format", "sarif", WARNINGS);

    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    JsonNode run = sarifRun(r.out());
    JsonNode results = run.path("results");
    assertEquals(4, results.size());
    JsonNode first = results.get(0);
    assertEquals("check.outsidePeriod", first.path("ruleId").asText());
    assertEquals("warning", first.path("level").asText());
    JsonNode physical = first.path("locations").get(0).path("physicalLocation");
    assertEquals(WARNINGS, physical.path("artifactLocation").path("uri").asText());
    assertEquals("%SRCROOT%", physical.path("artifactLocation").path("uriBaseId").asText());
    assertEquals(18, physical.path("region").path("startLine").asInt());
    assertEquals(14, physical.path("region").path("startColumn").asInt());
    assertEquals("      start: 2025-12-15", physical.path("contextRegion").path("snippet").path("text").asText());
    assertEquals("action_plan.tasks[0].start",
        first.path("locations").get(0).path("logicalLocations").get(0).path("fullyQualifiedName").asText());
    assertEquals(Path.of("").toAbsolutePath().toUri().toString(),
        run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText());
  }

  @Test
  void givenBadCustomersCsv_whenValidatedAsSarif_thenTheResultIsInTheCsvAtItsRow() throws IOException {
    CliRun r = CliRun.of("validate", "--format", "sarif", BAD_CSV);

    assertEquals(1, r.code(), r.err());
    JsonNode result = sarifRun(r.out()).path("results").get(0);
    JsonNode physical = result.path("locations").get(0).path("physicalLocation");
    assertEquals("src/test/resources/bad-plans/csv-bad-row/customers.csv",
        physical.path("artifactLocation").path("uri").asText());
    assertEquals(4, physical.path("region").path("startLine").asInt());
    assertTrue(physical.path("region").path("startColumn").isMissingNode()); // a CSV row has no column
    assertEquals("error", result.path("level").asText());
    assertEquals("c3,Initech,high,40", physical.path("contextRegion").path("snippet").path("text").asText());
  }

  @Test
  void givenManyErrorsOutsideTheWorkingFolder_whenValidatedAsSarif_thenEveryResultWithAFileUri() throws IOException {
    Path errors = givenTwelveErrors();

    CliRun r = CliRun.of("validate", "--format", "sarif", errors.toString(), givenTwelveWarnings().toString());

    assertEquals(1, r.code(), r.err());
    JsonNode results = sarifRun(r.out()).path("results");
    assertEquals(24, results.size());
    assertEquals(errors.toUri().toASCIIString(),
        results.get(0).path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
    assertTrue(results.get(0).path("locations").get(0).path("physicalLocation").path("artifactLocation")
        .path("uriBaseId").isMissingNode());
  }

  @Test
  void givenSarif_thenTheDriverListsEveryCataloguedRuleWithHelp_andEachResultPointsAtItsRule() throws IOException {
    CliRun r = CliRun.of("validate", "--format", "sarif", givenTwelveErrors().toString(), BAD_CSV, WARNINGS);

    JsonNode run = sarifRun(r.out());
    JsonNode driver = run.path("tool").path("driver");
    assertEquals("planforge", driver.path("name").asText());
    assertEquals(SarifLog.INFORMATION_URI, driver.path("informationUri").asText());
    assertFalse(driver.path("version").asText().isEmpty());
    JsonNode rules = driver.path("rules");
    Set<String> ids = new HashSet<>();
    rules.forEach(rule -> {
      ids.add(rule.path("id").asText());
      assertFalse(rule.path("help").path("text").asText().isBlank(), rule.toString());
      assertFalse(rule.path("shortDescription").path("text").asText().isBlank(), rule.toString());
    });
    Set<String> catalogued = new HashSet<>();
    RuleCatalog.get().all().forEach(rule -> catalogued.add(rule.id()));
    assertEquals(catalogued, ids);
    assertEquals("warning", rules.get(index(rules, "check.overdue")).path("defaultConfiguration").path("level").asText());
    assertEquals("error", rules.get(index(rules, "schema.type")).path("defaultConfiguration").path("level").asText());
    for (JsonNode result : run.path("results")) {
      assertEquals(result.path("ruleId").asText(), rules.get(result.path("ruleIndex").asInt()).path("id").asText());
    }
  }

  @Test
  void givenInvalidPlan_whenRenderedWithSarif_thenTheLogIsAllOfStdoutAndNothingIsWritten() throws IOException {
    Path out = dir.resolve("out");

    CliRun r = CliRun.of("render", BAD_CSV, "--format", "sarif", "--out", out.toString());

    assertEquals(1, r.code(), r.err());
    assertEquals(1, sarifRun(r.out()).path("results").size());
    assertFalse(Files.exists(out.resolve("plan.html")));
  }

  @Test
  void givenValidPlan_whenRenderedWithSarifAndJson_thenJsonGoesToTheFolderNotStdout() throws IOException {
    Path out = dir.resolve("out");

    CliRun r = CliRun.of("render", WARNINGS, "--format", "json,sarif", "--out", out.toString());

    assertEquals(0, r.code(), r.err());
    assertEquals(4, sarifRun(r.out()).path("results").size());
    assertEquals(List.of("hint-task-outside-period.json"), list(out));
  }

  @Test
  void givenLogsTheSchemaRefuses_thenTheCheckSaysWhy() {
    String valid = CliRun.of("validate", "--format", "sarif", WARNINGS).out();

    assertEquals(List.of(), SarifSchema.validate(valid));
    assertFalse(SarifSchema.validate(valid.replace("\"level\" : \"warning\"", "\"level\" : \"serious\"")).isEmpty());
    assertFalse(SarifSchema.validate(valid.replace("\"version\" : \"2.1.0\"", "\"version\" : \"2.0\"")).isEmpty());
    assertFalse(SarifSchema.validate(valid.replace("\"startLine\" : 18", "\"startLine\" : 0")).isEmpty());
  }

  // --- one real process: GitHub hands the summary file over in the environment ---

  @Test
  void givenGithubStepSummaryInTheEnvironment_whenRunAsAProcess_thenTheTableIsAppendedThere() throws Exception {
    Path summary = dir.resolve("step-summary.md");
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "validate", "--format", "github", BAD_CSV)
        .redirectErrorStream(true);
    process.environment().put("GITHUB_STEP_SUMMARY", summary.toString());

    Process p = process.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), output);

    assertEquals(1, p.exitValue(), output);
    assertTrue(output.startsWith("::error file=src/test/resources/bad-plans/csv-bad-row/customers.csv,line=4,"), output);
    assertTrue(Files.readString(summary, StandardCharsets.UTF_8).contains("| schema.type | "), output);
  }

  // --- helpers ---

  /** The log's one run, after checking the whole log against the SARIF 2.1.0 schema. */
  static JsonNode sarifRun(String out) throws IOException {
    List<String> problems = SarifSchema.validate(out);
    assertEquals(List.of(), problems, out);
    JsonNode log = JSON.readTree(out);
    assertEquals("2.1.0", log.path("version").asText());
    assertEquals(1, log.path("runs").size());
    return log.path("runs").get(0);
  }

  private static int index(JsonNode rules, String id) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).path("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no rule " + id);
  }

  static List<String> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return new ArrayList<>(files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
