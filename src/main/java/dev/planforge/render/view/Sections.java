package dev.planforge.render.view;

import dev.planforge.enrich.Figures;
import dev.planforge.model.Part;
import dev.planforge.model.Plan;
import dev.planforge.render.doc.Block;
import java.util.List;

/**
 * The registry of sections: for each {@link Part} of a plan, in document order, the builder of
 * its blocks. The title is the label named by the part's key; the number is its place among
 * the sections the plan has. Adding a part means adding it to {@link Part} and a case here (the
 * compiler asks for it).
 */
final class Sections {

  private Sections() {}

  /** The blocks of {@code part}; empty when the plan holds nothing in it. */
  static List<Block> blocks(Part part, Plan p, Figures f, Ctx c) {
    if (!part.in(p)) {
      return List.of();
    }
    return switch (part) {
      case OVERVIEW -> OverviewSection.blocks(p.overview(), c);
      case TEAM -> TeamSection.blocks(p.team(), f.actionPlan(), c);
      case MARKET -> MarketSection.blocks(p.market(), f.loyalty(), c);
      case TARGETING -> TargetingSection.blocks(p.targeting(), c);
      case TIERING -> TieringSection.blocks(p.tiering(), f.tiering(), c);
      case ACCOUNTS -> AccountsSection.blocks(p.accounts(), c);
      case STRATEGY -> StrategySection.blocks(p.strategy(), c);
      case ACTION_PLAN -> f.actionPlan() == null ? List.of() : ActionPlanSection.blocks(f.actionPlan(), c);
      case BUDGET -> f.budget() == null ? List.of() : BudgetSection.blocks(p.budget(), f.budget(), c);
      case MONITORING -> MonitoringSection.blocks(p.monitoring(), f.monitoring(), c);
      case RISKS -> RisksSection.blocks(p.risks(), f.risks(), c);
      case CONCLUSION -> TextSections.conclusion(p.conclusion(), c);
      case APPENDICES -> TextSections.appendices(p.appendices(), c);
    };
  }
}
