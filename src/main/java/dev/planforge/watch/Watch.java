package dev.planforge.watch;

import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.output.OutputFolder;
import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import dev.planforge.render.Document;
import dev.planforge.render.Format;
import dev.planforge.render.RenderOptions;
import dev.planforge.render.Renderer;
import dev.planforge.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One plan, watched: rendered at once and again after every save of a file it depends on, the
 * newest page served with live reload, the files written as {@code render} writes them. A plan
 * that does not pass leaves the files of the last good render as they were, and the page shows
 * its diagnostics instead.
 */
public final class Watch implements AutoCloseable {

  /** Quiet time after a save before rendering: editors write a file several times per save. */
  static final Duration DEBOUNCE = Duration.ofMillis(100);
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  /**
   * What to watch and how to render it; {@code render}'s options.
   *
   * @param plan the plan file
   * @param out the folder the files are written into
   * @param formats the formats written (the page is HTML whatever they are)
   * @param render how to render, {@code --templates} included (its files are watched too)
   * @param strict warnings stop a render, as with {@code render --strict}
   * @param port the port to serve on, 0 for a free one
   */
  public record Options(Path plan, Path out, List<Format> formats, RenderOptions render, boolean strict, int port) {
    public Options {
      formats = List.copyOf(new LinkedHashSet<>(formats));
      if (formats.isEmpty()) {
        throw new IllegalArgumentException("no format to write");
      }
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
      }
    }
  }

  /** Told of every render that was not superseded, on the render thread. */
  @FunctionalInterface
  public interface Listener {
    void rendered(Outcome outcome);
  }

  private final Options options;
  private final Listener listener;
  private final String planName;
  private final Path templates; // absolute, or null
  private final LiveServer server;
  private final FileWatcher watcher;
  private final OutputFolder folder;
  private final Thread renderThread;

  // The requests, guarded by this: each save adds one; a render handles all made before it started.
  private long requested;
  private long lastRequestNanos;
  private long firstUnhandledNanos;
  private boolean templatesChanged;
  private boolean stopping;
  private Throwable crash;

  private Renderers renderers; // only on the render thread
  private Set<Path> watched = Set.of(); // only on the render thread
  private boolean rendered; // only on the render thread: a good render's files are on disk

  private Watch(Options options, Listener listener) throws IOException {
    this.options = options;
    this.listener = listener;
    this.planName = options.plan().toString();
    this.templates = options.render().templatesDir() == null
        ? null : options.render().templatesDir().toAbsolutePath().normalize();
    this.renderers = new Renderers(options.render());
    this.server = new LiveServer(options.port(), LivePage.waiting(planName, 0));
    try {
      this.watcher = new FileWatcher(this::changed, options.out());
      this.folder = new OutputFolder(options.out());
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
    this.renderThread = new Thread(this::renderLoop, "planforge-watch-render");
  }

  /**
   * Starts serving, watching and the first render; returns at once (the page says "rendering"
   * until the first render lands).
   *
   * @throws IOException when the port cannot be bound or the files cannot be watched
   */
  public static Watch start(Options options, Listener listener) throws IOException {
    Watch watch = new Watch(options, listener);
    try {
      watch.removeStaleTemps();
      watch.watched = WatchedFiles.of(options.plan(), null);
      watch.watcher.watch(watch.watched, watch.templates);
      watch.watcher.start();
      synchronized (watch) {
        long now = System.nanoTime();
        watch.requested = 1; // the first render, without waiting for a quiet time
        watch.lastRequestNanos = now - DEBOUNCE.toNanos();
        watch.firstUnhandledNanos = now;
      }
      watch.renderThread.start();
      return watch;
    } catch (IOException | RuntimeException e) {
      watch.close();
      throw e;
    }
  }

  /** Where the page is served. */
  public URI url() {
    return server.url();
  }

  /**
   * Waits until {@link #stop} is called.
   *
   * @throws Error or RuntimeException what stopped the render thread, if it died
   */
  public synchronized void await() throws InterruptedException {
    while (!stopping) {
      wait();
    }
    if (crash instanceof Error e) {
      throw e;
    }
    if (crash instanceof RuntimeException e) {
      throw e;
    }
  }

  /** Ends the watch: {@link #await} returns. Safe from a signal handler: it only sets a flag. */
  public synchronized void stop() {
    stopping = true;
    notifyAll();
  }

  /** A file changed (on the watcher's thread): a render after the quiet time. */
  private synchronized void changed(Path file) {
    long now = System.nanoTime();
    requested++;
    lastRequestNanos = now;
    if (firstUnhandledNanos == 0) {
      firstUnhandledNanos = now;
    }
    if (templates != null && file.startsWith(templates)) {
      templatesChanged = true;
    }
    notifyAll();
  }

  private void renderLoop() {
    long handled = 0;
    try {
      while (true) {
        long target;
        long since;
        boolean newTemplates;
        synchronized (this) {
          while (!stopping && requested == handled) {
            wait();
          }
          long quietUntil = lastRequestNanos + DEBOUNCE.toNanos();
          for (long now = System.nanoTime(); !stopping && now - quietUntil < 0; now = System.nanoTime()) {
            wait(Math.max(1, (quietUntil - now) / 1_000_000));
            quietUntil = lastRequestNanos + DEBOUNCE.toNanos(); // a later save restarts the quiet time
          }
          if (stopping) {
            return;
          }
          target = requested;
          since = firstUnhandledNanos;
          newTemplates = templatesChanged;
          templatesChanged = false;
        }
        if (newTemplates) {
          renderers = new Renderers(options.render()); // the built-in loader caches templates for good
        }
        if (renderOnce(target, since)) {
          synchronized (this) {
            if (requested == target) {
              firstUnhandledNanos = 0;
            }
          }
        }
        handled = target;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | Error e) {
      synchronized (this) {
        crash = e;
      }
      stop();
    }
  }

  /** Whether a newer save (or the end of the watch) makes the render of {@code target} moot. */
  private synchronized boolean superseded(long target) {
    return stopping || requested != target;
  }

  /**
   * Checks and renders the plan as it is now; returns false when a newer save superseded it (and
   * nothing was served, written or reported).
   */
  private boolean renderOnce(long target, long since) {
    Checked checked;
    try {
      checked = Pipeline.check(options.plan(), planName);
    } catch (IOException | RuntimeException e) {
      return problem(target, since, null, e);
    }
    try {
      watch(checked);
    } catch (IOException e) {
      return problem(target, since, checked, e);
    }
    if (superseded(target)) {
      return false;
    }
    if (!checked.passes(options.strict())) {
      server.publish(g -> LivePage.problems(planName, checked.diagnostics(), null, rendered, g));
      listener.rendered(new Outcome(checked, null, List.of(), null, since(since)));
      return true;
    }
    Duration toPage;
    Map<String, byte[]> files = new LinkedHashMap<>();
    try {
      Document document = Pipeline.document(checked);
      byte[] html = render(Format.HTML, document);
      if (superseded(target)) {
        return false;
      }
      server.publish(g -> LivePage.document(html, g));
      toPage = since(since);
      for (Format format : options.formats()) {
        byte[] bytes = format == Format.HTML ? html : render(format, document);
        if (superseded(target)) {
          return false;
        }
        files.put(baseName(options.plan()) + "." + format.extension(), bytes);
      }
    } catch (IOException | RuntimeException e) {
      return problem(target, since, checked, e);
    }
    try {
      List<Path> written = folder.write(files);
      rendered = true;
      listener.rendered(new Outcome(checked, null, written, toPage, since(since)));
    } catch (IOException e) {
      // The document is good and its page stays; the terminal says which file could not be written.
      listener.rendered(new Outcome(checked, new IOException(e.getMessage() + " (no output of this plan was written)", e),
          List.of(), toPage, since(since)));
    }
    return true;
  }

  /** A plan that could not be read or rendered: its page says why, and the files stay as they were. */
  private boolean problem(long target, long since, Checked checked, Exception e) {
    if (superseded(target)) {
      return false;
    }
    String why = describe(e);
    List<Diagnostic> diagnostics = checked == null ? List.of() : checked.diagnostics();
    server.publish(g -> LivePage.problems(planName, diagnostics, why, rendered, g));
    listener.rendered(new Outcome(checked, e, List.of(), null, since(since)));
    return true;
  }

  /**
   * Watches the files this check read. While the plan does not pass, the files of earlier checks
   * stay watched too: a plan broken mid-edit may not name its customers file for a moment.
   */
  private void watch(Checked checked) throws IOException {
    Set<Path> files = new LinkedHashSet<>(WatchedFiles.of(options.plan(), checked));
    if (!checked.passes(options.strict())) {
      files.addAll(watched);
    }
    if (!files.equals(watched)) {
      watcher.watch(files, templates);
      watched = Set.copyOf(files);
    }
  }

  private byte[] render(Format format, Document document) throws IOException {
    Renderer renderer = renderers.forFormat(format);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      renderer.render(document, bytes);
    } catch (IOException e) {
      throw new IOException("cannot render " + format.cliName() + ": " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  private void removeStaleTemps() throws IOException {
    List<String> names = new ArrayList<>();
    for (Format f : Format.values()) {
      names.add(baseName(options.plan()) + "." + f.extension());
    }
    folder.removeStale(names);
  }

  /** A failure in a sentence for the page; the terminal has the command line's own wording. */
  private String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return planName + ": no such file (renamed or deleted?)";
    }
    if (e instanceof AccessDeniedException) {
      return planName + ": permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static Duration since(long nanos) {
    return Duration.ofNanos(System.nanoTime() - nanos);
  }

  /** {@code plans/meet-fresh.yaml} → {@code meet-fresh}, as {@code render} names its files. */
  static String baseName(Path plan) {
    String name = plan.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * Stops rendering, watching and serving. A render in progress is dropped before it writes, or
   * finishes writing its set if it had begun. Removes nothing.
   */
  @Override
  public void close() {
    stop();
    if (renderThread.isAlive()) {
      try {
        renderThread.join(STOP_WAIT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      if (watcher != null) {
        watcher.close();
      }
    } catch (IOException e) {
      // Closing a watch service releases the system's handle; there is nothing to do if it fails.
    }
    server.close();
    if (folder != null) {
      folder.close();
    }
  }
}
