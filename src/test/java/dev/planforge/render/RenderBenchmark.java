package dev.planforge.render;

import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Render timings, a benchmark and not a test (surefire does not run it). See docs/rendering.md:
 *
 * <pre>mvn -q -B -o -DbuildDir=target-bench test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=dev.planforge.render.RenderBenchmark [-Dexec.args=OUTDIR]</pre>
 *
 * <p>Reports, in one JVM: the first render of the Chinese example to HTML, Markdown and PDF (cold:
 * class loading, font parsing, FreeMarker set-up included); the median of the next ten renders of
 * each format; then, after more warm-up (on two cores the JIT compiles for a few dozen renders), the
 * median of thirty renders of all three formats one after the other, as {@code planforge render}
 * does; and the ten-render medians for a generated plan with 20,000 customers. With OUTDIR, also
 * writes the example outputs.
 *
 * <p>Every render gets its own copy of the document, so no render reuses another's work; the three
 * formats of a JIT-warm round share one copy, and so the document's view, as they do in a run.
 */
public final class RenderBenchmark {

  private static final int WARM_RUNS = 10;
  private static final int JIT_WARMUPS = 20;
  private static final int JIT_RUNS = 30;

  public static void main(String[] args) throws Exception {
    Path out = args.length > 0 ? Path.of(args[0]) : null;
    long start = System.nanoTime();
    Renderers renderers = new Renderers(RenderOptions.DEFAULTS);
    Document zh = document(Path.of("plans/meet-fresh.yaml"));
    System.out.printf(Locale.ROOT, "load + check + enrich (cold)   %7.0f ms%n", ms(start));
    List<Format> formats = List.of(Format.HTML, Format.MD, Format.PDF);
    for (Format f : formats) {
      long t = System.nanoTime();
      byte[] bytes = render(renderers, f, zh);
      System.out.printf(Locale.ROOT, "meet-fresh %-4s first render    %7.0f ms  (%,d bytes)%n", f.cliName(), ms(t), bytes.length);
      if (out != null) {
        Files.createDirectories(out);
        Files.write(out.resolve("meet-fresh." + f.extension()), bytes);
      }
    }
    System.out.printf(Locale.ROOT, "cold total, all formats          %7.0f ms (JVM start not included)%n", ms(start));
    warm(renderers, formats, zh, "meet-fresh");
    jitWarm(renderers, formats, zh, "meet-fresh");
    if (out != null) {
      Document en = document(Path.of("plans/annual-crm-2026.yaml"));
      for (Format f : formats) {
        Files.write(out.resolve("annual-crm-2026." + f.extension()), render(renderers, f, en));
      }
    }
    Path big = bigPlan();
    long t = System.nanoTime();
    Document large = document(big.resolve("plan.yaml"));
    System.out.printf(Locale.ROOT, "20,000 customers: load + check + enrich %7.0f ms%n", ms(t));
    warm(renderers, formats, large, "20k-customers");
  }

  private static void warm(Renderers renderers, List<Format> formats, Document doc, String name) throws IOException {
    double all = 0;
    for (Format f : formats) {
      double[] runs = new double[WARM_RUNS];
      for (int i = 0; i < WARM_RUNS; i++) {
        Document copy = copy(doc);
        long t = System.nanoTime();
        render(renderers, f, copy);
        runs[i] = ms(t);
      }
      all += median(runs);
      System.out.printf(Locale.ROOT, "%s %-4s warm median of %d   %7.1f ms%n", name, f.cliName(), WARM_RUNS,
          median(runs));
    }
    System.out.printf(Locale.ROOT, "%s all formats, warm             %7.1f ms (sum of the medians)%n", name, all);
  }

  /** All formats of one document per iteration, as the CLI renders them, once the JIT has settled. */
  private static void jitWarm(Renderers renderers, List<Format> formats, Document doc, String name) throws IOException {
    for (int i = 0; i < JIT_WARMUPS; i++) {
      Document copy = copy(doc);
      for (Format f : formats) {
        render(renderers, f, copy);
      }
    }
    double[][] runs = new double[formats.size() + 1][JIT_RUNS];
    for (int i = 0; i < JIT_RUNS; i++) {
      Document copy = copy(doc);
      long all = System.nanoTime();
      for (int k = 0; k < formats.size(); k++) {
        long t = System.nanoTime();
        render(renderers, formats.get(k), copy);
        runs[k][i] = ms(t);
      }
      runs[formats.size()][i] = ms(all);
    }
    for (int k = 0; k < formats.size(); k++) {
      System.out.printf(Locale.ROOT, "%s %-4s JIT-warm median of %d %7.1f ms%n", name, formats.get(k).cliName(),
          JIT_RUNS, median(runs[k]));
    }
    System.out.printf(Locale.ROOT, "%s all formats, JIT-warm median of %d %7.1f ms (after %d more warm-ups)%n", name,
        JIT_RUNS, median(runs[formats.size()]), JIT_WARMUPS);
  }

  /** The same document under a new identity, so no render reuses another's work. */
  private static Document copy(Document d) {
    return new Document(d.plan(), d.tree(), d.figures(), d.planFile());
  }

  private static double median(double[] runs) {
    double[] sorted = runs.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static byte[] render(Renderers renderers, Format format, Document doc) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream o = bytes) {
      renderers.forFormat(format).render(doc, o);
    }
    return bytes.toByteArray();
  }

  private static Document document(Path plan) throws IOException {
    Checked checked = Pipeline.check(plan, plan.toString());
    if (!checked.passes(false)) {
      throw new IllegalStateException(plan + " does not pass: " + checked.diagnostics());
    }
    return Pipeline.document(checked);
  }

  /** The English example with 20,000 generated customers in its CSV file. */
  private static Path bigPlan() throws IOException {
    Path dir = Files.createTempDirectory("planforge-bench");
    String yaml = Files.readString(Path.of("plans/annual-crm-2026.yaml"), StandardCharsets.UTF_8)
        .replace("customers_file: annual-crm-2026-customers.csv", "customers_file: customers.csv");
    Files.writeString(dir.resolve("plan.yaml"), yaml, StandardCharsets.UTF_8);
    List<String> rows = new ArrayList<>();
    rows.add("id,name,segment,annual_value,revenue,growth,strategic_fit,loyalty,cost_to_serve");
    String[] segments = {"manufacturing", "construction", "facilities", "utilities", "public_sector"};
    for (int i = 1; i <= 20_000; i++) {
      // A fixed pseudo-random spread of scores, the same every run.
      int h = i * 2654435761L > 0 ? (int) ((i * 2654435761L) % 1000) : i % 1000;
      rows.add(String.format(Locale.ROOT, "cu%03d,Customer %05d,%s,%d,%d,%d,%d,%d,%d", i, i, segments[i % 5],
          10_000 + h * 997, 20 + h % 80, 10 + (h * 7) % 90, 15 + (h * 3) % 85, 5 + (h * 11) % 95, 30 + (h * 13) % 70));
    }
    Files.write(dir.resolve("customers.csv"), rows, StandardCharsets.UTF_8);
    return dir;
  }

  private static double ms(long since) {
    return (System.nanoTime() - since) / 1e6;
  }
}
