package dev.planforge.enrich;

import static dev.planforge.enrich.MeetFreshFiguresTest.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.planforge.testing.GivenPlan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KPIs at as_of 2026-06-30 in the year 2026: 180 of 364 days elapsed, 49.5 %. */
class KpiFiguresTest {

  @TempDir
  Path dir;

  private List<MonitoringFigures.KpiFigures> givenKpis(String header, String kpis) {
    return GivenPlan.figures(dir, header + "monitoring:\n  kpis:\n" + kpis.indent(4)).monitoring().kpis();
  }

  private List<MonitoringFigures.KpiFigures> givenKpis(String kpis) {
    return givenKpis(GivenPlan.HEADER, kpis);
  }

  @Test
  void givenADownwardKpi_whenEnriched_thenFallingIsProgress() {
    List<MonitoringFigures.KpiFigures> k = givenKpis("""
        - {id: a, name: Churn, unit: "%", baseline: 20, target: 10, current: 15, direction: down}
        - {id: b, name: Churn, unit: "%", baseline: 20, target: 10, current: 25, direction: down}
        - {id: c, name: Churn, unit: "%", baseline: 20, target: 10, current: 9, direction: down}
        """);

    assertEquals(dec("50.0"), k.get(0).progress()); // (15 − 20) / (10 − 20)
    assertEquals(KpiStatus.ON_TRACK, k.get(0).status()); // 50.0 ≥ 49.5
    assertEquals(dec("-50.0"), k.get(1).progress()); // the wrong way: not clamped
    assertEquals(KpiStatus.AT_RISK, k.get(1).status());
    assertEquals(dec("110.0"), k.get(2).progress());
    assertEquals(KpiStatus.ACHIEVED, k.get(2).status());
  }

  @Test
  void givenAKpiWithoutCurrent_whenEnriched_thenItHasNoData() {
    List<MonitoringFigures.KpiFigures> k = givenKpis("""
        - {id: a, name: NPS, unit: points, baseline: 30, target: 45}
        """);

    assertNull(k.get(0).progress());
    assertEquals(KpiStatus.NO_DATA, k.get(0).status());
  }

  @Test
  void givenAKpiWithoutBaseline_whenEnriched_thenItHasNoData() {
    List<MonitoringFigures.KpiFigures> k = givenKpis("""
        - {id: a, name: NPS, unit: points, target: 45, current: 40}
        """);

    assertEquals(KpiStatus.NO_DATA, k.get(0).status());
  }

  @Test
  void givenATargetThatHoldsTheBaseline_whenEnriched_thenTheLevelHeldIsAchievedWithoutProgress() {
    List<MonitoringFigures.KpiFigures> k = givenKpis("""
        - {id: up_held, name: Uptime, unit: "%", baseline: 99, target: 99, current: 99.5}
        - {id: up_lost, name: Uptime, unit: "%", baseline: 99, target: 99, current: 98}
        - {id: down_held, name: Defects, unit: "%", baseline: 2, target: 2, current: 2, direction: down}
        - {id: down_lost, name: Defects, unit: "%", baseline: 2, target: 2, current: 2.1, direction: down}
        """);

    assertEquals(List.of(KpiStatus.ACHIEVED, KpiStatus.AT_RISK, KpiStatus.ACHIEVED, KpiStatus.AT_RISK),
        k.stream().map(MonitoringFigures.KpiFigures::status).toList());
    assertNull(k.get(0).progress());
  }

  @Test
  void givenADueDate_whenEnriched_thenTheTimeShareRunsToItAndIsClampedAfterIt() {
    List<MonitoringFigures.KpiFigures> k = givenKpis("""
        - {id: sept, name: A, unit: "%", baseline: 0, target: 100, current: 60, due: 2026-09-30}
        - {id: past, name: B, unit: "%", baseline: 0, target: 100, current: 99, due: 2026-03-31}
        """);

    assertEquals(dec("66.2"), k.get(0).timeShare()); // 180 / 272
    assertEquals(KpiStatus.AT_RISK, k.get(0).status());
    assertEquals(dec("100.0"), k.get(1).timeShare());
    assertEquals(KpiStatus.AT_RISK, k.get(1).status());
  }

  @Test
  void givenAStatusDateBeforeThePeriod_whenEnriched_thenNoTimeHasElapsed() {
    List<MonitoringFigures.KpiFigures> k = givenKpis("""
        plan_format: 1
        title: Early
        as_of: 2025-12-15
        period: {start: 2026-01-01, end: 2026-12-31}
        """, """
        - {id: a, name: A, unit: "%", baseline: 10, target: 20, current: 10}
        """);

    assertEquals(dec("0.0"), k.get(0).timeShare());
    assertEquals(KpiStatus.ON_TRACK, k.get(0).status());
  }

  @Test
  void givenNoPeriodStart_whenEnriched_thenAKpiIsOnlyAchievedOrAtRisk() {
    List<MonitoringFigures.KpiFigures> k = givenKpis("""
        plan_format: 1
        title: No period
        as_of: 2026-06-30
        """, """
        - {id: a, name: A, unit: "%", baseline: 0, target: 10, current: 9}
        - {id: b, name: B, unit: "%", baseline: 0, target: 10, current: 10}
        """);

    assertNull(k.get(0).timeShare());
    assertEquals(KpiStatus.AT_RISK, k.get(0).status());
    assertEquals(KpiStatus.ACHIEVED, k.get(1).status());
  }

  @Test
  void givenProgressThatRoundsUpToTheTimeShare_whenEnriched_thenTheShownFiguresDecide() {
    // (98.9 − 0) / 200 = 49.45 % → 49.5; time elapsed 180 / 364 = 49.45… % → 49.5. Exactly, the
    // KPI lags by 0.0005 points; a reader sees 49.5 against 49.5, and so does the status.
    List<MonitoringFigures.KpiFigures> k = givenKpis("""
        - {id: a, name: A, unit: "%", baseline: 0, target: 200, current: 98.9}
        """);

    assertEquals(dec("49.5"), k.get(0).progress());
    assertEquals(dec("49.5"), k.get(0).timeShare());
    assertEquals(KpiStatus.ON_TRACK, k.get(0).status());
  }
}
