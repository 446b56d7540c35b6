package dev.planforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution zip as a plans repository gets it: unzipped, bin/planforge run with nothing but
 * a Java runtime. Needs the zip, so it runs after mvn package: {@code mvn -B -Pdist verify} (the
 * profile names the zip in {@code planforge.dist.zip}; elsewhere this test is skipped).
 */
class DistributionIT {

  @TempDir
  Path dir;

  Path zip;
  String version;
  Path home;

  /** One run of a command: exit code, standard output, standard error. */
  record Ran(int code, String out, String err) {}

  @BeforeEach
  void givenTheZipUnzipped() throws Exception {
    String named = System.getProperty("planforge.dist.zip");
    assumeTrue(named != null, "run with mvn -Pdist verify, after package made the zip");
    zip = Path.of(named).toAbsolutePath();
    assertTrue(Files.isRegularFile(zip), zip + " made by mvn package");
    Matcher m = Pattern.compile("planforge-(.+)\\.zip").matcher(zip.getFileName().toString());
    assertTrue(m.matches());
    version = m.group(1);
    Ran unzip = run(dir, Map.of(), "unzip", "-q", zip.toString(), "-d", dir.resolve("dist").toString());
    assertEquals(0, unzip.code(), unzip.err());
    home = dir.resolve("dist/planforge-" + version);
  }

  Ran run(Path cwd, Map<String, String> env, String... command) throws IOException, InterruptedException {
    return runWithInput(cwd, env, null, command);
  }

  Ran runWithInput(Path cwd, Map<String, String> env, Path stdin, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    pb.environment().putAll(env);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    if (stdin != null) {
      pb.redirectInput(stdin.toFile());
    }
    Process p = pb.start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", command));
    return new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void givenTheZip_thenItHoldsTheJarTheLaunchersTheLicencesAndTheReadme() throws IOException {
    for (String f : List.of("lib/planforge.jar", "bin/planforge", "bin/planforge.bat", "README.md", "LICENSES.md",
        "licenses/fonts/NotoSansSC/OFL.txt", "licenses/fonts/Roboto/LICENSE.txt", "licenses/fonts/DejaVuSans/LICENSE",
        "licenses/libraries/DEPENDENCIES.txt")) {
      assertTrue(Files.isRegularFile(home.resolve(f)), f);
    }
    assertTrue(Files.isExecutable(home.resolve("bin/planforge")), "the launcher keeps its mode in the zip");
    assertTrue(Files.readString(home.resolve("bin/planforge.bat")).contains("\r\n"), "Windows line ends");
    assertTrue(Files.readString(home.resolve("licenses/libraries/DEPENDENCIES.txt")).contains("picocli"));
  }

  @Test
  void givenTheLauncher_thenVersionOnEveryPath_andInitValidateRenderWork() throws Exception {
    Path planforge = home.resolve("bin/planforge");
    Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("usr/bin")).resolve("planforge"), planforge);

    for (Path launcher : List.of(planforge, link)) {
      Ran v = run(dir, Map.of(), launcher.toString(), "--version");
      assertEquals(0, v.code(), v.err());
      assertEquals("planforge " + version + "\n", v.out(), "the jar's implementation version, through " + launcher);
    }
    for (String command : List.of("render", "watch")) { // watch runs with other JIT options
      Ran sub = run(dir, Map.of(), planforge.toString(), command, "-V");
      assertEquals("planforge " + version + "\n", sub.out(), command + ": " + sub.err());
    }

    Ran init = run(dir, Map.of(), planforge.toString(), "init", "repo", "--locale", "zh-CN");
    assertEquals(0, init.code(), init.err());
    Path repo = dir.resolve("repo");
    Ran render = run(repo, Map.of(), planforge.toString(), "render", "--strict", "plans");
    assertEquals(0, render.code(), render.err());
    assertEquals("", render.err(), "a clean plan renders silently");
    assertTrue(Files.size(repo.resolve("build/customer-plan.pdf")) > 10_000);

    // A plan on standard input finds its customers_file in the working folder, and its outputs are stdin.*.
    Ran stdin = runWithInput(repo.resolve("plans"), Map.of(), repo.resolve("plans/customer-plan.yaml"),
        planforge.toString(), "render", "-", "--strict", "--format", "json", "--out", "out");
    assertEquals(0, stdin.code(), stdin.err());
    assertTrue(Files.readString(repo.resolve("plans/out/stdin.json")).contains("\"customer-plan-customers.csv\""));
    Ran validate = runWithInput(repo.resolve("plans"), Map.of(), repo.resolve("plans/customer-plan.yaml"),
        planforge.toString(), "validate", "--strict", "-");
    assertEquals("<stdin>: ok\n", validate.err());
    assertEquals(0, validate.code());
  }

  @Test
  void givenTheWorkflow_whenItFetchesTheZipByUrl_thenItValidatesAndRenders() throws Exception {
    CiFilesTest ci = new CiFilesTest();
    ci.dir = Files.createDirectories(dir.resolve("ci"));
    CliRun init = CliRun.of("init", dir.resolve("ci/repo").toString());
    assertEquals(0, init.code(), init.err());
    Path noTools = Files.createDirectories(dir.resolve("no-tools"));
    assertTrue(run(dir, Map.of(), "sh", "-c", "command -v planforge").code() != 0, "no planforge on the PATH");

    CiFilesTest.Workflow run = ci.new Workflow(dir.resolve("ci/repo"), noTools);
    run.env.put("PLANFORGE_ZIP_URL", zip.toUri().toString());
    List<CiFilesTest.StepRun> steps = new ArrayList<>(run.steps());

    assertEquals(List.of("Get planforge", "Validate", "Render", "Summary"),
        steps.stream().map(CiFilesTest.StepRun::name).toList());
    for (CiFilesTest.StepRun s : steps) {
      assertEquals(0, s.code(), s.name() + ":\n" + s.output());
    }
    assertEquals("planforge " + version + "\n", steps.get(0).output(), "downloaded and unzipped by the step");
    assertTrue(Files.isRegularFile(dir.resolve("ci/repo/build/customer-plan.pdf")));
  }
}
