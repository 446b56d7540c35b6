package dev.planforge.cli;

import dev.planforge.pipeline.Checked;
import dev.planforge.render.Renderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs one task per plan, on up to {@code jobs} threads. Each plan is independent: it is checked
 * and rendered with a set of renderers no other plan uses meanwhile (the Markdown parser and the
 * model cache of a set are per thread; the templates and the parsed PDF fonts are shared), and
 * what it prints is held until it is done, then printed in one piece from the calling thread, so
 * no two plans' messages interleave. The outputs do not depend on the number of threads.
 */
final class Batch {

  /** The work for one plan; it prints only on {@link Run#err} and records what became of the plan. */
  @FunctionalInterface
  interface Task {
    /** @return the plan's exit code */
    int run(Run run) throws IOException;
  }

  /** One plan's run: filled in by its task on one thread, read once it is done. */
  static final class Run {
    final int index;
    final Path plan;
    /** The renderers this plan uses, lent to it alone while it runs. */
    List<Renderer> renderers;
    /**
     * Whether the plan may spread its formats over threads of its own ({@link Outputs}): it is
     * the only plan, or the last to start on a pool, when a thread that finishes meanwhile finds
     * no plan left to take.
     */
    boolean spread;
    private final StringWriter text = new StringWriter();
    /** Where the task prints: held, and printed when the plan is done. */
    final PrintWriter err = new PrintWriter(text);
    Checked checked; // null until the plan is read
    IndexPage.Status status = IndexPage.Status.FAILED; // until the task says otherwise
    boolean stale; // --check: an output differs from the file on disk
    List<IndexPage.Link> links = List.of();
    int code;
    long nanos;

    Run(int index, Path plan) {
      this.index = index;
      this.plan = plan;
    }

    /** What the task printed. */
    String messages() {
      err.flush();
      return text.toString();
    }

    IndexPage.Entry entry() {
      return IndexPage.entry(plan, status, checked, links);
    }
  }

  private final int jobs;
  private final boolean verbose;
  /** Sets of renderers not in use; a thread that finds none makes one. */
  private final ConcurrentLinkedQueue<List<Renderer>> idle = new ConcurrentLinkedQueue<>();
  private final Supplier<List<Renderer>> newRenderers;

  /**
   * @param first a set of renderers made by the caller (it is used first; one plan needs no other)
   * @param newRenderers makes another set, for a thread that finds none idle
   */
  Batch(int jobs, boolean verbose, List<Renderer> first, Supplier<List<Renderer>> newRenderers) {
    this.jobs = jobs;
    this.verbose = verbose;
    this.newRenderers = newRenderers;
    idle.add(first);
  }

  /** Called on the calling thread as each plan finishes, in the order they finish. */
  @FunctionalInterface
  interface Listener {
    void done(Run run, int finished);
  }

  /**
   * Runs {@code task} for every plan: on the calling thread when there is one plan or one job,
   * else on a pool of {@code min(jobs, plans)} threads. A plan that fails never stops the others.
   *
   * @return the runs, in the order of {@code plans}
   */
  List<Run> run(List<Path> plans, Task task, Listener listener) throws IOException {
    Run[] runs = new Run[plans.size()];
    int threads = Math.min(jobs, plans.size());
    if (threads <= 1) {
      for (int i = 0; i < plans.size(); i++) {
        runs[i] = runOne(i, plans.get(i), task, plans.size() == 1);
        listener.done(runs[i], i + 1);
      }
      return List.of(runs);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    AtomicInteger started = new AtomicInteger();
    try {
      CompletionService<Run> finished = new ExecutorCompletionService<>(pool);
      for (int i = 0; i < plans.size(); i++) {
        int index = i;
        finished.submit(() -> runOne(index, plans.get(index), task, started.incrementAndGet() == plans.size()));
      }
      for (int done = 1; done <= plans.size(); done++) {
        Run run = finished.take().get();
        runs[run.index] = run;
        listener.done(run, done);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      // runOne reports every failure of a plan itself; this is a bug in the runner.
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return List.of(runs);
  }

  private Run runOne(int index, Path plan, Task task, boolean spread) {
    Run run = new Run(index, plan);
    run.spread = spread;
    long start = System.nanoTime();
    try {
      List<Renderer> lent = idle.poll();
      run.renderers = lent != null ? lent : newRenderers.get();
      run.code = task.run(run);
    } catch (IOException | RuntimeException | Error e) {
      run.status = IndexPage.Status.FAILED;
      run.links = List.of();
      run.code = Main.report(run.err, verbose, plan, e);
    } finally {
      run.nanos = System.nanoTime() - start;
      if (run.renderers != null) {
        idle.add(run.renderers);
      }
    }
    return run;
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "planforge-render-" + n.incrementAndGet());
      t.setDaemon(true); // Ctrl-C or an error on the calling thread never waits for a render
      return t;
    };
  }

  /**
   * The progress of a run of many plans on standard error: a line per finished plan, {@code [12/40]
   * plans/x.yaml ✓ 0.3 s} (✗ and the count of errors for a plan that did not pass), followed by its
   * messages. On a terminal the mark is coloured and a last line, rewritten in place, says how many
   * plans are done; in a log there are no colours and no cursor codes.
   */
  static final class Progress implements Listener {

    private static final String CLEAR_LINE = "\r\033[K";
    private static final String GREEN = "\033[32m";
    private static final String RED = "\033[31m";
    private static final String RESET = "\033[0m";

    private final PrintWriter err;
    private final boolean tty;
    private final boolean check;
    private final int total;

    Progress(PrintWriter err, boolean tty, boolean check, int total) {
      this.err = err;
      this.tty = tty;
      this.check = check;
      this.total = total;
    }

    @Override
    public void done(Run run, int finished) {
      if (tty) {
        err.print(CLEAR_LINE);
      }
      err.println(line(run, finished));
      err.print(run.messages());
      if (tty && finished < total) {
        err.print("rendering: " + finished + " of " + total + " done");
      }
      err.flush();
    }

    /** {@code [3/40] plans/x.yaml ✓ 0.3 s}, {@code … ✗ 2 errors 0.1 s}, {@code … ✗ failed 0.4 s}. */
    String line(Run run, int finished) {
      String width = String.valueOf(total);
      String counter = "[" + " ".repeat(width.length() - String.valueOf(finished).length()) + finished + "/" + total + "]";
      String name = Loader.isStdin(run.plan) ? Loader.STDIN_NAME : run.plan.toString();
      boolean good = run.status == IndexPage.Status.RENDERED && !run.stale;
      String mark = good ? "✓" : "✗";
      if (tty) {
        mark = (good ? GREEN : RED) + mark + RESET;
      }
      StringBuilder line = new StringBuilder(counter).append(' ').append(name).append(' ').append(mark);
      if (!good) {
        line.append(' ').append(why(run));
      }
      line.append(' ').append(seconds(run.nanos));
      long warnings = run.checked == null ? 0 : run.checked.warnings();
      if (good && warnings > 0) {
        line.append(", ").append(count(warnings, "warning"));
      }
      return line.toString();
    }

    private String why(Run run) {
      if (run.status == IndexPage.Status.INVALID) {
        long errors = run.checked.errors();
        return errors > 0 ? count(errors, "error") : count(run.checked.warnings(), "warning") + " (--strict)";
      }
      if (run.status == IndexPage.Status.RENDERED) {
        return "out of date"; // --check
      }
      return "failed";
    }

    /**
     * The last line: {@code 38 rendered, 2 failed (12.3 s)}; with --check, {@code 39 up to date, 1
     * out of date (…)}.
     */
    String summary(List<Run> runs, long nanos) {
      long rendered = runs.stream().filter(r -> r.status == IndexPage.Status.RENDERED).count();
      long stale = runs.stream().filter(r -> r.stale).count();
      long failed = runs.size() - rendered;
      List<String> parts = new ArrayList<>();
      if (check) {
        parts.add((rendered - stale) + " up to date");
        if (stale > 0) {
          parts.add(stale + " out of date");
        }
      } else {
        parts.add(rendered + " rendered");
      }
      if (failed > 0) {
        parts.add(failed + " failed");
      }
      return String.join(", ", parts) + " (" + seconds(nanos) + ")";
    }

    private static String seconds(long nanos) {
      return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static String count(long n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }
  }
}
