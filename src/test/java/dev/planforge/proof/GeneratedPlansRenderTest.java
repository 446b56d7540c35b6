package dev.planforge.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import dev.planforge.proof.PlanGenerator.GeneratedPlan;
import dev.planforge.render.Format;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, "proof on plans nobody tuned for": every plan that {@code validate} accepts renders in
 * every format. Plans come from {@link PlanGenerator}, one per seed; the default run checks a
 * fixed set of {@value #DEFAULT_PLANS} seeds (every {@value #DEFAULT_PDF_EVERY}th also to PDF,
 * which is slow), {@code -Pproof} thousands with PDF. To rebuild one plan:
 * {@code -Dplanforge.proof.seed=N -Dplanforge.proof.plans=1}.
 */
class GeneratedPlansRenderTest {

  static final int DEFAULT_PLANS = 400;
  static final int DEFAULT_PDF_EVERY = 10;
  static final long FIRST_SEED = Long.getLong("planforge.proof.seed", 1L);
  static final int PLANS = Integer.getInteger("planforge.proof.plans", DEFAULT_PLANS);
  static final int PDF_EVERY = Integer.getInteger("planforge.proof.pdfEvery", DEFAULT_PDF_EVERY);
  /** The generator's own bugs show as invalid plans; more than this share means it has drifted from the contract. */
  static final double MAX_INVALID_SHARE = 0.03;

  /** What a generated run covers; a feature no valid plan showed means the generator degenerated. */
  static final List<String> FEATURES = List.of(
      "locale:en", "locale:zh-CN", "locale:absent", "method:weighted_score", "method:annual_value", "method:default",
      "customers:csv", "csv:bom", "customers:many", "period:one-day", "period:ten-years", "period:absent",
      "date:leap-day", "task:one-day", "task:ten-years", "money:zero", "money:huge", "money:many-decimals",
      "money:exponent", "money:largest", "plan:big", "budget:quantity×unit_cost", "budget:all-three", "weights:decimal", "kpi:negative",
      "kpi:huge", "kpi:target=baseline", "ids:odd", "ids:cjk", "ids:numeric", "currency:JPY", "currency:BHD",
      "currency:absent", "section:overview:empty", "section:market:empty", "section:tiering:empty",
      "section:budget:empty", "section:appendices:empty", "section:conclusion:empty", "section:team:empty");

  @TempDir
  static Path dir;

  static final List<GeneratedPlan> invalid = new ArrayList<>();
  static final List<Checked> invalidChecked = new ArrayList<>();
  static final Set<String> validFeatures = new TreeSet<>();
  static FailureLog failures;
  static int valid;
  static int pdfs;
  static long millis;

  @BeforeAll
  static void givenGeneratedPlans_whenCheckedAndRendered() throws IOException {
    long start = System.nanoTime();
    long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    failures = new FailureLog("generated");
    RenderProbe probe = new RenderProbe();
    long generating = 0;
    long checking = 0;
    Path planFile = dir.resolve("plan.yaml");
    for (int i = 0; i < PLANS; i++) {
      long seed = FIRST_SEED + i;
      long t0 = System.nanoTime();
      GeneratedPlan plan = PlanGenerator.generate(seed);
      generating += System.nanoTime() - t0;
      Map<String, String> files = write(plan, planFile);
      String label = "seed " + seed;
      Checked checked;
      try {
        long t1 = System.nanoTime();
        checked = Pipeline.check(planFile, "seed-" + seed + ".yaml");
        checking += System.nanoTime() - t1;
      } catch (Exception | StackOverflowError e) {
        failures.add(label, files, List.of(new RenderProbe.Failure(null, e))); // validate itself crashed
        continue;
      }
      if (!checked.passes(false)) {
        invalid.add(plan);
        invalidChecked.add(checked);
        continue;
      }
      valid++;
      validFeatures.addAll(plan.features());
      Set<Format> formats = EnumSet.of(Format.HTML, Format.MD, Format.JSON);
      if (i % PDF_EVERY == 0) {
        formats.add(Format.PDF);
        pdfs++;
      }
      failures.add(label, files, probe.render(checked, formats));
    }
    millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    System.out.printf("proof: %d plans from seed %d, %d valid, %d invalid, %d also to PDF, %d ms (%d ms CPU; "
        + "generating %d ms, checking %d ms, rendering %s)%n", PLANS, FIRST_SEED, valid, invalid.size(), pdfs, millis,
        cpuMillis, generating / 1_000_000, checking / 1_000_000, probe.timings());
  }

  @Test
  void thenTheGeneratorWritesValidPlans() {
    double share = PLANS == 0 ? 0 : (double) invalid.size() / PLANS;
    if (share > MAX_INVALID_SHARE) {
      GeneratedPlan first = invalid.get(0);
      StringBuilder why = new StringBuilder();
      for (Diagnostic d : invalidChecked.get(0).diagnostics()) {
        if (d.isError()) {
          why.append(String.format("  %s: %s: %s%n    %s%n", d.location(), d.path(), d.message(), d.sourceLine()));
        }
      }
      fail(String.format("%d of %d generated plans (%.1f %%) do not validate: the generator has drifted from the "
          + "contract. Seeds: %s%nFirst, seed %d:%n%s%n%s", invalid.size(), PLANS, share * 100,
          invalid.stream().map(GeneratedPlan::seed).limit(30).toList(), first.seed(), why, first.yaml()));
    }
  }

  @Test
  void thenEveryValidPlanRendersInEveryFormat() {
    assertTrue(valid > 0, "no generated plan validated");
    if (failures.failedPlans() > 0) {
      fail(failures.report(valid) + "\nRe-run one: -Dplanforge.proof.seed=N -Dplanforge.proof.plans=1");
    }
  }

  @Test
  void thenTheValidPlansCoverTheContract() {
    List<String> missing = FEATURES.stream().filter(f -> !validFeatures.contains(f)).toList();
    if (PLANS >= DEFAULT_PLANS) { // a run of one seed covers little, on purpose
      assertEquals(List.of(), missing, "features no valid plan showed");
    }
  }

  @Test
  void thenASeedAlwaysGivesTheSamePlan() {
    GeneratedPlan a = PlanGenerator.generate(FIRST_SEED);
    GeneratedPlan b = PlanGenerator.generate(FIRST_SEED);
    assertEquals(a.yaml(), b.yaml());
    assertEquals(a.csvText(), b.csvText());
  }

  /** Writes the plan, and its CSV beside it; returns both by name for saving a failure. */
  private static Map<String, String> write(GeneratedPlan plan, Path planFile) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("plan.yaml", plan.yaml());
    Files.writeString(planFile, plan.yaml(), StandardCharsets.UTF_8);
    if (plan.csvName() != null) {
      files.put(plan.csvName(), plan.csvText());
      Files.writeString(planFile.resolveSibling(plan.csvName()), plan.csvText(), StandardCharsets.UTF_8);
    }
    return files;
  }
}
