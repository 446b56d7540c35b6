package dev.planforge.enrich;

import dev.planforge.model.Monitoring;
import dev.planforge.model.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Computes {@link MonitoringFigures}: each KPI's progress, time share and status. */
final class KpiProgress {

  private KpiProgress() {}

  static MonitoringFigures compute(Plan plan) {
    Monitoring monitoring = plan.monitoring();
    if (monitoring == null) {
      return null;
    }
    List<MonitoringFigures.KpiFigures> kpis = new ArrayList<>();
    Map<KpiStatus, Integer> byStatus = new EnumMap<>(KpiStatus.class);
    for (KpiStatus s : KpiStatus.values()) {
      byStatus.put(s, 0);
    }
    for (Monitoring.Kpi kpi : monitoring.kpis()) {
      MonitoringFigures.KpiFigures f = figures(kpi, plan);
      kpis.add(f);
      byStatus.merge(f.status(), 1, Integer::sum);
    }
    return new MonitoringFigures(kpis,
        byStatus.entrySet().stream().map(e -> new MonitoringFigures.StatusCount(e.getKey(), e.getValue())).toList());
  }

  static MonitoringFigures.KpiFigures figures(Monitoring.Kpi kpi, Plan plan) {
    LocalDate start = plan.period() == null ? null : plan.period().start();
    LocalDate due = kpi.due() != null ? kpi.due() : plan.period() == null ? null : plan.period().end();
    BigDecimal timeShare = timeShare(start, due, plan.asOf());
    if (kpi.current() == null || kpi.baseline() == null || kpi.target() == null) {
      return new MonitoringFigures.KpiFigures(kpi, null, timeShare, KpiStatus.NO_DATA);
    }
    BigDecimal span = kpi.target().subtract(kpi.baseline());
    if (span.signum() == 0) { // hold the level: no progress to speak of, only which side of it we are
      int side = kpi.current().compareTo(kpi.target());
      boolean held = kpi.direction() == Monitoring.Direction.DOWN ? side <= 0 : side >= 0;
      return new MonitoringFigures.KpiFigures(kpi, null, timeShare, held ? KpiStatus.ACHIEVED : KpiStatus.AT_RISK);
    }
    // The sign of the span carries the direction: for "down" both differences are negative.
    BigDecimal progress = kpi.current().subtract(kpi.baseline()).multiply(Decimals.HUNDRED)
        .divide(span, Decimals.PERCENT_SCALE, RoundingMode.HALF_UP);
    KpiStatus status = progress.compareTo(Decimals.HUNDRED) >= 0 ? KpiStatus.ACHIEVED
        : timeShare != null && progress.compareTo(timeShare) >= 0 ? KpiStatus.ON_TRACK
        : KpiStatus.AT_RISK;
    return new MonitoringFigures.KpiFigures(kpi, progress, timeShare, status);
  }

  /**
   * {@code days(asOf − start) / days(due − start)} in percent, clamped to 0–100. A due date on or
   * before the start leaves no time to share out: all of it has elapsed once {@code asOf}
   * reaches the due date, none before.
   */
  static BigDecimal timeShare(LocalDate start, LocalDate due, LocalDate asOf) {
    if (start == null || due == null || asOf == null) {
      return null;
    }
    long total = ChronoUnit.DAYS.between(start, due);
    if (total <= 0) {
      return (asOf.isBefore(due) ? BigDecimal.ZERO : Decimals.HUNDRED).setScale(Decimals.PERCENT_SCALE);
    }
    long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, asOf)));
    return Decimals.percent(elapsed, total);
  }
}
