package dev.planforge.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real HTTP client of a watch's page: GET the page, and an open Server-Sent Events stream whose
 * {@code render} events (their generation numbers) are queued as they arrive.
 */
final class LiveClient implements AutoCloseable {

  static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final URI url;
  private final BlockingQueue<Long> renders = new LinkedBlockingQueue<>();
  private CompletableFuture<HttpResponse<Stream<String>>> stream;

  LiveClient(URI url) {
    this.url = url;
  }

  /** The page served at / now. */
  String page() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), "GET " + url);
    return response.body();
  }

  /** Opens the event stream; its first event is the newest generation, which it returns. */
  long openEvents() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(url.resolve(LivePage.EVENTS_PATH))
        .header("Accept", "text/event-stream").build();
    stream = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
    HttpResponse<Stream<String>> response = stream.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    assertEquals(200, response.statusCode());
    assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
    Thread reader = new Thread(() -> {
      String event = null;
      try {
        for (String line : (Iterable<String>) response.body()::iterator) {
          if (line.startsWith("event: ")) {
            event = line.substring(7);
          } else if (line.startsWith("data: ") && "render".equals(event)) {
            renders.add(Long.parseLong(line.substring(6)));
          } else if (line.isEmpty()) {
            event = null;
          }
        }
      } catch (UncheckedIOException e) {
        // closed by the test, or by the server stopping: a missing event fails nextRender()
      }
    }, "test-event-stream");
    reader.setDaemon(true);
    reader.start();
    return nextRender();
  }

  /** The generation of the next render event. */
  long nextRender() throws InterruptedException {
    Long g = renders.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (g == null) {
      fail("no render event within " + TIMEOUT);
    }
    return g;
  }

  /** Render events that arrived and were not taken yet. */
  int pendingRenders() {
    return renders.size();
  }

  @Override
  public void close() {
    if (stream != null) {
      stream.cancel(true);
      stream.thenAccept(r -> r.body().close());
    }
  }
}
