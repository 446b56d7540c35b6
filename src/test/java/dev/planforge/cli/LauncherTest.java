package dev.planforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The repository's launcher ({@code ./planforge}) as far as it can run without building: its
 * functions, sourced into bash. Which Java it picks (the newest, 17 or later) and which renders it
 * treats as a batch (they get other memory settings), on fake Java installations.
 */
class LauncherTest {

  static final Path LAUNCHER = Path.of("planforge").toAbsolutePath();

  @TempDir
  Path dir;

  record Bash(int code, String out, String err) {}

  /** Runs {@code script} in bash after sourcing the launcher; the usual Java folders are {@code known}. */
  Bash bash(Map<String, String> env, List<Path> known, String script) throws IOException, InterruptedException {
    StringBuilder knownJavas = new StringBuilder("known_javas() { :");
    for (Path java : known) {
      knownJavas.append("; echo '").append(java).append("'");
    }
    knownJavas.append("; }\n");
    ProcessBuilder pb = new ProcessBuilder("bash", "-c",
        "source '" + LAUNCHER + "'\n" + knownJavas + script).directory(dir.toFile());
    pb.environment().remove("JAVA_HOME");
    pb.environment().remove("PLANFORGE_JAVA");
    // The machine's own tools, but not its java: only the fake ones count.
    Path tools = Files.createDirectories(dir.resolve("tools"));
    for (String tool : List.of("sed", "readlink", "dirname", "cksum", "cut")) {
      Path link = tools.resolve(tool);
      if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(link, Path.of("/usr/bin", tool).toRealPath());
      }
    }
    pb.environment().put("PATH", dir.resolve("path") + ":" + tools);
    pb.environment().put("HOME", dir.toString());
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.SECONDS);
    return new Bash(p.exitValue(), out, err);
  }

  /** A fake Java installation at {@code dir/name}: a release file saying {@code version}, a bin/java script. */
  Path givenJava(String name, String version) throws IOException {
    Path home = Files.createDirectories(dir.resolve(name));
    if (version != null) {
      Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
    }
    Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\necho 'fake java'\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return java;
  }

  @Test
  void givenSeveralJavas_whenThePickIsMade_thenTheNewestIsTaken_wherever_itWasFound() throws Exception {
    Path java17 = givenJava("jdk-17", "17.0.15");
    Path java21 = givenJava("jdk-21", "21.0.5");
    Path java25 = givenJava("jdk-25", "25.0.3");

    assertEquals("25 " + java25 + "\n", bash(Map.of("JAVA_HOME", java17.getParent().getParent().toString()),
        List.of(java21, java25), "pick_java").out(), "the usual folders' newest wins over JAVA_HOME's");
    assertEquals("21 " + java21 + "\n", bash(Map.of("JAVA_HOME", java21.getParent().getParent().toString()),
        List.of(java17), "pick_java").out());
  }

  @Test
  void givenTheJavaOnThePath_whenItIsTheNewest_thenItIsTaken_throughItsLink() throws Exception {
    Path java25 = givenJava("jdk-25", "25.0.3");
    Path path = Files.createDirectories(dir.resolve("path"));
    Files.createSymbolicLink(path.resolve("java"), java25);

    assertEquals("25 " + java25 + "\n", bash(Map.of(), List.of(givenJava("jdk-17", "17.0.2")), "pick_java").out());
  }

  @Test
  void givenPlanforgeJava_whenSet_thenItIsTaken_evenWhenOlder() throws Exception {
    Path java17 = givenJava("jdk-17", "17.0.15");
    Path java25 = givenJava("jdk-25", "25.0.3");

    assertEquals("17 " + java17 + "\n",
        bash(Map.of("PLANFORGE_JAVA", java17.toString()), List.of(java25), "pick_java").out());
  }

  @Test
  void givenPlanforgeJavaThatIsNoJava_whenRun_thenTheLauncherSaysSo() throws Exception {
    Bash run = bash(Map.of("PLANFORGE_JAVA", dir.resolve("nothing/java").toString()), List.of(), "main --version");

    assertEquals(2, run.code());
    assertEquals("planforge: PLANFORGE_JAVA=" + dir.resolve("nothing/java") + " is not a java program\n"
        + "planforge: no Java 17 or later found; install one (apt-get install openjdk-17-jdk-headless), "
        + "or set JAVA_HOME or PLANFORGE_JAVA\n", run.err());
  }

  @Test
  void givenOnlyJavasOlderThan17_whenThePickIsMade_thenItFails_andTheLauncherSaysWhatToInstall() throws Exception {
    Path java11 = givenJava("jdk-11", "11.0.2");
    Path java8 = givenJava("jdk-8", "1.8.0_402");

    Bash pick = bash(Map.of(), List.of(java11, java8), "pick_java");
    assertNotEquals(0, pick.code());
    assertEquals("", pick.out());

    Bash run = bash(Map.of(), List.of(java11), "main --version");
    assertEquals(2, run.code());
    assertEquals("planforge: no Java 17 or later found; install one (apt-get install openjdk-17-jdk-headless), "
        + "or set JAVA_HOME or PLANFORGE_JAVA\n", run.err());
  }

  @Test
  void givenAJavaWithoutAReleaseFile_whenItsVersionIsAsked_thenTheJvmSaysIt() throws Exception {
    Path java = givenJava("jre", null);
    Files.writeString(java, "#!/bin/sh\necho '    java.specification.version = 22' >&2\n");

    assertEquals("22 " + java + "\n", bash(Map.of(), List.of(java), "pick_java").out());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "render a.yaml | one",
      "render - | one",
      "render a.yaml --out plans | one",
      "render --out=plans a.yaml | one",
      "render --format pdf --jobs 2 a.yaml | one",
      "render a.yaml b.yaml | batch",
      "render plans | batch",
      "render --out out plans | batch",
      "validate plans | one",
      "watch plans/x.yaml | one",
  })
  void givenRenderArguments_whenTheLauncherLooks_thenAFolderOrSeveralPlansAreABatch(String args, String kind)
      throws Exception {
    Files.createDirectories(dir.resolve("plans"));

    Bash b = bash(Map.of(), List.of(), "if is_batch " + args + "; then echo batch; else echo one; fi");

    assertEquals(kind + "\n", b.out(), b.err());
  }

  @Test
  void theLaunchersListOfRenderOptionsWithAValue_isRenders() throws IOException {
    Matcher m = Pattern.compile("(?m)^render_value_options=\"([^\"]*)\"").matcher(Files.readString(LAUNCHER));
    m.find();
    TreeSet<String> launcher = new TreeSet<>(Arrays.asList(m.group(1).trim().split(" +")));

    TreeSet<String> render = new TreeSet<>();
    CommandLine render0 = new CommandLine(new RenderCommand());
    for (OptionSpec option : render0.getCommandSpec().options()) {
      if (option.arity().max() > 0) {
        render.addAll(List.of(option.names()));
      }
    }
    assertEquals(new ArrayList<>(render), new ArrayList<>(launcher));
  }
}
