package dev.planforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.planforge.render.template.Templates;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes and how failures are reported: one place decides the code, one line names the plan,
 * an internal error says it is a bug, and one failing plan never stops the rest of a batch.
 */
class CliFailuresTest {

  @TempDir
  Path dir;

  static final String VALID = "plan_format: 1\ntitle: T\nas_of: 2026-06-30\n";

  Path givenPlan(String name, String yaml) throws IOException {
    Path plan = dir.resolve(name);
    Files.writeString(plan, yaml, StandardCharsets.UTF_8);
    return plan;
  }

  /** A templates folder whose Markdown templates fail on their first expression. */
  Path givenBrokenMarkdownTemplates() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("broken-templates"));
    List<String> markdown = Templates.builtInNames().stream().filter(n -> n.endsWith(".ftlmd")).toList();
    assertFalse(markdown.isEmpty(), "a built-in Markdown template to break");
    for (String name : markdown) {
      Files.writeString(templates.resolve(name), "# ${no_such_value}\n", StandardCharsets.UTF_8);
    }
    return templates;
  }

  @Test
  void givenATemplateThatFails_whenRendered_thenExitThreeWithOneLineNamingPlanAndTemplate_andAHint()
      throws IOException {
    Path plan = givenPlan("plan.yaml", VALID);
    Path templates = givenBrokenMarkdownTemplates();

    CliRun r = CliRun.of("render", plan.toString(), "--format", "md", "--templates", templates.toString(),
        "--out", dir.resolve("out").toString());

    assertEquals(3, r.code(), r.err());
    String[] lines = r.own().split("\n");
    assertTrue(lines[0].matches("planforge: \\Q" + plan + "\\E: internal error: document\\.md\\.ftlmd:1:5: .*"),
        r.err());
    assertEquals("planforge: this is a bug in planforge or in your template; run again with --verbose for the stack trace",
        lines[1]);
    assertEquals(2, lines.length, r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace without --verbose: " + r.err());
    assertEquals("", r.out());
  }

  @Test
  void givenVerboseAfterTheSubcommand_whenATemplateFails_thenTheStackTraceIsPrinted() throws IOException {
    Path plan = givenPlan("plan.yaml", VALID);
    Path templates = givenBrokenMarkdownTemplates();

    CliRun r = CliRun.of("render", plan.toString(), "--format", "md", "--templates", templates.toString(),
        "--out", dir.resolve("out").toString(), "--verbose");

    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("its stack trace follows"), r.err());
    assertTrue(r.err().contains("dev.planforge.render.template.TemplateError: document.md.ftlmd:1:5"), r.err());
    assertTrue(r.err().contains("\tat dev.planforge."), r.err());
  }

  @Test
  void givenAnUnexpectedException_thenExitThree_andVerboseAddsTheStack() {
    StringWriter quiet = new StringWriter();
    StringWriter verbose = new StringWriter();

    int code = Main.report(new PrintWriter(quiet), false, "plans/x.yaml", new NullPointerException("tier was null"));
    int error = Main.report(new PrintWriter(verbose), true, "plans/x.yaml", new StackOverflowError());

    assertEquals(3, code);
    assertEquals("planforge: plans/x.yaml: internal error: NullPointerException: tier was null\n"
        + "planforge: this is a bug in planforge or in your template; run again with --verbose for the stack trace\n",
        quiet.toString());
    assertEquals(3, error);
    assertTrue(verbose.toString().startsWith("planforge: plans/x.yaml: internal error: StackOverflowError\n"),
        verbose.toString());
    assertTrue(verbose.toString().contains("\tat dev.planforge.cli.CliFailuresTest"), verbose.toString());
  }

  @Test
  void givenEachKindOfFailure_thenItsExitCode() {
    assertEquals(1, Main.exitCode(new IOException("cannot render pdf: a character no font has")));
    assertEquals(1, Main.exitCode(new java.io.UncheckedIOException(new IOException("disk full"))));
    assertEquals(2, Main.exitCode(new BadInput("no such file")));
    assertEquals(3, Main.exitCode(new dev.planforge.render.template.TemplateError("t.ftlh", 3, 4, "boom", null)));
    assertEquals(3, Main.exitCode(new IllegalStateException("a bug")));
    assertEquals(3, Main.exitCode(new OutOfMemoryError()));
  }

  @Test
  void givenAnInternalErrorInEveryPlanOfABatch_thenEachPlanIsStillTried() throws IOException {
    Path first = givenPlan("first.yaml", VALID);
    Path second = givenPlan("second.yaml", VALID.replace("title: T", "title: Second"));
    Path templates = givenBrokenMarkdownTemplates();

    CliRun r = CliRun.of("render", first.toString(), second.toString(), "--format", "md", "--templates",
        templates.toString(), "--out", dir.resolve("out").toString());

    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("planforge: " + first + ": internal error: document.md.ftlmd:1:5"), r.err());
    assertTrue(r.err().contains("planforge: " + second + ": internal error: document.md.ftlmd:1:5"), r.err());
  }

  @Test
  void givenAMissingAnInvalidAndAValidPlan_whenRendered_thenTheValidOneIsWritten_andTheWorstCodeWins()
      throws IOException {
    Path invalid = givenPlan("invalid.yaml", "plan_format: 1\ntitle: T\nas_of: 2026-02-30\n");
    Path valid = givenPlan("valid.yaml", VALID);
    Path out = dir.resolve("out");

    CliRun r = CliRun.of("render", dir.resolve("missing.yaml").toString(), invalid.toString(), valid.toString(),
        "--format", "json", "--out", out.toString());

    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("planforge: " + dir.resolve("missing.yaml") + ": no such file"), r.err());
    assertTrue(r.err().contains(invalid + ": invalid (1 error"), r.err());
    assertTrue(Files.isRegularFile(out.resolve("valid.json")), "the valid plan after the failures is rendered");
    assertFalse(Files.exists(out.resolve("invalid.json")));
  }

  @Test
  void givenAnInvalidPlanBeforeAValidOne_whenValidated_thenBothAreChecked_andExitOne() throws IOException {
    Path invalid = givenPlan("invalid.yaml", "plan_format: 1\ntitle: T\nas_of: 2026-02-30\n");
    Path valid = givenPlan("valid.yaml", VALID);

    CliRun r = CliRun.of("validate", invalid.toString(), valid.toString());

    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains(invalid + ": invalid"), r.err());
    assertTrue(r.err().contains(valid + ": ok"), r.err());
  }

  @Test
  void givenADevice_whenValidated_thenRefusedAsNotARegularFile_withoutReadingIt() {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero exists");

    CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.of("validate", "/dev/zero"));

    assertEquals("planforge: /dev/zero: not a regular file (a device, pipe or socket); it was not read\n", r.err());
    assertEquals(2, r.code());
  }

  @Test
  void givenAFifo_whenValidatedOrRendered_thenRefusedWithoutWaitingForAWriter() throws Exception {
    Path fifo = dir.resolve("plan.yaml");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available: " + e.getMessage());
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo made a pipe");

    // Opening a pipe with no writer blocks for ever: the timeout is what would fail.
    CliRun validate = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.of("validate", fifo.toString()));
    CliRun render = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> CliRun.of("render", fifo.toString(), "--format", "json"));

    assertEquals("planforge: " + fifo + ": not a regular file (a device, pipe or socket); it was not read\n",
        validate.err());
    assertEquals(2, validate.code());
    assertEquals(validate.err(), render.err());
    assertEquals(2, render.code());
  }

  @Test
  void givenAFolderWithoutPlans_whenValidated_thenRefused() {
    // A folder stands for the plans in it (CliConventionsTest); an empty one is a usage error.
    CliRun r = CliRun.of("validate", dir.toString());

    assertEquals("planforge: " + dir + ": a folder without plans (no *.yaml or *.yml file in it or below, "
        + "leaving out build, target, node_modules and hidden folders)\n", r.err());
    assertEquals(2, r.code());
  }

  @Test
  void givenEveryCommand_thenItsHelpListsExitCodeThree() {
    for (String[] command : List.of(new String[] {"--help"}, new String[] {"validate", "--help"},
        new String[] {"render", "--help"}, new String[] {"schema", "--help"}, new String[] {"templates", "--help"},
        new String[] {"templates", "export", "--help"})) {
      CliRun r = CliRun.of(command);

      assertEquals(0, r.code(), String.join(" ", command));
      assertTrue(r.out().contains("Exit codes:") && r.out().contains("  3   internal error"),
          String.join(" ", command) + ":\n" + r.out());
    }
  }

  @Test
  void givenAnUnknownOption_thenOneLineAndTheSynopsis_notTheWholeHelp() {
    CliRun r = CliRun.of("validate", "--frobnicate", "plans/meet-fresh.yaml");

    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals("planforge: Unknown option: '--frobnicate'\n"
        + "Usage: planforge validate [-hV] [--strict] [--verbose] [--format=FORMAT] PLAN...\n"
        + "Try 'planforge validate --help' for more information.\n", r.err());
  }
}
