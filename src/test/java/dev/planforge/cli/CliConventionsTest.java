package dev.planforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Command;

/**
 * The conventions every command keeps: --version and -V, '-' for standard input, a folder for the
 * plans in it, shell completion, one line and the usage for a wrong option, and errors about
 * --out that name what the user named.
 */
class CliConventionsTest {

  @TempDir
  Path dir;

  /** A plan without warnings: the parts a plan should have are left out on purpose. */
  static final String VALID = "plan_format: 1\ntitle: T\nas_of: 2026-06-30\n"
      + "omits: [overview, market, targeting, strategy, action_plan, budget, monitoring, risks, conclusion]\n";

  /** One in-process run with {@code stdin} as standard input. */
  static CliRun withStdin(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Every command line reaching a command: "validate", "templates export", ... read from the annotations. */
  static List<List<String>> commands(Class<?> command, List<String> above) {
    List<List<String>> all = new ArrayList<>();
    for (Class<?> sub : command.getAnnotation(Command.class).subcommands()) {
      Command c = sub.getAnnotation(Command.class);
      if (c.name().equals("help")) {
        continue; // picocli's help command prints help, not a version
      }
      List<String> path = new ArrayList<>(above);
      path.add(c.name());
      all.add(path);
      all.addAll(commands(sub, path));
    }
    return all;
  }

  @Test
  void givenEveryCommand_whenVersionOrV_thenTheVersionLine() {
    List<List<String>> commands = commands(Main.class, List.of());
    assertTrue(commands.size() >= 7, commands.toString());
    for (List<String> command : commands) {
      for (String flag : List.of("--version", "-V")) {
        List<String> args = new ArrayList<>(command);
        args.add(flag);
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.code(), args + ": " + r.err());
        assertTrue(r.out().matches("planforge \\S+\n"), args + " printed: [" + r.out() + "]");
      }
    }
  }

  @Test
  void givenNoCommand_thenExitTwoNamingEveryCommand() {
    CliRun r = CliRun.of();

    assertEquals(2, r.code());
    String first = r.err().lines().findFirst().orElseThrow();
    for (List<String> command : commands(Main.class, List.of())) {
      if (command.size() == 1) {
        assertTrue(first.contains(command.get(0)), command + " in: " + first);
      }
    }
  }

  @Test
  void givenAPlanOnStandardInput_whenValidated_thenItsDiagnosticsNameStdin() {
    CliRun r = withStdin(VALID + "tilte: again\n", "validate", "-");

    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("<stdin>:5:1: error: tilte: unknown key \"tilte\""), r.err());
    assertTrue(r.err().endsWith("<stdin>: invalid (1 error, 0 warnings)\n"), r.err());
  }

  @Test
  void givenAPlanOnStandardInput_whenRendered_thenTheOutputsAreNamedStdin() {
    Path out = dir.resolve("out");

    CliRun r = withStdin(VALID, "render", "-", "--format", "md,json", "--out", out.toString());

    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isRegularFile(out.resolve("stdin.md")));
    assertTrue(Files.isRegularFile(out.resolve("stdin.json")));
  }

  @Test
  void givenStandardInputThatIsNotAPlan_whenRendered_thenOneLineNamesStdin() {
    CliRun r = withStdin("", "render", "-", "--format", "md", "--out", dir.toString());

    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("<stdin>:1:1: error: "), r.err());
    assertFalse(r.err().contains(" -:"), r.err());
  }

  @Test
  void givenAFolder_thenEveryYamlPlanInItAndBelowInOrder_butNotBuildTargetNodeModulesOrHidden() throws IOException {
    for (String name : List.of("b.yaml", "a.yml", "sub/c.yaml", "sub/deeper/d.YAML", "build/x.yaml",
        "target/x.yaml", "node_modules/pkg/x.yaml", ".github/workflows/x.yml", "sub/.hidden/x.yaml",
        ".gitlab-ci.yml")) {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, VALID);
    }
    Files.writeString(dir.resolve("notes.txt"), "not a plan");

    CliRun r = CliRun.of("validate", dir.toString());

    assertEquals(0, r.code(), r.err());
    assertEquals(dir.resolve("a.yml") + ": ok\n" + dir.resolve("b.yaml") + ": ok\n" + dir.resolve("sub/c.yaml")
        + ": ok\n" + dir.resolve("sub/deeper/d.YAML") + ": ok\n", r.err());
  }

  @Test
  void givenAFolderAndAPlanInIt_whenRendered_thenEachPlanOnce() throws IOException {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    Files.writeString(plans.resolve("one.yaml"), VALID);
    Files.writeString(plans.resolve("two.yaml"), VALID);
    Path out = dir.resolve("out");

    CliRun r = CliRun.of("render", "--format", "md", "--out", out.toString(), "--verbose", plans.toString(),
        plans.resolve("one.yaml").toString());

    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("planforge: wrote " + out.resolve("index.html"), "planforge: wrote " + out.resolve("one.md"),
        "planforge: wrote " + out.resolve("two.md")), r.own().lines().sorted().toList()); // two plans finish in either order
  }

  @Test
  void givenAFolderWithoutPlans_thenExitTwoSayingSo() throws IOException {
    Files.createDirectories(dir.resolve("build"));
    Files.writeString(dir.resolve("build/x.yaml"), VALID);

    CliRun r = CliRun.of("validate", dir.toString());

    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("planforge: " + dir + ": a folder without plans"), r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh"})
  void givenAShell_whenCompletion_thenAScriptBashAccepts_completingTheCommandsAndTheirOptions(String shell)
      throws IOException, InterruptedException {
    CliRun r = CliRun.of("completion", shell);

    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    for (String word : List.of("validate", "render", "init", "completion", "--strict", "--out", "--locale")) {
      assertTrue(r.out().contains(word), word);
    }
    assertTrue(r.out().contains("complete -F"), "registers a completion function");
    Path script = dir.resolve("planforge-completion." + shell);
    Files.writeString(script, r.out(), StandardCharsets.UTF_8);
    Process bash = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
    String said = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, bash.exitValue(), said);
  }

  @Test
  void givenAShellPlanforgeDoesNotComplete_thenExitTwo() {
    CliRun r = CliRun.of("completion", "fish");

    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("planforge: Invalid value for positional parameter at index 0 (SHELL): "
        + "'fish' is not a shell planforge completes (expected bash or zsh)\n"), r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "render", "init", "completion", "schema"})
  void givenAnUnknownOption_thenOneLineAndTheUsage_notTheWholeHelp(String command) {
    CliRun r = CliRun.of(command, "--bogus");

    assertEquals(2, r.code());
    String[] lines = r.err().split("\n");
    assertEquals("planforge: Unknown option: '--bogus'", lines[0], r.err());
    assertTrue(lines[1].startsWith("Usage: planforge " + command), r.err());
    assertEquals("Try 'planforge " + command + " --help' for more information.", lines[lines.length - 1]);
    assertFalse(r.err().contains("Exit codes:"), "not the whole help: " + r.err());
    assertEquals("", r.out());
  }

  @Test
  void givenAnOutputInTheWay_thenTheErrorNamesItInTheOutFolder_notATemporaryFile() throws IOException {
    Path plan = Files.writeString(dir.resolve("p.yaml"), VALID);
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createDirectories(out.resolve("p.md")); // a folder where the output goes

    CliRun r = CliRun.of("render", plan.toString(), "--format", "md", "--out", out.toString());

    assertEquals(1, r.code());
    assertEquals("planforge: " + plan + ": " + out.resolve("p.md") + ": is a folder, not a file; remove or rename it"
        + " (no output of this plan was written)\n", r.err());
    assertFalse(r.err().contains(".tmp"), r.err());
  }

  @Test
  void givenOutNamingAFile_thenTheErrorNamesTheOption() throws IOException {
    Path plan = Files.writeString(dir.resolve("p.yaml"), VALID);
    Path file = Files.writeString(dir.resolve("file"), "x");

    CliRun r = CliRun.of("render", plan.toString(), "--out", file.resolve("sub").toString());

    assertEquals(2, r.code());
    assertEquals("planforge: --out " + file.resolve("sub") + ": " + file + " is a file, not a folder\n", r.err());
  }
}
