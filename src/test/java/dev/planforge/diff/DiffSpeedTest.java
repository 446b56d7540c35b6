package dev.planforge.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's speed promise: comparing the two versions of the Chinese example takes no longer
 * than validating both. The comparison (model, figures, and every format written) is timed
 * against the validation of both files, each the best of several warm runs, and both are printed.
 */
class DiffSpeedTest {

  private static final int RUNS = 5;

  @TempDir
  Path dir;

  @Test
  void givenTheChineseExampleAndAnEditedCopy_thenComparingTakesNoLongerThanValidatingBoth() throws IOException {
    Path old = Path.of("plans/meet-fresh.yaml");
    Path now = dir.resolve("meet-fresh.yaml");
    try (var beside = Files.list(old.getParent())) { // what the plan names beside it: pictures, CSV files
      for (Path f : beside.filter(f -> !f.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName().toString()));
      }
    }
    Files.writeString(now, edited(Files.readString(old, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    long validate = Long.MAX_VALUE;
    long compare = Long.MAX_VALUE;
    PlanDiff diff = null;
    for (int i = 0; i < RUNS; i++) {
      long t0 = System.nanoTime();
      Checked a = Pipeline.check(old, "plans/meet-fresh.yaml");
      Checked b = Pipeline.check(now, "meet-fresh.yaml");
      long t1 = System.nanoTime();
      diff = PlanDiff.of(a, b);
      DiffView view = DiffView.of(diff);
      int written = TextReport.of(view, false).length() + MarkdownReport.of(view).length()
          + HtmlReport.of(List.of(view)).length() + JsonReport.of(List.of(diff)).length();
      long t2 = System.nanoTime();
      assertTrue(written > 0);
      validate = Math.min(validate, t1 - t0);
      compare = Math.min(compare, t2 - t1);
    }
    System.out.printf("diff speed: validating both versions %.1f ms, comparing them and writing 4 formats %.1f ms "
        + "(best of %d; %d changes)%n", validate / 1e6, compare / 1e6, RUNS, diff.changes().size());
    assertTrue(diff.changes().size() >= 5, "the edits are found: " + diff.changes());
    assertTrue(compare <= validate, "comparing took " + compare / 1e6 + " ms, validating both " + validate / 1e6 + " ms");
  }

  /** A plausible revision: a slipped task, a cost, a KPI, a reworded summary, a customer's spend. */
  private static String edited(String yaml) {
    return yaml
        .replaceFirst("以 \\*\\*ABC 分级\\*\\*", "以 **ABC 三级分级**")
        .replaceFirst("annual_value: 152400", "annual_value: 162400")
        .replaceFirst("annual_value: 2980\n", "annual_value: 3600\n")
        .replaceFirst("end: 2026-03-31", "end: 2026-04-30")
        .replaceFirst("unit_cost: 1200", "unit_cost: 1350")
        .replaceFirst("current: 38.5", "current: 40");
  }
}
