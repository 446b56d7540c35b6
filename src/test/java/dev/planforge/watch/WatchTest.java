package dev.planforge.watch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.management.OperatingSystemMXBean;
import dev.planforge.render.Format;
import dev.planforge.render.RenderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planforge watch} end to end, in-process: a temporary copy of an example plan watched on a
 * free port, read with a real HTTP client (the page and its event stream) while the test saves
 * the plan, its customers file and a template the way editors do.
 */
class WatchTest {

  static final String TITLE = "鲜芋仙 Meet Fresh 客户关系管理策划书";

  @TempDir
  Path dir;

  private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
  private final List<AutoCloseable> opened = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    Collections.reverse(opened);
    for (AutoCloseable c : opened) {
      c.close();
    }
  }

  @Test
  void savesReachThePageAndTheFilesAndABrokenPlanShowsItsDiagnosticsWhileTheFilesStay() throws Exception {
    Path plan = givenCopyOf("meet-fresh.yaml");
    Path out = dir.resolve("build");
    Watch watch = watching(plan, out, List.of(Format.HTML, Format.PDF), null);
    LiveClient client = client(watch.url());
    assertNull(awaitOutcomes(1).failure(), () -> "the first render failed: " + outcomes.get(0).failure());

    String page = client.page();
    assertTrue(page.contains("<title>" + TITLE + "</title>"), "the first render is served");
    assertTrue(page.contains("<script src=\"/_planforge/live.js\" data-generation=\"1\"></script>"),
        "the served page has the reload script");
    assertTrue(page.contains("script-src 'self'; connect-src 'self'"), "and a policy that lets it run");
    String onDisk = Files.readString(out.resolve("meet-fresh.html"));
    assertFalse(onDisk.contains("<script"), "the file on disk stays script-free");
    assertFalse(onDisk.contains("script-src") || onDisk.contains("connect-src"), "its policy is as rendered");
    assertEquals(page.replace("<script src=\"/_planforge/live.js\" data-generation=\"1\"></script>\n", "")
        .replace("img-src data:; base-uri 'none'; form-action 'none'; script-src 'self'; connect-src 'self'",
            "img-src data:; base-uri 'none'; form-action 'none'"), onDisk,
        "the served page is the file on disk plus the script and the policy, nothing else");
    long first = client.openEvents();
    assertEquals(1, first, "the stream starts with the newest generation");

    // when: the title is saved as editors save, a new file renamed over the old one
    saveAsEditorsDo(plan, read(plan).replace(TITLE, "鲜芋仙 实时预览 一"));
    long second = client.nextRender();
    assertTrue(second > first);
    assertTrue(client.page().contains("<title>鲜芋仙 实时预览 一</title>"), "the new title is served");
    awaitOutcomes(2);
    assertTrue(Files.readString(out.resolve("meet-fresh.html")).contains("鲜芋仙 实时预览 一"), "and written");
    byte[] goodPdf = Files.readAllBytes(out.resolve("meet-fresh.pdf"));
    FileTime goodPdfTime = Files.getLastModifiedTime(out.resolve("meet-fresh.pdf"));

    // when: the plan is broken (a currency that is no ISO code), saved in place
    Files.writeString(plan, read(plan).replace("\ncurrency: CNY\n", "\ncurrency: 元\n"));
    client.nextRender();
    String broken = client.page();
    assertTrue(broken.contains("<code class=\"where\">" + plan + ":6:11</code>"), "the diagnostic's place: " + broken);
    assertTrue(broken.contains("<code>currency</code>"), "its path");
    assertTrue(broken.contains("currency: 元"), "its source line");
    assertTrue(broken.contains("data-generation="), "the problems page reloads too");
    Outcome invalid = awaitOutcomes(3);
    assertFalse(invalid.checked().passes(false));
    assertTrue(invalid.written().isEmpty());
    assertNull(invalid.toPage(), "no page of the document for an invalid plan");
    assertArrayEquals(goodPdf, Files.readAllBytes(out.resolve("meet-fresh.pdf")), "the last good PDF stays");
    assertEquals(goodPdfTime, Files.getLastModifiedTime(out.resolve("meet-fresh.pdf")), "untouched");

    // when: it is fixed, with a new title
    saveAsEditorsDo(plan, read(plan).replace("\ncurrency: 元\n", "\ncurrency: CNY\n").replace("实时预览 一", "实时预览 二"));
    client.nextRender();
    assertTrue(client.page().contains("<title>鲜芋仙 实时预览 二</title>"), "the document is back");
    Outcome fixed = awaitOutcomes(4);
    assertEquals(List.of(out.resolve("meet-fresh.html"), out.resolve("meet-fresh.pdf")), fixed.written());
    assertNotNull(fixed.toPage());
    assertFalse(java.util.Arrays.equals(goodPdf, Files.readAllBytes(out.resolve("meet-fresh.pdf"))),
        "the PDF is written again");
  }

  @Test
  void aBurstOfSavesGivesOneRender() throws Exception {
    Path plan = givenCopyOf("meet-fresh.yaml");
    Watch watch = watching(plan, dir.resolve("build"), List.of(Format.HTML), null);
    awaitOutcomes(1);
    LiveClient client = client(watch.url());
    client.openEvents();

    // when: an editor's save: written in place twice, then a new file renamed over it, then touched
    String text = read(plan);
    Files.writeString(plan, text.replace(TITLE, "一"));
    Files.writeString(plan, text.replace(TITLE, "一二"));
    saveAsEditorsDo(plan, text.replace(TITLE, "一二三"));
    Files.setLastModifiedTime(plan, FileTime.fromMillis(System.currentTimeMillis()));

    client.nextRender();
    assertTrue(client.page().contains("<title>一二三</title>"));
    Thread.sleep(3 * Watch.DEBOUNCE.toMillis() + 500); // room for a second render, were there one
    assertEquals(0, client.pendingRenders(), "one render for the burst");
    assertEquals(2, outcomes.size(), "the first render and one for the burst");
  }

  @Test
  void aSaveOfTheCustomersFileRendersAgain() throws Exception {
    Path plan = givenCopyOf("annual-crm-2026.yaml");
    Path csv = givenCopyOf("annual-crm-2026-customers.csv");
    Watch watch = watching(plan, dir.resolve("build"), List.of(Format.HTML), null);
    awaitOutcomes(1);
    LiveClient client = client(watch.url());
    client.openEvents();
    String firstName = read(csv).lines().skip(1).findFirst().orElseThrow().split(",")[1];
    assertTrue(client.page().contains(firstName), "a customer from the CSV is on the page: " + firstName);

    saveAsEditorsDo(csv, read(csv).replace(firstName, "Renamed Customer Ltd"));
    client.nextRender();
    String page = client.page();
    assertTrue(page.contains("Renamed Customer Ltd"), "the CSV's new name is served");
    assertFalse(page.contains(firstName), "the old one is gone");
  }

  @Test
  void aSaveOfAPictureThePlanShowsRendersAgain() throws Exception {
    Path plan = givenCopyOf("meet-fresh.yaml");
    Path picture = Files.createDirectories(plan.resolveSibling("pictures")).resolve("新 图.svg");
    Files.writeString(picture, svg("#c00"));
    Files.writeString(plan, read(plan).replace("summary: |\n", "summary: |\n  ![图](pictures/%E6%96%B0%20%E5%9B%BE.svg)\n"));
    Watch watch = watching(plan, dir.resolve("build"), List.of(Format.HTML), null);
    awaitOutcomes(1);
    LiveClient client = client(watch.url());
    long first = client.openEvents();

    saveAsEditorsDo(picture, svg("#00c"));
    assertTrue(client.nextRender() > first, "the picture's save renders again");
    awaitOutcomes(2);
  }

  private static String svg(String colour) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\" height=\"20\" fill=\""
        + colour + "\"/></svg>\n";
  }

  @Test
  void aSaveOfATemplateRendersAgainWithIt() throws Exception {
    Path plan = givenCopyOf("meet-fresh.yaml");
    Path templates = Files.createDirectories(dir.resolve("my-templates"));
    Path css = Files.writeString(templates.resolve("html.css"), "/* first stylesheet */\n");
    Watch watch = watching(plan, dir.resolve("build"), List.of(Format.HTML), templates);
    awaitOutcomes(1);
    LiveClient client = client(watch.url());
    client.openEvents();
    assertTrue(client.page().contains("/* first stylesheet */"));

    saveAsEditorsDo(css, "/* second stylesheet */\n");
    client.nextRender();
    String page = client.page();
    assertTrue(page.contains("/* second stylesheet */"), "the template is read again");
    assertFalse(page.contains("/* first stylesheet */"));
  }

  @Test
  void aWriteToTheOutputFolderInsideTheTemplatesRendersNothing() throws Exception {
    Path plan = givenCopyOf("meet-fresh.yaml");
    Path templates = Files.createDirectories(dir.resolve("t"));
    watching(plan, templates.resolve("build"), List.of(Format.HTML), templates);
    awaitOutcomes(1);
    Thread.sleep(3 * Watch.DEBOUNCE.toMillis() + 500);
    assertEquals(1, outcomes.size(), "writing the outputs caused no render: " + outcomes);
  }

  @Test
  void onlyRequestsAddressedToTheLoopbackNameAreAnswered() throws Exception {
    Watch watch = watching(givenCopyOf("meet-fresh.yaml"), dir.resolve("build"), List.of(Format.HTML), null);
    URI url = watch.url();
    assertEquals("127.0.0.1", url.getHost());
    assertTrue(rawGet(url, "127.0.0.1:" + url.getPort()).startsWith("HTTP/1.1 200"));
    assertTrue(rawGet(url, "localhost:" + url.getPort()).startsWith("HTTP/1.1 200"));
    // A page of evil.example whose name was rebound to 127.0.0.1 sends its own name.
    assertTrue(rawGet(url, "evil.example:" + url.getPort()).startsWith("HTTP/1.1 403"));
  }

  @Test
  void aMissingPlanIsShownOnThePageAndItsArrivalRenders() throws Exception {
    Path plan = givenCopyOf("meet-fresh.yaml");
    String text = read(plan);
    Files.delete(plan);
    Watch watch = watching(plan, dir.resolve("build"), List.of(Format.HTML), null);
    Outcome missing = awaitOutcomes(1);
    assertNotNull(missing.failure());
    LiveClient client = client(watch.url());
    assertTrue(client.page().contains(plan + ": no such file"), "the page says the plan is missing");
    client.openEvents();

    saveAsEditorsDo(plan, text);
    client.nextRender();
    assertTrue(client.page().contains("<title>" + TITLE + "</title>"));
  }

  /**
   * Save-to-page time, warm: from the start of a save to the new page served (its event received,
   * the page fetched), for the Chinese example. The PDF and Markdown are made after the page is
   * served, so only the HTML is written here (the browser test writes the PDF too). Printed, not
   * asserted: a loaded machine must not fail the build (the goal is 300 ms).
   */
  @Test
  void saveToPageTimeIsMeasured() throws Exception {
    Path plan = givenCopyOf("meet-fresh.yaml");
    Watch watch = watching(plan, dir.resolve("build"), List.of(Format.HTML), null);
    awaitOutcomes(1);
    LiveClient client = client(watch.url());
    client.openEvents();
    String text = read(plan);
    List<Long> millis = new ArrayList<>();
    List<Long> served = new ArrayList<>();
    List<Long> cpu = new ArrayList<>();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    int warmUps = 40; // the JIT is still compiling the render through the first few dozen
    int measured = 15;
    for (int i = 0; i < warmUps + measured; i++) {
      String title = "鲜芋仙 第 " + i + " 稿";
      int before = outcomes.size();
      long start = System.nanoTime();
      long cpuStart = os.getProcessCpuTime();
      saveAsEditorsDo(plan, text.replace(TITLE, title));
      client.nextRender();
      String page = client.page();
      long took = (System.nanoTime() - start) / 1_000_000;
      long cpuTook = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
      assertTrue(page.contains("<title>" + title + "</title>"), "save " + i + " served");
      Outcome outcome = awaitOutcomes(before + 1); // the file written too, before the next save
      if (i >= warmUps) {
        millis.add(took);
        served.add(outcome.toPage().toMillis());
        cpu.add(cpuTook);
      }
    }
    Collections.sort(millis);
    Collections.sort(served);
    Collections.sort(cpu);
    // The CPU time is what a busy machine cannot stretch: the time of a quiet one is about the quiet
    // time (debounce) plus it, the work being one thread's.
    System.out.printf(Locale.ROOT, "watch: save-to-page, meet-fresh.yaml, warm (%d saves after %d): "
        + "median %d ms, min %d ms, max %d ms (debounce %d ms included; goal 300 ms); of which the server's "
        + "first event to page served: median %d ms; CPU time of the whole JVM (all threads) per save: "
        + "median %d ms; load average %.1f on %d cores%n",
        measured, warmUps, millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1),
        Watch.DEBOUNCE.toMillis(), served.get(served.size() / 2), cpu.get(cpu.size() / 2),
        os.getSystemLoadAverage(), os.getAvailableProcessors());
  }

  // --- given / helpers

  private Path givenCopyOf(String example) throws IOException {
    return givenCopyOfExamples(dir).resolve(example);
  }

  /** A copy of plans/, so that the examples find their customers files and pictures. */
  static Path givenCopyOfExamples(Path dir) throws IOException {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("plans"))) {
      for (Path f : files) {
        if (Files.isRegularFile(f)) {
          Files.copy(f, plans.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return plans;
  }

  private Watch watching(Path plan, Path out, List<Format> formats, Path templates) throws IOException {
    RenderOptions render = new RenderOptions(templates, false, RenderOptions.PdfProfile.STANDARD,
        RenderOptions.HtmlFonts.SYSTEM);
    Watch watch = Watch.start(new Watch.Options(plan, out, formats, render, false, 0), outcomes::add);
    opened.add(watch);
    return watch;
  }

  private LiveClient client(URI url) {
    LiveClient client = new LiveClient(url);
    opened.add(client);
    return client;
  }

  /** The {@code n}th outcome, once it has come. */
  private Outcome awaitOutcomes(int n) throws InterruptedException {
    long deadline = System.nanoTime() + LiveClient.TIMEOUT.toNanos();
    while (outcomes.size() < n) {
      if (System.nanoTime() > deadline) {
        fail("only " + outcomes.size() + " renders, expected " + n + ": " + outcomes);
      }
      Thread.sleep(10);
    }
    return outcomes.get(n - 1);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file);
  }

  /** A new file beside the old one, renamed over it: how most editors save. */
  static void saveAsEditorsDo(Path file, String text) throws IOException {
    Path temp = file.resolveSibling("." + file.getFileName() + ".swp");
    Files.writeString(temp, text);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** A GET sent by hand: the JDK's client does not let a test choose the Host header. */
  private static String rawGet(URI url, String host) throws IOException {
    try (Socket socket = new Socket(url.getHost(), url.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
