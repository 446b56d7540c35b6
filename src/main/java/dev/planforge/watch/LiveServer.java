package dev.planforge.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

/**
 * Serves the newest page on {@code http://127.0.0.1:PORT/} and tells open pages when a newer one
 * lands (Server-Sent Events). Bound to the loopback interface only, and answering only requests
 * addressed to it by that name ({@code Host: 127.0.0.1:PORT} or {@code localhost:PORT}), so
 * neither another machine nor a web page that rebinds its own name to 127.0.0.1 can read the plan.
 */
final class LiveServer implements AutoCloseable {

  /** How often an idle event stream is written to, so a closed tab is noticed and its thread freed. */
  private static final long KEEP_ALIVE_MILLIS = 15_000;

  private final HttpServer server;
  private final ExecutorService threads;
  private final int port;
  private byte[] page; // guarded by this
  private long generation; // guarded by this
  private boolean closed; // guarded by this

  /**
   * Starts serving on {@code port} (0: a free one), showing {@code first} until a page is published.
   *
   * @throws IOException when the port cannot be bound (taken, say)
   */
  LiveServer(int port, byte[] first) throws IOException {
    this.page = first;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    this.port = server.getAddress().getPort();
    // An event stream holds its thread for as long as the page is open: a pool that grows.
    threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "planforge-watch-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /**
   * Makes a new page the one served, and tells every open page to reload.
   *
   * @param pageOf the page, given its generation (its reload script compares it with the newest)
   */
  synchronized void publish(LongFunction<byte[]> pageOf) {
    page = pageOf.apply(generation + 1);
    generation++;
    notifyAll();
  }

  synchronized long generation() {
    return generation;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!isAddressedToUs(exchange.getRequestHeaders().getFirst("Host"))) {
        send(exchange, 403, "text/plain", "planforge watch answers only http://127.0.0.1:" + port + "/\n");
        return;
      }
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain", "only GET and HEAD\n");
        return;
      }
      switch (exchange.getRequestURI().getPath()) {
        case "/", "/index.html" -> {
          byte[] current;
          synchronized (this) {
            current = page;
          }
          send(exchange, 200, "text/html", current);
        }
        case LivePage.SCRIPT_PATH -> send(exchange, 200, "text/javascript", LivePage.SCRIPT);
        case LivePage.EVENTS_PATH -> events(exchange);
        default -> send(exchange, 404, "text/plain", "not found; the plan is at /\n");
      }
    }
  }

  /** A browser's Host header names this server: another name means a page trying to read it. */
  private boolean isAddressedToUs(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("127.0.0.1:" + port) || h.equals("localhost:" + port) || h.equals("[::1]:" + port);
  }

  /**
   * The event stream of one open page: the newest generation at once, then each new one as it is
   * published, until the page goes away or the server stops.
   */
  private void events(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(200, -1);
      return;
    }
    exchange.sendResponseHeaders(200, 0);
    OutputStream body = exchange.getResponseBody();
    long sent = -1;
    try {
      while (true) {
        long now;
        synchronized (this) {
          long deadline = System.currentTimeMillis() + KEEP_ALIVE_MILLIS;
          while (!closed && generation == sent && System.currentTimeMillis() < deadline) {
            wait(Math.max(1, deadline - System.currentTimeMillis()));
          }
          if (closed) {
            return;
          }
          now = generation;
        }
        String message = now == sent ? ": still here\n\n" : "event: render\ndata: " + now + "\n\n";
        body.write(message.getBytes(StandardCharsets.UTF_8));
        body.flush();
        sent = now;
      }
    } catch (IOException e) {
      // The page was closed or reloaded: its stream ends here, which is all there is to do.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
    send(exchange, status, type, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      exchange.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll(); // ends every event stream
    }
    server.stop(0);
    threads.shutdown();
    try {
      threads.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
