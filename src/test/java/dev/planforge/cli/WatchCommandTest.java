package dev.planforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planforge watch} from the command line: usage errors in-process, and one real process
 * started as a user starts it, saved to, read over HTTP and stopped with Ctrl-C (SIGINT).
 */
class WatchCommandTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir
  Path dir;

  @Test
  void helpHasAnExampleAndRendersOptions() {
    CliRun r = CliRun.of("watch", "--help");

    assertEquals(0, r.code());
    assertTrue(r.out().contains("planforge watch plans/meet-fresh.yaml --format html,pdf"), r.out());
    for (String option : new String[] {"--port", "--out", "--format", "--templates", "--strict", "--html-fonts",
        "--pdf-profile"}) {
      assertTrue(r.out().contains(option), option + " in " + r.out());
    }
  }

  @Test
  void aMissingPlanIsAUsageError() {
    Path missing = dir.resolve("nope.yaml");
    CliRun r = CliRun.of("watch", missing.toString());

    assertEquals(2, r.code());
    assertEquals("planforge: " + missing + ": no such file\n", r.err());
  }

  @Test
  void aPortOutOfRangeOrTakenIsAUsageError() throws Exception {
    Path plan = givenCopyOfTheChineseExample();
    CliRun high = CliRun.of("watch", plan.toString(), "--port", "70000");
    assertEquals(2, high.code());
    assertTrue(high.err().startsWith("planforge: --port 70000: not between 0 and 65535\n"), high.err());

    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun r = CliRun.of("watch", plan.toString(), "--port", String.valueOf(taken.getLocalPort()),
          "--out", dir.resolve("out").toString());
      assertEquals(2, r.code(), r.err());
      assertTrue(r.err().startsWith("planforge: --port " + taken.getLocalPort() + ": cannot serve on it: "), r.err());
    }
  }

  @Test
  void anOutputFolderThatIsAFileIsAUsageError() throws Exception {
    Path plan = givenCopyOfTheChineseExample();
    Path file = Files.writeString(dir.resolve("out"), "");
    CliRun r = CliRun.of("watch", plan.toString(), "--out", file.toString());

    assertEquals(2, r.code());
    assertEquals("planforge: --out " + file + ": is a file, not a folder\n", r.err());
  }

  @Test
  void givenARealProcess_whenThePlanIsSavedAndCtrlCIsPressed_thenThePageChangesAndItExitsZeroKeepingItsFiles()
      throws Exception {
    Path plan = givenCopyOfTheChineseExample();
    Path out = dir.resolve("out");
    Path log = dir.resolve("stderr.log");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "watch", plan.toString(), "--out", out.toString(), "--format", "html,pdf")
        .redirectError(log.toFile())
        .start();
    try {
      BufferedReader stdout = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String banner = stdout.readLine();
      assertNotNull(banner, "the process printed nothing: " + Files.readString(log));
      Matcher url = URL.matcher(banner);
      assertTrue(url.find(), banner);
      URI page = URI.create(url.group());
      assertEquals("planforge: watching " + plan + "; the page is at " + page + " (Ctrl-C to stop)", banner);

      String first = awaitPage(page, "<title>鲜芋仙 Meet Fresh 客户关系管理策划书</title>");
      assertTrue(first.contains("/_planforge/live.js"));
      awaitFile(log, "wrote " + out.resolve("meet-fresh.html") + ", " + out.resolve("meet-fresh.pdf"));

      Path temp = plan.resolveSibling(".meet-fresh.yaml.tmp");
      Files.writeString(temp, Files.readString(plan).replace("鲜芋仙 Meet Fresh 客户关系管理策划书", "进程里的新标题"));
      Files.move(temp, plan, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      awaitPage(page, "<title>进程里的新标题</title>");
      awaitFile(out.resolve("meet-fresh.html"), "进程里的新标题");

      // when: Ctrl-C, which a terminal sends as SIGINT
      Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).inheritIO().start();
      assertEquals(0, kill.waitFor());
      assertTrue(p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS), "stopped by Ctrl-C");
      assertEquals(0, p.exitValue(), "Ctrl-C exits 0: " + Files.readString(log));
      assertTrue(Files.readString(out.resolve("meet-fresh.html")).contains("进程里的新标题"), "the files stay");
      assertTrue(Files.size(out.resolve("meet-fresh.pdf")) > 0);
      try (var left = Files.list(out)) {
        assertEquals(2, left.count(), "no temporary file is left");
      }
    } finally {
      p.destroyForcibly();
    }
  }

  private Path givenCopyOfTheChineseExample() throws IOException {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("plans"))) {
      for (Path f : files) {
        Files.copy(f, plans.resolve(f.getFileName().toString())); // the plan, and the pictures it shows
      }
    }
    return plans.resolve("meet-fresh.yaml");
  }

  /** GET {@code page} until it contains {@code text}; the page. */
  private static String awaitPage(URI page, String text) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      body = http.send(HttpRequest.newBuilder(page).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString())
          .body();
      if (body.contains(text)) {
        return body;
      }
      Thread.sleep(50);
    }
    return fail("the page never showed " + text + "; last: " + body.substring(0, Math.min(400, body.length())));
  }

  private static void awaitFile(Path file, String text) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(file) && Files.readString(file).contains(text)) {
        return;
      }
      Thread.sleep(50);
    }
    fail(file + " never contained " + text + ": " + (Files.exists(file) ? Files.readString(file) : "(missing)"));
  }
}
