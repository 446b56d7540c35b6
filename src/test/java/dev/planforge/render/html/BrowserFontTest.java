package dev.planforge.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.planforge.render.Document;
import dev.planforge.render.RenderOptions.HtmlFonts;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
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
 * The Chinese example in a headless Chromium that has no Chinese font: fontconfig is pointed at a
 * folder holding Roboto alone. With {@code --html-fonts embed} the page's text is drawn in the
 * embedded Noto Sans SC (the fonts Chromium reports for the nodes, chart labels included), both
 * faces load from the page, nothing is fetched and the policy refuses nothing; with the reader's
 * fonts the same text is drawn in Roboto and fallbacks, as boxes, which is what the option is for.
 *
 * <p>Skipped, with a message, when Chromium is not installed; in CI ({@code CI} set) a missing
 * browser is a failure, as in the other browser test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserFontTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  private Process chromium;
  private Cdp cdp;
  private Document chinese;

  @BeforeAll
  void givenChromiumWithoutChineseFonts() throws Exception {
    Path binary = findChromium();
    if (binary == null) {
      if (System.getenv("CI") != null) {
        fail("Chromium is not installed, and CI must run the browser tests (.ci/run installs the chromium package)");
      }
      Assumptions.abort("Chromium is not installed (apt-get install chromium); browser font test skipped outside CI");
    }
    Path fonts = Files.createDirectories(dir.resolve("fonts"));
    try (InputStream roboto = getClass().getResourceAsStream("/dev/planforge/fonts/ttf/Roboto/Roboto-Regular.ttf")) {
      Files.copy(roboto, fonts.resolve("Roboto-Regular.ttf"));
    }
    Path config = dir.resolve("fonts.conf");
    Files.writeString(config, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig><dir>"
        + fonts + "</dir><cachedir>" + dir.resolve("font-cache") + "</cachedir></fontconfig>\n", StandardCharsets.UTF_8);
    Path profile = Files.createDirectories(dir.resolve("profile"));
    ProcessBuilder start = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
        "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("chromium.log").toFile());
    start.environment().put("FONTCONFIG_FILE", config.toString()); // this Chromium sees Roboto and nothing else
    chromium = start.start();
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
    for (String domain : List.of("Network", "Page", "Runtime", "Log", "DOM", "CSS")) {
      cdp.call(domain + ".enable", JSON.createObjectNode());
    }
    chinese = EmbeddedFontsTest.document(Path.of("plans/meet-fresh.yaml"));
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
  void withEmbeddedFontsTheChineseTextIsDrawnInTheEmbeddedFamily() throws Exception {
    String url = open("embed.html", HtmlFonts.EMBED);
    JsonNode faces = eval("document.fonts.ready.then(() => [document.fonts.status,"
        + " [...document.fonts].map(f => f.family + ' ' + f.weight + ' ' + f.status)])");
    assertEquals("loaded", faces.get(0).asText(), faces.toString());
    assertEquals("[\"Noto Sans SC 400 loaded\",\"Noto Sans SC 700 loaded\"]", faces.get(1).toString());
    for (String selector : List.of("h1", "main h2", "main p", "main td", "nav.toc a", "svg.chart text")) {
      List<String> used = platformFonts(selector).stream().distinct().toList(); // a face per weight used
      assertEquals(List.of("Noto Sans SC (embedded)"), used, selector + " is drawn in the embedded font alone");
    }
    JsonNode heading = eval("document.querySelector('h1').textContent");
    assertTrue(heading.asText().contains("客户关系管理"), heading.asText());
    assertTrue(cdp.events("Log.entryAdded").stream().noneMatch(e -> e.path("entry").path("text").asText()
        .contains("Content Security Policy")), "the policy refused nothing: " + cdp.events("Log.entryAdded"));
    assertOnlyTheFileWasRequested(url);
  }

  @Test
  void withTheReadersFontsThisBrowserHasNoChineseFont() throws Exception {
    open("system.html", HtmlFonts.SYSTEM);
    eval("document.fonts.ready.then(() => document.fonts.size)");
    List<String> used = platformFonts("h1");
    assertFalse(used.isEmpty());
    assertTrue(used.stream().noneMatch(f -> f.contains("Noto Sans SC")), "no Chinese font here: " + used);
  }

  /** The fonts Chromium drew a node's text with, as "family" or "family (embedded)". */
  private List<String> platformFonts(String selector) throws Exception {
    int root = cdp.call("DOM.getDocument", JSON.createObjectNode()).path("root").path("nodeId").asInt();
    ObjectNode query = JSON.createObjectNode().put("nodeId", root).put("selector", selector);
    int node = cdp.call("DOM.querySelector", query).path("nodeId").asInt();
    assertTrue(node != 0, "an element " + selector);
    JsonNode fonts = cdp.call("CSS.getPlatformFontsForNode", JSON.createObjectNode().put("nodeId", node)).path("fonts");
    List<String> names = new ArrayList<>();
    for (JsonNode f : fonts) {
      names.add(f.path("familyName").asText() + (f.path("isCustomFont").asBoolean() ? " (embedded)" : ""));
    }
    return names;
  }

  private String open(String name, HtmlFonts fonts) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, EmbeddedFontsTest.render(chinese, fonts), StandardCharsets.UTF_8);
    String url = file.toUri().toString();
    cdp.clearEvents();
    cdp.call("Page.navigate", JSON.createObjectNode().put("url", url));
    cdp.await("Page.loadEventFired");
    return url;
  }

  private void assertOnlyTheFileWasRequested(String url) {
    List<String> requested = new ArrayList<>();
    for (JsonNode e : cdp.events("Network.requestWillBeSent")) {
      requested.add(e.path("request").path("url").asText());
    }
    assertFalse(requested.isEmpty(), "the document itself is a request");
    for (String r : requested) {
      assertTrue(r.equals(url) || r.startsWith("data:"), "request left the file: " + r);
    }
  }

  private JsonNode eval(String expression) throws Exception {
    ObjectNode params = JSON.createObjectNode().put("expression", expression).put("returnByValue", true)
        .put("awaitPromise", true);
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
