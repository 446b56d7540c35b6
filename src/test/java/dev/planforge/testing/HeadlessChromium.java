package dev.planforge.testing;

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
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium for the browser tests, driven over the DevTools protocol on the
 * loopback interface: started with a fresh profile, one page, and a minimal protocol client
 * (numbered calls, their answers, recorded events).
 *
 * <p>When Chromium is not installed the calling test is skipped with a message; in CI ({@code CI}
 * set) that is a failure instead, since {@code .ci/run} installs it.
 */
public final class HeadlessChromium implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Cdp cdp;

  private HeadlessChromium(Process process, Cdp cdp) {
    this.process = process;
    this.cdp = cdp;
  }

  /**
   * Starts Chromium with its profile and log in {@code dir}.
   *
   * @param environment variables for the browser's process (FONTCONFIG_FILE, say)
   * @param domains the DevTools domains to enable (Network, Page, Runtime …)
   */
  public static HeadlessChromium start(Path dir, Map<String, String> environment, List<String> domains)
      throws Exception {
    Path binary = find();
    if (binary == null) {
      if (System.getenv("CI") != null) {
        fail("Chromium is not installed, and CI must run the browser tests (.ci/run installs the chromium package)");
      }
      Assumptions.abort("Chromium is not installed (apt-get install chromium); browser test skipped outside CI");
    }
    Path profile = Files.createDirectories(dir.resolve("profile"));
    Path log = dir.resolve("chromium.log");
    ProcessBuilder start = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
        "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    start.environment().putAll(environment);
    Process process = start.start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        fail("Chromium did not start: " + Files.readString(log));
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
    HeadlessChromium chromium = new HeadlessChromium(process, new Cdp(http, URI.create(page)));
    for (String domain : domains) {
      chromium.call(domain + ".enable", JSON.createObjectNode());
    }
    return chromium;
  }

  private static Path find() {
    String configured = System.getenv("CHROMIUM");
    for (String candidate : new String[] {configured, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
      if (candidate != null && Files.isExecutable(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    return null;
  }

  public static ObjectNode params() {
    return JSON.createObjectNode();
  }

  /** A DevTools call; its result, or a test failure naming the protocol's error. */
  public JsonNode call(String method, ObjectNode params) throws Exception {
    return cdp.call(method, params);
  }

  /** Opens a URL in the page, after forgetting earlier events, and waits until it has loaded. */
  public void open(String url) throws Exception {
    cdp.events.clear();
    cdp.call("Page.navigate", params().put("url", url));
    cdp.await("Page.loadEventFired");
  }

  /** The value of a script in the page (a promise is awaited); a test failure if it throws. */
  public JsonNode eval(String expression) throws Exception {
    ObjectNode params = params().put("expression", expression).put("returnByValue", true).put("awaitPromise", true);
    JsonNode result = cdp.call("Runtime.evaluate", params);
    if (result.has("exceptionDetails")) {
      fail("script failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** The parameters of every recorded event of this name, since the last {@link #open}. */
  public List<JsonNode> events(String method) {
    return cdp.events(method);
  }

  /**
   * Fails unless every request since the last {@link #open} was for the file itself (or an
   * anchor in it, or a {@code data:} URI).
   */
  public void assertOnlyTheFileWasRequested(String url) {
    List<String> requested = new ArrayList<>();
    for (JsonNode e : events("Network.requestWillBeSent")) {
      requested.add(e.path("request").path("url").asText());
    }
    assertFalse(requested.isEmpty(), "the document itself is a request");
    for (String r : requested) {
      assertTrue(r.equals(url) || r.startsWith(url + "#") || r.startsWith("data:"), "request left the file: " + r);
    }
  }

  @Override
  public void close() {
    cdp.socket.abort();
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
