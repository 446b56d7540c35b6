package dev.planforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planforge diff}: both forms, every format, and the exit codes of {@code diff}. */
class DiffCommandTest {

  private static final String PAIRS = "src/test/resources/diff/";
  private static final String OLD = PAIRS + "every-change/old.yaml";
  private static final String NEW = PAIRS + "every-change/new.yaml";

  @TempDir
  Path dir;

  @Test
  void givenTheSamePlanTwice_thenExitZeroAndNoDifferences() {
    CliRun run = CliRun.of("diff", OLD, OLD);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("No differences."), run.out());
  }

  @Test
  void givenPlansThatOnlyDifferInOrder_thenExitZero() {
    assertEquals(0, CliRun.of("diff", PAIRS + "reordered/old.yaml", PAIRS + "reordered/new.yaml").code());
  }

  @Test
  void givenDifferentPlans_thenExitOneWithTheDiffOnStandardOutput() {
    CliRun run = CliRun.of("diff", OLD, NEW);
    assertEquals(1, run.code(), run.err());
    assertTrue(run.out().contains("~ action_plan.tasks[t2].end (Launch the loyalty programme): 2026-07-31 → 2026-08-14"),
        run.out());
    assertEquals("", run.err());
    assertFalse(run.out().contains("\u001b["), "not a terminal: no colour");
  }

  @Test
  void givenColourAlways_thenTheTextIsColoured() {
    assertTrue(CliRun.of("diff", "--color", "always", OLD, NEW).out().contains("\u001b[32m"));
  }

  @Test
  void givenEachFormat_thenItIsWrittenToStandardOutput() {
    assertTrue(CliRun.of("diff", "--format", "md", OLD, NEW).out().startsWith("## Changes to Northwind customer plan"));
    String html = CliRun.of("diff", "--format", "html", OLD, NEW).out();
    assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("Content-Security-Policy"), html);
    assertTrue(CliRun.of("diff", "--format", "json", OLD, NEW).out().startsWith("{\n  \"plans\": ["));
  }

  @Test
  void givenAnInvalidVersion_thenItsDiagnosticsWithPositionsAndExitTwo() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(Path.of(NEW)).replace("unit_cost: 1500", "unit_cost: 15万"));
    CliRun run = CliRun.of("diff", OLD, bad.toString());
    assertEquals(2, run.code());
    assertEquals("", run.out());
    assertTrue(run.err().contains(bad + ":67:98:"), run.err());
    assertTrue(run.err().contains("budget.items[0].unit_cost"), run.err());
  }

  @Test
  void givenAMissingFile_thenExitTwo() {
    CliRun run = CliRun.of("diff", OLD, dir.resolve("nope.yaml").toString());
    assertEquals(2, run.code());
    assertTrue(run.own().contains("no such file"), run.err());
  }

  @Test
  void givenARevisionOutsideARepository_thenAClearErrorAndExitTwo() throws IOException {
    Path plan = dir.resolve("plan.yaml");
    Files.copy(Path.of(OLD), plan);
    CliRun run = CliRun.of("diff", "HEAD", plan.toString());
    assertEquals(2, run.code());
    assertTrue(run.own().contains("not in a git repository"), run.err());
  }

  @Test
  void givenARevision_thenThePlanAsCommittedIsComparedWithTheFile() throws Exception {
    Path plan = repositoryWithPlan();
    CliRun same = CliRun.of("diff", "HEAD", plan.toString());
    assertEquals(0, same.code(), same.err());
    Files.copy(Path.of(NEW), plan, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    CliRun run = CliRun.of("diff", "HEAD", plan.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.out().contains("HEAD:plans/plan.yaml → " + plan), run.out());
    assertTrue(run.out().contains("slipped 14 days"), run.out());
  }

  @Test
  void givenARevisionAndNoPlan_thenEveryChangedPlanUnderTheCurrentFolderIsCompared() throws Exception {
    Path plan = repositoryWithPlan();
    Files.copy(Path.of(NEW), plan, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path other = plan.resolveSibling("notes.yaml"); // a YAML file that is not a plan is left alone
    Files.writeString(other, "a: 1\n");
    git(dir, "add", "plans/notes.yaml");
    git(dir, "commit", "-q", "-m", "notes");
    Files.writeString(other, "a: 2\n");
    List<Path> changed = new dev.planforge.diff.GitRevision("HEAD~1").changedPlans(dir);
    assertEquals(List.of(dir.resolve("plans/plan.yaml")), changed);
  }

  @Test
  void givenAnUnknownRevisionOrAPlanNotAtIt_thenClearErrorsAndExitTwo() throws Exception {
    Path plan = repositoryWithPlan();
    CliRun unknown = CliRun.of("diff", "no-such-branch", plan.toString());
    assertEquals(2, unknown.code());
    assertTrue(unknown.own().contains("unknown revision no-such-branch"), unknown.err());
    Path fresh = plan.resolveSibling("fresh.yaml");
    Files.copy(Path.of(OLD), fresh);
    CliRun notThere = CliRun.of("diff", "HEAD", fresh.toString());
    assertEquals(2, notThere.code());
    assertTrue(notThere.own().contains("not in HEAD"), notThere.err());
    CliRun option = CliRun.of("diff", "--", "-x", plan.toString());
    assertEquals(2, option.code());
    assertTrue(option.own().contains("is not a revision"), option.err());
  }

  @Test
  void givenACustomersFile_thenTheOldPlanReadsItAsCommittedAtTheRevision() throws Exception {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    Path pair = Path.of(PAIRS + "chinese-prose");
    Path plan = plans.resolve("plan.yaml");
    // The same file name at both versions: only its content changes, and that must show.
    Files.writeString(plan, Files.readString(pair.resolve("old.yaml")).replace("old-customers.csv", "customers.csv"));
    Files.copy(pair.resolve("old-customers.csv"), plans.resolve("customers.csv"));
    git(dir, "init", "-q");
    git(dir, "add", ".");
    git(dir, "commit", "-q", "-m", "first");
    Files.copy(pair.resolve("new-customers.csv"), plans.resolve("customers.csv"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    CliRun run = CliRun.of("diff", "--format", "json", "HEAD", plan.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.out().contains("\"path\": \"tiering.customers[c4]\""), run.out());
    assertTrue(run.out().contains("\"path\": \"tiering.customers[c2].annual_value\""), run.out());
  }

  @Test
  void givenAHugeDiff_thenTheMarkdownStaysUnderTheCommentLimit() throws IOException {
    String old = Files.readString(Path.of(OLD));
    String now = Files.readString(Path.of(OLD));
    StringBuilder oldTasks = new StringBuilder();
    StringBuilder newTasks = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      oldTasks.append("    - {id: x").append(i).append(", title: Visit customer number ").append(i)
          .append(" and write the report of the visit, owner: ann, start: 2026-07-01, end: 2026-07-31, status: planned}\n");
      newTasks.append("    - {id: x").append(i).append(", title: Call customer number ").append(i)
          .append(" and write a short note of the call, owner: bob, start: 2026-07-01, end: 2026-08-31, status: planned}\n");
    }
    Path a = dir.resolve("a.yaml");
    Path b = dir.resolve("b.yaml");
    Files.writeString(a, old.replace("  tasks:\n", "  tasks:\n" + oldTasks));
    Files.writeString(b, now.replace("  tasks:\n", "  tasks:\n" + newTasks));
    CliRun run = CliRun.of("diff", "--format", "md", a.toString(), b.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.out().length() < 60_000, "length " + run.out().length());
    assertTrue(run.out().contains("<details><summary>"), "long sections are folded");
    assertTrue(run.out().contains("more changes are not shown here"), run.out().substring(run.out().length() - 300));
  }

  private Path repositoryWithPlan() throws Exception {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    Path plan = plans.resolve("plan.yaml");
    Files.copy(Path.of(OLD), plan);
    git(dir, "init", "-q");
    git(dir, "add", ".");
    git(dir, "commit", "-q", "-m", "first");
    return plan;
  }

  static void git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "user.name=Test",
        "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "git timed out");
    assertEquals(0, p.exitValue(), "git " + String.join(" ", args) + ": " + output);
  }
}
