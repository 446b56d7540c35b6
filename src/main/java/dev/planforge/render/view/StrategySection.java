package dev.planforge.render.view;

import dev.planforge.model.Strategy;
import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Cell;
import dev.planforge.render.doc.Column.Role;
import java.util.List;

/** 客户关系策略: the strategic pillars and the customer lifecycle. */
final class StrategySection {

  private static final String ID = "strategy";

  private StrategySection() {}

  static List<Block> blocks(Strategy s, Ctx c) {
    TableBuilder pillars = new TableBuilder("pillars")
        .column(c.label("pillar_name"), Role.NAME)
        .optional(c.label("pillar_objective"), Role.TEXT)
        .optional(c.label("pillar_tactics"), Role.TEXT)
        .optional(c.label("pillar_tiers"), Role.TEXT);
    for (Strategy.Pillar p : s.pillars()) {
      pillars.row(Cell.strong(p.name()), Cell.text(p.objective()), Cell.items(p.tactics()),
          Cell.text(c.joined(c.names(p.tiers(), c::tier)))).key("strategy.pillars", p.id());
    }
    TableBuilder lifecycle = new TableBuilder("lifecycle")
        .column(c.label("stage_name"), Role.NAME)
        .optional(c.label("stage_goal"), Role.TEXT)
        .optional(c.label("stage_tactics"), Role.TEXT);
    for (Strategy.LifecycleStage x : s.lifecycle()) {
      lifecycle.row(Cell.strong(x.stage()), Cell.text(x.goal()), Cell.items(x.tactics()));
    }
    return new Blocks()
        .sub(c.heading(ID, "pillars", "strategy_pillars"), new Blocks().add(pillars.build()))
        .sub(c.heading(ID, "lifecycle", "strategy_lifecycle"), new Blocks().add(lifecycle.build()))
        .list();
  }
}
