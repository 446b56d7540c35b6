package dev.planforge.render.view;

import dev.planforge.enrich.KpiStatus;
import dev.planforge.enrich.MonitoringFigures;
import dev.planforge.model.Monitoring;
import dev.planforge.render.chart.KpiChart;
import freemarker.core.TemplateHTMLOutputModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** 监控与评估: the KPIs with their progress (table and chart), reviews and oversight. */
public record MonitoringView(
    Head head,
    Head kpisHead,
    List<Kpi> kpis,
    Head progressHead,
    TemplateHTMLOutputModel chart,
    Head reviewsHead,
    List<Review> reviews,
    Head oversightHead,
    Rich oversight) implements SectionView {

  /** {@code status} is the key (for the tag's colour), {@code statusName} its label. */
  public record Kpi(
      String name, String unit, String direction, String baseline, String target, String current, String progress,
      String timeShare, String status, String statusName, String owner, String due, String frequency, String source,
      String bar) {}

  public record Review(String name, String cadence, List<String> participants) {}

  static MonitoringView of(Monitoring m, MonitoringFigures f, Ctx c) {
    String id = "monitoring";
    Head head = c.section(id, "monitoring");
    List<Kpi> kpis = f.kpis().stream().map(k -> kpi(k, c)).toList();
    String chart = f.kpis().isEmpty() ? null : KpiChart.render(c.l.text("monitoring_progress"),
        f.kpis().stream().map(k -> new KpiChart.Kpi(k.kpi().name(),
            k.progress() == null ? null : k.progress().doubleValue(),
            k.progress() == null ? c.l.text("kpi_" + k.status().key()) : c.fmt.percent(k.progress()),
            k.timeShare() == null ? null : k.timeShare().doubleValue(), k.status().key())).toList(),
        Arrays.stream(KpiStatus.values()).map(s -> new KpiChart.Legend(s.key(), c.l.text("kpi_" + s.key()))).toList(),
        c.l.text("kpi_time_share"));
    Rich oversight = c.rich(m.oversight());
    return new MonitoringView(
        head,
        kpis.isEmpty() ? null : c.sub(id, "kpis", "monitoring_kpis"),
        kpis,
        chart == null ? null : c.sub(id, "progress", "monitoring_progress"),
        chart == null ? null : Rich.trusted(chart),
        m.reviews().isEmpty() ? null : c.sub(id, "reviews", "monitoring_reviews"),
        m.reviews().stream().map(r -> new Review(r.name(), r.cadence(), c.names(r.participants(), c::person))).toList(),
        oversight == null ? null : c.sub(id, "oversight", "monitoring_oversight"),
        oversight);
  }

  private static Kpi kpi(MonitoringFigures.KpiFigures f, Ctx c) {
    Monitoring.Kpi k = f.kpi();
    return new Kpi(k.name(), k.unit(),
        c.l.text(k.direction() == Monitoring.Direction.DOWN ? "kpi_direction_down" : "kpi_direction_up"),
        c.fmt.number(k.baseline()), c.fmt.number(k.target()), c.fmt.number(k.current()),
        f.progress() == null ? "" : c.fmt.percent(f.progress()),
        f.timeShare() == null ? "" : c.fmt.percent(f.timeShare()),
        f.status().key(), c.l.text("kpi_" + f.status().key()), c.person(k.owner()), c.fmt.date(k.due()),
        k.frequency(), k.source(), bar(f.progress()));
  }

  /** Progress as ten blocks, for the Markdown output where there is no chart: ██████░░░░. */
  private static String bar(java.math.BigDecimal progress) {
    if (progress == null) {
      return "";
    }
    int filled = progress.max(java.math.BigDecimal.ZERO).min(java.math.BigDecimal.valueOf(100))
        .divide(java.math.BigDecimal.TEN, 0, java.math.RoundingMode.HALF_UP).intValue();
    return "█".repeat(filled) + "░".repeat(10 - filled) + (progress.compareTo(java.math.BigDecimal.valueOf(100)) > 0 ? "▶" : "");
  }

  @Override
  public List<Head> subs() {
    List<Head> subs = new ArrayList<>();
    SectionView.add(subs, kpisHead, progressHead, reviewsHead, oversightHead);
    return subs;
  }
}
