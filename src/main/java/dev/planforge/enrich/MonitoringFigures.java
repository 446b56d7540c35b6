package dev.planforge.enrich;

import dev.planforge.model.Monitoring;
import java.math.BigDecimal;
import java.util.List;

/**
 * Where each KPI stands at {@code as_of}.
 *
 * @param kpis every KPI with its progress and status, in plan order
 * @param byStatus how many KPIs have each status, every status listed in the order of {@link
 *     KpiStatus}, zeros included
 */
public record MonitoringFigures(List<KpiFigures> kpis, List<StatusCount> byStatus) {

  public MonitoringFigures {
    kpis = List.copyOf(kpis);
    byStatus = List.copyOf(byStatus);
  }

  /**
   * A KPI and where it stands.
   *
   * @param progress {@code (current − baseline) / (target − baseline) × 100}, HALF_UP to 1
   *     decimal, not clamped (above 100 is ahead of target, below 0 is going the wrong way); null
   *     without {@code current} or {@code baseline}, or when the target holds the baseline level
   * @param timeShare the share of time elapsed between {@code period.start} and the KPI's {@code
   *     due} (default {@code period.end}) at {@code as_of}, in percent, HALF_UP to 1 decimal,
   *     clamped to 0–100; the progress a KPI needs to be on track. Null without {@code
   *     period.start} or a due date
   * @param status decided on the shown (rounded) progress and time share
   */
  public record KpiFigures(Monitoring.Kpi kpi, BigDecimal progress, BigDecimal timeShare, KpiStatus status) {}

  public record StatusCount(KpiStatus status, int count) {}
}
