package dev.planforge.render.view;

import dev.planforge.enrich.ActionPlanFigures;
import dev.planforge.enrich.Figures;
import dev.planforge.enrich.KpiStatus;
import dev.planforge.enrich.MonitoringFigures;
import dev.planforge.enrich.RiskFigures;
import dev.planforge.enrich.RiskLevel;
import dev.planforge.model.Part;
import dev.planforge.render.doc.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * 计划摘要: the executive summary the plan writes, then the figures a reader wants first as tiles —
 * total budget, task completion and overdue, KPIs at risk, the serious risks and the top one, the
 * tier mix. Only figures the enrich stage computed; counts are read, never derived here.
 */
final class SummarySection {

  private SummarySection() {}

  static List<Block> blocks(String summary, Figures f, Ctx c) {
    List<Block.Tile> tiles = new ArrayList<>();
    if (f.budget() != null && Part.BUDGET.in(c.plan)) {
      tiles.add(new Block.Tile(c.label("summary_budget"), c.fmt.money(f.budget().total()),
          f.budget().contingency() == null || f.budget().contingency().signum() == 0 ? ""
              : c.label("summary_budget_note", c.fmt.money(f.budget().contingency()))));
    }
    ActionPlanFigures a = f.actionPlan();
    if (a != null && !a.tasks().isEmpty()) {
      tiles.add(new Block.Tile(c.label("summary_tasks"), a.completion() == null ? c.label("none") : c.fmt.percent(a.completion()),
          c.label("summary_tasks_note", c.fmt.integer(a.tasks().size()), c.fmt.integer(a.overdue().size()))));
    }
    MonitoringFigures m = f.monitoring();
    if (m != null && !m.kpis().isEmpty()) {
      int achieved = count(m, KpiStatus.ACHIEVED);
      int onTrack = count(m, KpiStatus.ON_TRACK);
      tiles.add(new Block.Tile(c.label("summary_kpis"),
          c.fmt.integer(achieved + onTrack) + " / " + c.fmt.integer(m.kpis().size()),
          c.label("summary_kpis_note", c.fmt.integer(achieved), c.fmt.integer(onTrack),
              c.fmt.integer(count(m, KpiStatus.AT_RISK)))));
    }
    RiskFigures r = f.risks();
    if (r != null && !r.ranked().isEmpty()) {
      int serious = r.byLevel().stream().filter(x -> x.level() == RiskLevel.HIGH || x.level() == RiskLevel.CRITICAL)
          .mapToInt(RiskFigures.LevelCount::count).sum();
      RiskFigures.ScoredRisk top = r.ranked().get(0);
      tiles.add(new Block.Tile(c.label("summary_risks"), c.fmt.integer(serious),
          c.label("summary_risks_note", c.fmt.integer(r.register().size()),
              c.riskNumber(top.risk().id()) + " " + top.risk().title())));
    }
    if (f.tiering() != null && f.tiering().customerCount() > 0) {
      List<String> mix = new ArrayList<>();
      f.tiering().summary().forEach(t -> mix.add(t.tier().name() + " " + c.fmt.integer(t.count())));
      tiles.add(new Block.Tile(c.label("summary_customers"), c.fmt.integer(f.tiering().customerCount()),
          String.join(" · ", mix)));
    }
    // What the plan covers is the author's checklist: validate reports a missing part, the
    // document shows the reader what matters.
    return new Blocks()
        .rich(c, "summary", summary)
        .add(tiles.isEmpty() ? null : new Block.Tiles(tiles))
        .list();
  }

  private static int count(MonitoringFigures m, KpiStatus status) {
    return m.byStatus().stream().filter(s -> s.status() == status).mapToInt(MonitoringFigures.StatusCount::count).sum();
  }
}
