package dev.planforge.render.view;

import dev.planforge.model.Plan;
import dev.planforge.render.Document;
import dev.planforge.enrich.Figures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link DocumentView} of a document: the only place that knows the section order. */
public final class Views {

  private Views() {}

  public static DocumentView of(Document doc, Labels labels, Markup markup) {
    Plan p = doc.plan();
    Ctx c = new Ctx(p, labels, markup);
    DocumentView.Cover cover = new DocumentView.Cover(
        p.title(),
        p.subtitle(),
        p.version(),
        c.fmt.longDate(p.asOf()),
        p.period() == null ? null
            : c.fmt.longDate(p.period().start()) + " " + labels.text("period_to") + " " + c.fmt.longDate(p.period().end()),
        p.authors().stream().map(a -> new DocumentView.Author(a.name(), a.role())).toList(),
        p.confidentiality(),
        p.overview() != null && p.overview().company() != null ? p.overview().company().name() : null,
        labels.text("footer_before"),
        labels.text("footer_middle"),
        labels.text("footer_after"));
    Figures f = doc.figures();
    SummaryView summary = SummaryView.of(f, c);
    OverviewView overview = present(p.overview()) ? OverviewView.of(p.overview(), c) : null;
    TeamView team = p.team().isEmpty() ? null : TeamView.of(p.team(), tasksByOwner(f), c);
    MarketView market = p.market() != null && !p.market().isEmpty()
        ? MarketView.of(p.market(), f.loyalty() == null ? List.of()
            : f.loyalty().items().stream().map(x -> x.quadrant().key()).toList(), c)
        : null;
    TargetingView targeting = p.targeting() != null && !p.targeting().isEmpty() ? TargetingView.of(p.targeting(), c) : null;
    TieringView tiering = p.tiering() != null && f.tiering() != null ? TieringView.of(p.tiering(), f.tiering(), c) : null;
    AccountsView accounts = p.accounts().isEmpty() ? null : AccountsView.of(p.accounts(), c);
    StrategyView strategy = p.strategy() != null && !p.strategy().isEmpty() ? StrategyView.of(p.strategy(), c) : null;
    ActionPlanView actionPlan = p.actionPlan() != null && !p.actionPlan().isEmpty() && f.actionPlan() != null
        ? ActionPlanView.of(p.actionPlan(), f.actionPlan(), c) : null;
    BudgetView budget = p.budget() != null && !p.budget().isEmpty() && f.budget() != null
        ? BudgetView.of(p.budget(), f.budget(), c) : null;
    MonitoringView monitoring = p.monitoring() != null && !p.monitoring().isEmpty() && f.monitoring() != null
        ? MonitoringView.of(p.monitoring(), f.monitoring(), c) : null;
    RisksView risks = p.risks() != null && !p.risks().isEmpty() && f.risks() != null
        ? RisksView.of(p.risks(), f.risks(), c) : null;
    Rich conclusionText = c.rich(p.conclusion());
    TextSectionView conclusion = conclusionText == null ? null
        : new TextSectionView(c.section("conclusion", "conclusion"), conclusionText, List.of());
    TextSectionView appendices = null;
    if (!p.appendices().isEmpty()) {
      Head head = c.section("appendices", "appendices");
      List<TextSectionView.Part> parts = new java.util.ArrayList<>();
      for (int i = 0; i < p.appendices().size(); i++) {
        Plan.Appendix a = p.appendices().get(i);
        parts.add(new TextSectionView.Part(new Head("appendices-" + (i + 1), "", a.title()), c.rich(a.body())));
      }
      appendices = new TextSectionView(head, null, parts);
    }
    DocumentView view = new DocumentView(p.locale().tag(), labels, cover, summary, overview, team, market, targeting,
        tiering, accounts, strategy, actionPlan, budget, monitoring, risks, conclusion, appendices, null);
    MarkdownView md = MarkdownView.of(p.title(), summary, view.sections(), actionPlan == null ? null : f.actionPlan(),
        budget == null ? null : f.budget(), c);
    return new DocumentView(p.locale().tag(), labels, cover, summary, overview, team, market, targeting,
        tiering, accounts, strategy, actionPlan, budget, monitoring, risks, conclusion, appendices, md);
  }

  /** Tasks per team id, or null when the plan has no tasks (the column is then left out). */
  private static Map<String, Long> tasksByOwner(Figures f) {
    if (f.actionPlan() == null || f.actionPlan().tasks().isEmpty()) {
      return null;
    }
    Map<String, Long> by = new HashMap<>();
    f.actionPlan().byOwner().forEach(o -> by.put(o.owner(), (long) o.count()));
    return by;
  }

  private static boolean present(dev.planforge.model.Overview o) {
    return o != null && !o.isEmpty();
  }
}
