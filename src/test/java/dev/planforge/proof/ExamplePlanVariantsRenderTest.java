package dev.planforge.proof;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import dev.planforge.proof.Variants.Variant;
import dev.planforge.render.Format;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 7 from the other side: the example plans, each with one thing taken away — every key
 * deleted in turn (once per path shape, and from the first item only), every list, mapping and
 * text emptied, every CSV column dropped or emptied. Every variant that still validates must
 * render in every format; PDF for every {@value #DEFAULT_PDF_EVERY}th variant by default, all of
 * them with {@code -Pproof} ({@code -Dplanforge.proof.variantPdfEvery=1}).
 */
class ExamplePlanVariantsRenderTest {

  static final int DEFAULT_PDF_EVERY = 24;
  static final int PDF_EVERY = Integer.getInteger("planforge.proof.variantPdfEvery", DEFAULT_PDF_EVERY);

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {"meet-fresh.yaml, -", "annual-crm-2026.yaml, annual-crm-2026-customers.csv"})
  void givenExamplePlanWithOnePartTakenAway_whenItStillValidates_thenItRendersInEveryFormat(
      String plan, String csvName, @TempDir Path dir) throws IOException {
    String yaml = Files.readString(Path.of("plans", plan), StandardCharsets.UTF_8);
    String csv = csvName == null ? null : Files.readString(Path.of("plans", csvName), StandardCharsets.UTF_8);
    List<Variant> variants = Variants.of(yaml, csv);
    FailureLog failures = new FailureLog("variants-" + plan.replace(".yaml", ""));
    RenderProbe probe = new RenderProbe();
    Path planFile = dir.resolve(plan);
    // The example's pictures stand beside it, where the plan names them.
    try (java.util.stream.Stream<Path> pictures = Files.list(Path.of("plans"))) {
      for (Path p : pictures.filter(p -> p.toString().matches(".*\\.(svg|png|jpe?g)")).toList()) {
        Files.copy(p, dir.resolve(p.getFileName()));
      }
    }
    int valid = 0;
    int invalid = 0;
    int pdfs = 0;
    long start = System.nanoTime();
    long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();

    for (Variant v : variants) {
      Map<String, String> files = new LinkedHashMap<>();
      files.put(plan, v.yaml());
      Files.writeString(planFile, v.yaml(), StandardCharsets.UTF_8);
      if (csvName != null) {
        String csvText = v.csv() == null ? csv : v.csv();
        files.put(csvName, csvText);
        Files.writeString(dir.resolve(csvName), csvText, StandardCharsets.UTF_8);
      }
      String label = plan + ": " + v.label();
      Checked checked;
      try {
        checked = Pipeline.check(planFile, plan);
      } catch (Exception | StackOverflowError e) {
        failures.add(label, files, List.of(new RenderProbe.Failure(null, e)));
        continue;
      }
      if (!checked.passes(false)) {
        if (v == variants.get(0)) {
          fail(plan + " as re-written by the harness no longer validates: " + checked.diagnostics());
        }
        invalid++;
        continue;
      }
      Set<Format> formats = EnumSet.of(Format.HTML, Format.MD, Format.JSON);
      if (valid % PDF_EVERY == 0) {
        formats.add(Format.PDF);
        pdfs++;
      }
      valid++;
      failures.add(label, files, probe.render(checked, formats));
    }

    System.out.printf("proof: %s: %d variants, %d valid, %d invalid (left out), %d to PDF, %d ms (%d ms CPU; "
        + "rendering %s)%n", plan, variants.size(), valid, invalid, pdfs, (System.nanoTime() - start) / 1_000_000,
        (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000, probe.timings());
    assertTrue(valid > variants.size() / 2, "most variants of an example plan validate; only " + valid + " did");
    if (failures.failedPlans() > 0) {
      fail(failures.report(valid));
    }
  }
}
