package dev.planforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The CI files of examples/ci run as far as this machine can: the workflow's {@code run:} steps in
 * bash, in order, with the variables GitHub sets (GITHUB_PATH, GITHUB_STEP_SUMMARY, RUNNER_TEMP,
 * ...) and its step rules (a failed step skips the rest but those marked {@code if: always()}),
 * against a plans repository made by {@code planforge init}; only the {@code uses:} actions
 * (checkout, set-up of Java, upload) are skipped. planforge is the code under test, on the PATH.
 */
class CiFilesTest {

  static final Path WORKFLOW = Path.of("examples/ci/.github/workflows/plans.yml");
  static final Path GITLAB = Path.of("examples/ci/.gitlab-ci.yml");

  @TempDir
  Path dir;

  /** One step as run: its name, exit code and what it printed (stdout and stderr together). */
  record StepRun(String name, int code, String output) {}

  /** The repository init writes, and a planforge on a folder of its own that will be on the PATH. */
  Path givenInitRepository() throws IOException {
    Path repo = dir.resolve("repo");
    CliRun init = CliRun.of("init", repo.toString(), "--locale", "zh-CN");
    assertEquals(0, init.code(), init.err());
    return repo;
  }

  /** A planforge command that runs this build's classes, like the launcher of the distribution. */
  Path givenPlanforgeOnAFolder() throws IOException {
    Path bin = Files.createDirectories(dir.resolve("tools/bin"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path launcher = bin.resolve("planforge");
    Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '"
        + System.getProperty("java.class.path") + "' dev.planforge.cli.Main \"$@\"\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    return bin;
  }

  @Test
  void givenACleanPlansRepository_whenTheWorkflowRuns_thenEveryStepPasses_andTheSummaryListsThePdfAndHtml()
      throws Exception {
    Path repo = givenInitRepository();
    Path tools = givenPlanforgeOnAFolder();

    Workflow run = new Workflow(repo, tools);
    List<StepRun> steps = run.steps();

    assertEquals(List.of("Get planforge", "Validate", "Render", "Summary"), steps.stream().map(StepRun::name).toList());
    for (StepRun s : steps) {
      assertEquals(0, s.code(), s.name() + ":\n" + s.output());
    }
    assertTrue(steps.get(0).output().matches("(?s)planforge \\S+\n"), steps.get(0).output());
    assertTrue(Files.readString(run.githubPath).contains(tools.toString()), "planforge's folder goes on the PATH");
    for (String ext : List.of("pdf", "html", "md")) {
      assertTrue(Files.isRegularFile(repo.resolve("build/customer-plan." + ext)), ext);
    }
    String summary = Files.readString(run.summary, StandardCharsets.UTF_8);
    assertTrue(summary.contains("### Rendered plans"), summary);
    assertTrue(summary.contains("- `build/customer-plan.pdf` ("), summary);
    assertTrue(summary.contains("- `build/customer-plan.html` ("), summary);
  }

  @Test
  void givenABrokenPlan_whenTheWorkflowRuns_thenValidateAnnotatesItsLine_renderIsSkipped_andTheSummarySaysWhy()
      throws Exception {
    Path repo = givenInitRepository();
    Path plan = repo.resolve("plans/customer-plan.yaml");
    Files.writeString(plan, Files.readString(plan).replace("  cap: 400000\n", "  cap: 40万\n"));
    Path tools = givenPlanforgeOnAFolder();

    Workflow run = new Workflow(repo, tools);
    List<StepRun> steps = run.steps();

    assertEquals(List.of("Get planforge", "Validate", "Summary"), steps.stream().map(StepRun::name).toList(),
        "a failed step skips Render; Summary runs always");
    StepRun validate = steps.get(1);
    assertEquals(1, validate.code(), validate.output());
    int line = lineOf(plan, "  cap: 40万");
    assertTrue(validate.output().contains("::error file=plans/customer-plan.yaml,line=" + line + ",col=8"),
        validate.output());
    String summary = Files.readString(run.summary, StandardCharsets.UTF_8);
    assertTrue(summary.contains("budget.cap"), "the problem is in the summary:\n" + summary);
    assertTrue(summary.contains("Nothing was rendered"), summary);
    assertFalse(Files.exists(repo.resolve("build")));
  }

  @Test
  void givenAPullRequestThatChangesAPlan_whenTheWorkflowRuns_thenTheSummaryHoldsTheMarkdownDiff() throws Exception {
    Path repo = givenInitRepository();
    DiffCommandTest.git(repo, "init", "-q");
    DiffCommandTest.git(repo, "add", ".");
    DiffCommandTest.git(repo, "commit", "-q", "-m", "base");
    // What actions/checkout with fetch-depth 0 leaves: the base branch as a remote-tracking ref.
    DiffCommandTest.git(repo, "update-ref", "refs/remotes/origin/main", "HEAD");
    Path plan = repo.resolve("plans/customer-plan.yaml");
    Files.writeString(plan, Files.readString(plan).replace("  cap: 400000\n", "  cap: 450000\n"));
    DiffCommandTest.git(repo, "commit", "-q", "-a", "-m", "a larger cap");
    Path tools = givenPlanforgeOnAFolder();

    Workflow run = new Workflow(repo, tools);
    run.pullRequest("main");
    List<StepRun> steps = run.steps();

    assertEquals(List.of("Get planforge", "Validate", "Render", "Changes", "Summary"),
        steps.stream().map(StepRun::name).toList());
    for (StepRun s : steps) {
      assertEquals(0, s.code(), s.name() + ":\n" + s.output());
    }
    String summary = Files.readString(run.summary, StandardCharsets.UTF_8);
    assertTrue(summary.contains("`origin/main:plans/customer-plan.yaml → plans/customer-plan.yaml`"), summary);
    assertTrue(summary.contains("`budget.cap`"), summary);
    assertTrue(summary.contains("- ✏️ `budget.cap`: <del>400000.00</del> → <ins>450000.00</ins>\n\n"), summary);
    assertTrue(summary.indexOf("## ") < summary.indexOf("### Rendered plans"), "the changes, then the files");
  }

  @Test
  void givenAPlansRepository_whenTheGitlabJobRuns_thenItValidatesAndRenders() throws Exception {
    Path repo = givenInitRepository();
    Path tools = givenPlanforgeOnAFolder();
    @SuppressWarnings("unchecked")
    Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) new Yaml()
        .load(Files.readString(GITLAB))).get("plans");
    @SuppressWarnings("unchecked")
    Map<String, String> variables = (Map<String, String>) job.get("variables");
    List<String> lines = new ArrayList<>();
    lines.addAll(strings(job.get("before_script")));
    lines.addAll(strings(job.get("script")));
    // GitLab runs the job's lines in one shell that stops at the first failing one.
    StringBuilder script = new StringBuilder("set -e\n");
    lines.forEach(l -> script.append(l).append('\n'));
    Map<String, String> env = new LinkedHashMap<>(variables);
    env.put("PATH", tools + ":" + System.getenv("PATH"));
    env.put("CI", "true");

    StepRun r = bash("gitlab job", script.toString(), repo, env);

    assertEquals(0, r.code(), r.output());
    assertTrue(r.output().startsWith("planforge "), r.output());
    assertTrue(Files.isRegularFile(repo.resolve("build/customer-plan.pdf")));
    @SuppressWarnings("unchecked")
    Map<String, Object> artifacts = (Map<String, Object>) job.get("artifacts");
    assertEquals(List.of("build/*.pdf", "build/*.html"), artifacts.get("paths"));
  }

  static int lineOf(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file);
    return lines.indexOf(text) + 1;
  }

  @SuppressWarnings("unchecked")
  static List<String> strings(Object list) {
    return (List<String>) list;
  }

  /** GitHub's shell for run steps: bash without profiles, stopping at the first failing command or pipe. */
  static StepRun bash(String name, String script, Path cwd, Map<String, String> env)
      throws IOException, InterruptedException {
    Path file = Files.createTempFile("step", ".sh");
    Files.writeString(file, script);
    ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", file.toString())
        .directory(cwd.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close(); // CI has no standard input
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), name + " finished");
    Files.delete(file);
    return new StepRun(name, p.exitValue(), output);
  }

  /** The workflow's one job, run step by step as GitHub's runner would. */
  final class Workflow {
    final Path repo;
    final Path summary;
    final Path githubPath;
    final Path runnerTemp;
    final Map<String, String> env = new LinkedHashMap<>();
    final Map<String, Object> job;

    @SuppressWarnings("unchecked")
    Workflow(Path repo, Path tools) throws IOException {
      this.repo = repo;
      Path runner = Files.createDirectories(dir.resolve("runner"));
      summary = Files.createFile(runner.resolve("step_summary.md"));
      githubPath = Files.createFile(runner.resolve("github_path"));
      runnerTemp = Files.createDirectories(runner.resolve("temp"));
      Map<String, Object> workflow = new Yaml().load(Files.readString(WORKFLOW));
      Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
      assertEquals(1, jobs.size(), "one job");
      job = (Map<String, Object>) jobs.values().iterator().next();
      ((Map<String, Object>) workflow.get("env")).forEach((k, v) -> env.put(k, expand(String.valueOf(v))));
      env.put("PATH", tools + ":" + System.getenv("PATH"));
      env.put("CI", "true");
      env.put("GITHUB_ACTIONS", "true");
      env.put("GITHUB_WORKSPACE", repo.toString());
      env.put("GITHUB_STEP_SUMMARY", summary.toString());
      env.put("GITHUB_PATH", githubPath.toString());
      env.put("RUNNER_TEMP", runnerTemp.toString());
    }

    /** The event is a pull request into {@code base}, as GitHub says it in the environment. */
    void pullRequest(String base) {
      env.put("GITHUB_EVENT_NAME", "pull_request");
      env.put("GITHUB_BASE_REF", base);
    }

    /** A step's {@code if:}: the status functions, or a test of the event's name. */
    boolean runs(String condition, boolean failed) {
      if (condition.equals("always()")) {
        return true;
      }
      Matcher event = Pattern.compile("github\\.event_name == '(\\w+)'").matcher(condition);
      if (event.matches()) {
        return !failed && event.group(1).equals(env.getOrDefault("GITHUB_EVENT_NAME", "push"));
      }
      assertEquals("success()", condition, "a condition this test does not evaluate");
      return !failed;
    }

    /** {@code ${{ vars.X }}}: a repository variable, none set here; any other expression is not expected. */
    String expand(String value) {
      Matcher m = Pattern.compile("\\$\\{\\{\\s*vars\\.\\w+\\s*}}").matcher(value);
      String plain = m.replaceAll("");
      assertFalse(plain.contains("${{"), "an expression this test does not evaluate: " + value);
      return plain;
    }

    /** The run steps that ran, in order; uses: steps are skipped, as is any after a failure unless if: always(). */
    @SuppressWarnings("unchecked")
    List<StepRun> steps() throws IOException, InterruptedException {
      List<StepRun> ran = new ArrayList<>();
      boolean failed = false;
      for (Map<String, Object> step : (List<Map<String, Object>>) job.get("steps")) {
        String condition = String.valueOf(step.getOrDefault("if", "success()"));
        if (step.containsKey("uses")) {
          assertTrue(String.valueOf(step.get("uses")).matches("actions/(checkout|setup-java|upload-artifact)@v\\d+"),
              "only GitHub's own actions: " + step.get("uses"));
          continue;
        }
        if (!runs(condition, failed)) {
          continue;
        }
        String script = expand(String.valueOf(step.get("run")));
        StepRun r = bash(String.valueOf(step.get("name")), script, repo, env);
        ran.add(r);
        failed |= r.code() != 0;
        // What a step appends to GITHUB_PATH is on the PATH of the steps after it.
        for (String line : Files.readAllLines(githubPath)) {
          if (!line.isBlank() && !env.get("PATH").startsWith(line + ":")) {
            env.put("PATH", line + ":" + env.get("PATH"));
          }
        }
      }
      return ran;
    }
  }
}
