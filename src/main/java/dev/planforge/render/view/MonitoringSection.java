package dev.planforge.render.view;

import dev.planforge.enrich.KpiStatus;
import dev.planforge.enrich.MonitoringFigures;
import dev.planforge.model.Monitoring;
import dev.planforge.render.chart.KpiChart;
import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Cell;
import dev.planforge.render.doc.Column.Role;
import dev.planforge.render.doc.Inline;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** 监控与评估: the KPIs with their progress (table and chart), the reviews and oversight. */
final class MonitoringSection {

  private static final String ID = "monitoring";

  private MonitoringSection() {}

  /** @param f the KPI figures, or null when the plan lists no KPIs */
  static List<Block> blocks(Monitoring m, MonitoringFigures f, Ctx c) {
    List<MonitoringFigures.KpiFigures> kpis = f == null ? List.of() : f.kpis();
    TableBuilder table = new TableBuilder("kpis")
        .column(c.label("kpi_name"), Role.TEXT)
        .optional(c.label("kpi_baseline"), Role.NUMBER)
        .column(c.label("kpi_target"), Role.NUMBER)
        .optional(c.label("kpi_current"), Role.NUMBER)
        .optional(c.label("kpi_progress"), Role.NUMBER)
        .column(c.label("kpi_status"), Role.STATUS)
        .optional(c.label("kpi_owner"), Role.NAME)
        .optional(c.label("kpi_due"), Role.DATE);
    for (MonitoringFigures.KpiFigures k : kpis) {
      Monitoring.Kpi kpi = k.kpi();
      List<String> about = new ArrayList<>();
      about.add(kpi.unit());
      about.add(c.label(kpi.direction() == Monitoring.Direction.DOWN ? "kpi_direction_down" : "kpi_direction_up"));
      if (kpi.frequency() != null && !kpi.frequency().isBlank()) {
        about.add(kpi.frequency());
      }
      about.removeIf(s -> s == null || s.isBlank());
      table.row(Cell.text(kpi.name()).with(new Inline.Note(String.join(" · ", about))),
          Cell.text(c.fmt.number(kpi.baseline())), Cell.text(c.fmt.number(kpi.target())), Cell.text(c.fmt.number(kpi.current())),
          Cell.text(c.fmt.percent(k.progress())), status(k.status(), c), Cell.text(c.person(kpi.owner())),
          Cell.text(c.fmt.date(kpi.due())))
          .key("monitoring.kpis", kpi.id());
    }
    Blocks progress = new Blocks();
    if (!kpis.isEmpty()) {
      // A bar per KPI: 3,000 of them made a chart some seventy pages long that took most of a big
      // plan's PDF time; the first ones are charted and the table above lists every KPI.
      List<MonitoringFigures.KpiFigures> charted =
          kpis.size() > KpiChart.MOST_ROWS ? kpis.subList(0, KpiChart.MOST_ROWS) : kpis;
      String caption = charted.size() < kpis.size()
          ? c.label("monitoring_progress_first", c.fmt.integer(charted.size()), c.fmt.integer(kpis.size()))
          : c.label("monitoring_progress");
      String chart = KpiChart.render(c.label("monitoring_progress"),
          charted.stream().map(k -> new KpiChart.Kpi(k.kpi().name(),
              k.progress() == null ? null : k.progress().doubleValue(),
              k.progress() == null ? c.label("kpi_" + k.status().key()) : c.fmt.percent(k.progress()),
              k.timeShare() == null ? null : k.timeShare().doubleValue(), k.status().key())).toList(),
          Arrays.stream(KpiStatus.values()).map(s -> new KpiChart.Legend(s.key(), c.label("kpi_" + s.key()))).toList(),
          c.label("kpi_time_share"));
      progress.add(c.figure("kpi-chart", caption, chart, "", List.of(progressTable(charted, c))));
    }
    TableBuilder reviews = new TableBuilder("reviews")
        .column(c.label("review_name"), Role.NAME)
        .column(c.label("review_cadence"), Role.NAME)
        .optional(c.label("review_participants"), Role.TEXT);
    m.reviews().forEach(r -> reviews.row(Cell.text(r.name()), Cell.text(r.cadence()),
        Cell.text(c.joined(c.names(r.participants(), c::person)))));
    return new Blocks()
        .sub(c.heading(ID, "kpis", "monitoring_kpis"), new Blocks().add(table.build()))
        .sub(c.heading(ID, "progress", "monitoring_progress"), progress)
        .sub(c.heading(ID, "reviews", "monitoring_reviews"), new Blocks().add(reviews.build()))
        .sub(c.heading(ID, "oversight", "monitoring_oversight"), new Blocks().rich(c, "monitoring.oversight", m.oversight()))
        .list();
  }

  private static Cell status(KpiStatus s, Ctx c) {
    return Cell.tag(s.key(), c.label("kpi_" + s.key()));
  }

  /** The chart as text, for Markdown: progress as a bar of ten blocks beside the figures. */
  private static Block progressTable(List<MonitoringFigures.KpiFigures> kpis, Ctx c) {
    TableBuilder t = new TableBuilder("kpi-progress")
        .column(c.label("kpi_name"), Role.TEXT)
        .column(c.label("kpi_progress"), Role.NUMBER)
        .optional("", Role.NAME)
        .optional(c.label("kpi_time_share"), Role.NUMBER)
        .column(c.label("kpi_status"), Role.STATUS);
    for (MonitoringFigures.KpiFigures k : kpis) {
      t.row(Cell.text(k.kpi().name()), Cell.text(c.fmt.percent(k.progress())), Cell.text(bar(k.progress())),
          Cell.text(c.fmt.percent(k.timeShare())), status(k.status(), c));
    }
    return t.build();
  }

  /** Progress as ten blocks: ██████░░░░ (and ▶ beyond 100 %). */
  private static String bar(BigDecimal progress) {
    if (progress == null) {
      return null;
    }
    int filled = progress.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100))
        .divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP).intValue();
    return "█".repeat(filled) + "░".repeat(10 - filled) + (progress.compareTo(BigDecimal.valueOf(100)) > 0 ? "▶" : "");
  }
}
