package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML in a real browser: Debian's headless Chromium, driven over the DevTools protocol on
 * the loopback interface. Opens the Chinese example and a hostile plan, follows every contents
 * link, records every network request and checks that plan text ran no script.
 *
 * <p>Skipped, with a message, when Chromium is not installed; in CI ({@code CI} set) a missing
 * browser is a failure, since {@code .ci/run} installs it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  private Process chromium;
  private Cdp cdp;

  @BeforeAll
  void givenHeadlessChromium() throws Exception {
    Path binary = findChromium();
    if (binary == null) {
      if (System.getenv("CI") != null) {
        fail("Chromium is not installed, and CI must run the browser test (.ci/run installs the chromium package)");
      }
      Assumptions.abort("Chromium is not installed (apt-get install chromium); browser test skipped outside CI");
    }
    Path profile = Files.createDirectories(dir.resolve("profile"));
    chromium = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
        "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("chromium.log").toFile())
        .start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
      if (System.nanoTime() > deadline || !chromium.isAlive()) {
        fail("Chromium did not start: " + Files.readString(dir.resolve("chromium.log")));
      }
      Thread.sleep(50);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
    HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    JsonNode targets = JSON.readTree(http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).timeout(TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString()).body());
    String page = null;
    for (JsonNode t : targets) {
      if (t.path("type").asText().equals("page")) {
        page = t.path("webSocketDebuggerUrl").asText();
      }
    }
    cdp = new Cdp(http, URI.create(page));
    cdp.call("Network.enable", JSON.createObjectNode());
    cdp.call("Page.enable", JSON.createObjectNode());
    cdp.call("Runtime.enable", JSON.createObjectNode());
  }

  @AfterAll
  void stopChromium() {
    if (cdp != null) {
      cdp.close();
    }
    if (chromium != null) {
      chromium.descendants().forEach(ProcessHandle::destroy);
      chromium.destroy();
      try {
        if (!chromium.waitFor(10, TimeUnit.SECONDS)) {
          chromium.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void contentsLinksLeadToTheirSectionsAndNothingIsFetched() throws Exception {
    Path html = write("meet-fresh.html", Plans.document(Plans.EXAMPLES.resolve("meet-fresh.yaml")));
    String url = html.toUri().toString();
    open(url);

    JsonNode links = eval("[...document.querySelectorAll('nav.toc a')].map(a => a.getAttribute('href'))");
    assertTrue(links.size() > 40, "contents links: " + links.size());
    for (JsonNode link : links) {
      String href = link.asText();
      assertTrue(href.startsWith("#"), href);
      String id = href.substring(1);
      JsonNode result = eval("(() => { const a = document.querySelector('nav.toc a[href=\"" + href + "\"]'); a.click();"
          + " const t = document.getElementById('" + id + "');"
          + " return [location.hash, t !== null, t !== null && t.matches(':target'), t ? t.tagName : ''] })()");
      assertEquals(href, result.get(0).asText(), "following " + href);
      assertTrue(result.get(1).asBoolean(), "a section with id " + id);
      assertTrue(result.get(2).asBoolean(), id + " is the target after the click");
      boolean figure = eval("document.querySelector('nav.toc ol.figures a[href=\"" + href + "\"]') !== null").asBoolean();
      assertTrue(result.get(3).asText().matches(figure ? "DIV" : "H[23]"),
          id + " is " + (figure ? "a figure" : "a heading") + ": " + result.get(3));
    }
    assertEquals(0, eval("document.scripts.length").asInt(), "no script in the document");
    assertTrue(eval("document.querySelectorAll('svg.chart').length").asInt() >= 5, "the charts are inline SVG");
    assertOnlyTheFileWasRequested(url);
  }

  @Test
  void planTextRunsNoScript() throws Exception {
    Path html = write("hostile.html", Plans.document(Plans.TEST_PLANS.resolve("hostile.yaml")));
    String url = html.toUri().toString();
    open(url);
    assertEquals("undefined", eval("typeof window.pwned").asText(), "a script from plan text ran");
    assertEquals(0, eval("document.scripts.length").asInt());
    assertEquals(0, eval("document.querySelectorAll('img, iframe, object, embed').length").asInt());
    assertEquals(0, eval("[...document.querySelectorAll('a[href]')].filter(a => !/^(https?:|mailto:|tel:|#)/i"
        + ".test(a.getAttribute('href'))).length").asInt(), "only safe links");
    assertTrue(eval("document.title").asText().startsWith("<script>"), "the title is shown as text");
    assertTrue(cdp.events("Page.javascriptDialogOpening").isEmpty(), "no alert");
    assertOnlyTheFileWasRequested(url);
  }

  private void assertOnlyTheFileWasRequested(String url) {
    List<String> requested = new ArrayList<>();
    for (JsonNode e : cdp.events("Network.requestWillBeSent")) {
      requested.add(e.path("request").path("url").asText());
    }
    assertFalse(requested.isEmpty(), "the document itself is a request");
    for (String r : requested) {
      assertTrue(r.equals(url) || r.startsWith(url + "#") || r.startsWith("data:"), "request left the file: " + r);
    }
  }

  private Path write(String name, Document doc) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, Plans.render(new HtmlRenderer(new Composer(null)), doc));
    return file;
  }

  private void open(String url) throws Exception {
    cdp.clearEvents();
    ObjectNode params = JSON.createObjectNode().put("url", url);
    cdp.call("Page.navigate", params);
    cdp.await("Page.loadEventFired");
  }

  private JsonNode eval(String expression) throws Exception {
    ObjectNode params = JSON.createObjectNode().put("expression", expression).put("returnByValue", true);
    JsonNode result = cdp.call("Runtime.evaluate", params);
    if (result.has("exceptionDetails")) {
      fail("script failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  private static Path findChromium() {
    String configured = System.getenv("CHROMIUM");
    for (String candidate : new String[] {configured, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
      if (candidate != null && Files.isExecutable(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    return null;
  }

  /** A minimal DevTools-protocol client: numbered calls, their answers, and recorded events. */
  private static final class Cdp implements WebSocket.Listener {
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;

    Cdp(HttpClient http, URI uri) throws Exception {
      socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(uri, this)
          .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    JsonNode call(String method, ObjectNode params) throws Exception {
      int id = ids.incrementAndGet();
      CompletableFuture<JsonNode> answer = new CompletableFuture<>();
      pending.put(id, answer);
      ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
      message.set("params", params);
      socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (reply.has("error")) {
        fail(method + ": " + reply.get("error"));
      }
      return reply.path("result");
    }

    void await(String event) throws InterruptedException {
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (events(event).isEmpty()) {
        if (System.nanoTime() > deadline) {
          fail("no " + event + " within " + TIMEOUT);
        }
        Thread.sleep(20);
      }
    }

    List<JsonNode> events(String method) {
      return events.stream().filter(e -> e.path("method").asText().equals(method)).map(e -> e.path("params")).toList();
    }

    void clearEvents() {
      events.clear();
    }

    void close() {
      socket.abort();
    }

    @Override
    public CompletableFuture<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode message = JSON.readTree(partial.toString());
          if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
            if (answer != null) {
              answer.complete(message);
            }
          } else {
            events.add(message);
          }
        } catch (IOException e) {
          pending.values().forEach(f -> f.completeExceptionally(e));
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
