package dev.planforge.diff;

import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.enrich.ActionPlanFigures;
import dev.planforge.enrich.BudgetFigures;
import dev.planforge.enrich.Figures;
import dev.planforge.enrich.MonitoringFigures;
import dev.planforge.enrich.RiskFigures;
import dev.planforge.enrich.TieringFigures;
import dev.planforge.model.Tiering;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Computes {@link FigureDeltas} from the enrich figures of two versions; it never recomputes a figure. */
final class FigureDiff {

  private FigureDiff() {}

  static FigureDeltas of(Figures a, Figures b, List<Diagnostic> oldWarnings, List<Diagnostic> newWarnings) {
    return new FigureDeltas(
        budget(a.budget(), b.budget()),
        tasks(a.actionPlan(), b.actionPlan()),
        kpis(a.monitoring(), b.monitoring()),
        risks(a.risks(), b.risks()),
        tiers(a.tiering(), b.tiering()),
        warnings(oldWarnings, newWarnings));
  }

  private static FigureDeltas.Budget budget(BudgetFigures a, BudgetFigures b) {
    if (a == null && b == null) {
      return null;
    }
    List<FigureDeltas.Breakdown> breakdowns = List.of(
        breakdown("category", a, b, BudgetFigures::byCategory),
        breakdown("period", a, b, BudgetFigures::byPeriod),
        breakdown("task", a, b, BudgetFigures::byTask),
        breakdown("tier", a, b, BudgetFigures::byTier));
    Map<String, BudgetFigures.Line> oldLines = byId(a == null ? List.of() : a.lines(), l -> l.item().id());
    Map<String, BudgetFigures.Line> newLines = byId(b == null ? List.of() : b.lines(), l -> l.item().id());
    List<FigureDeltas.Line> lines = new ArrayList<>();
    for (Map.Entry<String, BudgetFigures.Line> e : newLines.entrySet()) {
      BudgetFigures.Line old = oldLines.get(e.getKey());
      FigureDeltas.Amount amount = new FigureDeltas.Amount(old == null ? null : old.amount(), e.getValue().amount());
      if (amount.changed()) {
        lines.add(new FigureDeltas.Line(e.getKey(), e.getValue().item().description(), amount));
      }
    }
    oldLines.forEach((id, old) -> {
      if (!newLines.containsKey(id)) {
        lines.add(new FigureDeltas.Line(id, old.item().description(), new FigureDeltas.Amount(old.amount(), null)));
      }
    });
    return new FigureDeltas.Budget(
        amount(a, b, BudgetFigures::subtotal),
        amount(a, b, BudgetFigures::contingency),
        amount(a, b, BudgetFigures::total),
        amount(a, b, BudgetFigures::cap),
        amount(a, b, BudgetFigures::capRemaining),
        breakdowns, lines);
  }

  private static FigureDeltas.Amount amount(BudgetFigures a, BudgetFigures b, Function<BudgetFigures, BigDecimal> f) {
    return new FigureDeltas.Amount(a == null ? null : f.apply(a), b == null ? null : f.apply(b));
  }

  /** Every group of either version: the new one's order, then the groups that went away. */
  private static FigureDeltas.Breakdown breakdown(String by, BudgetFigures a, BudgetFigures b,
      Function<BudgetFigures, BudgetFigures.Breakdown> which) {
    List<BudgetFigures.Group> oldGroups = a == null ? List.of() : which.apply(a).groups();
    List<BudgetFigures.Group> newGroups = b == null ? List.of() : which.apply(b).groups();
    Map<String, BudgetFigures.Group> old = new HashMap<>();
    oldGroups.forEach(g -> old.put(g.key(), g)); // the unassigned group's key is null: a HashMap keeps it
    List<FigureDeltas.Row> rows = new ArrayList<>();
    for (BudgetFigures.Group g : newGroups) {
      BudgetFigures.Group o = old.remove(g.key());
      rows.add(new FigureDeltas.Row(g.key(), g.name(), new FigureDeltas.Amount(o == null ? null : o.amount(), g.amount())));
    }
    for (BudgetFigures.Group o : oldGroups) {
      if (old.containsKey(o.key())) {
        rows.add(new FigureDeltas.Row(o.key(), o.name(), new FigureDeltas.Amount(o.amount(), null)));
      }
    }
    return new FigureDeltas.Breakdown(by, rows);
  }

  private static List<FigureDeltas.TaskDelta> tasks(ActionPlanFigures a, ActionPlanFigures b) {
    if (b == null) {
      return List.of();
    }
    Map<String, ActionPlanFigures.TaskFigures> old = byId(a == null ? List.of() : a.tasks(), t -> t.task().id());
    List<FigureDeltas.TaskDelta> out = new ArrayList<>();
    for (ActionPlanFigures.TaskFigures n : b.tasks()) {
      ActionPlanFigures.TaskFigures o = old.get(n.task().id());
      FigureDeltas.TaskDelta d = o == null
          ? new FigureDeltas.TaskDelta(n.task().id(), n.task().title(), null, n.task().start(), null, n.task().end(),
              null, n.task().status(), false, n.overdue())
          : new FigureDeltas.TaskDelta(n.task().id(), n.task().title(), o.task().start(), n.task().start(),
              o.task().end(), n.task().end(), o.task().status(), n.task().status(), o.overdue(), n.overdue());
      if (d.slippedDays() != 0 || d.startMoved() || d.statusChanged() || d.newlyOverdue() || d.noLongerOverdue()) {
        out.add(d);
      }
    }
    return out;
  }

  private static List<FigureDeltas.KpiDelta> kpis(MonitoringFigures a, MonitoringFigures b) {
    if (a == null || b == null) {
      return List.of();
    }
    Map<String, MonitoringFigures.KpiFigures> old = byId(a.kpis(), k -> k.kpi().id());
    List<FigureDeltas.KpiDelta> out = new ArrayList<>();
    for (MonitoringFigures.KpiFigures n : b.kpis()) {
      MonitoringFigures.KpiFigures o = old.get(n.kpi().id());
      if (o == null) {
        continue; // a new KPI is a change of the plan, listed there; it has nothing to move from
      }
      FigureDeltas.KpiDelta d = new FigureDeltas.KpiDelta(n.kpi().id(), n.kpi().name(), n.kpi().unit(),
          new FigureDeltas.Amount(o.kpi().target(), n.kpi().target()),
          new FigureDeltas.Amount(o.kpi().current(), n.kpi().current()),
          new FigureDeltas.Amount(o.progress(), n.progress()),
          o.status(), n.status());
      if (d.target().changed() || d.current().changed() || d.progress().changed() || d.statusChanged()) {
        out.add(d);
      }
    }
    return out;
  }

  private static List<FigureDeltas.RiskDelta> risks(RiskFigures a, RiskFigures b) {
    if (a == null || b == null) {
      return List.of();
    }
    Map<String, RiskFigures.ScoredRisk> old = byId(a.register(), r -> r.risk().id());
    List<FigureDeltas.RiskDelta> out = new ArrayList<>();
    for (RiskFigures.ScoredRisk n : b.register()) {
      RiskFigures.ScoredRisk o = old.get(n.risk().id());
      if (o != null && o.score() != n.score()) {
        out.add(new FigureDeltas.RiskDelta(n.risk().id(), n.risk().title(), o.score(), n.score(), o.level(), n.level()));
      }
    }
    return out;
  }

  private static FigureDeltas.Tiers tiers(TieringFigures a, TieringFigures b) {
    if (a == null && b == null) {
      return null;
    }
    Map<String, TieringFigures.ScoredCustomer> old = byId(a == null ? List.of() : a.customers(), c -> c.customer().id());
    List<FigureDeltas.Move> moves = new ArrayList<>();
    for (TieringFigures.ScoredCustomer n : b == null ? List.<TieringFigures.ScoredCustomer>of() : b.customers()) {
      TieringFigures.ScoredCustomer o = old.get(n.customer().id());
      if (o != null && !Objects.equals(tierId(o.tier()), tierId(n.tier()))) {
        moves.add(new FigureDeltas.Move(n.customer().id(), n.customer().name(), tierId(o.tier()), tierName(o.tier()),
            tierId(n.tier()), tierName(n.tier())));
      }
    }
    Map<String, TieringFigures.TierSummary> oldCounts = byId(a == null ? List.of() : a.summary(), s -> s.tier().id());
    List<FigureDeltas.Count> counts = new ArrayList<>();
    for (TieringFigures.TierSummary n : b == null ? List.<TieringFigures.TierSummary>of() : b.summary()) {
      TieringFigures.TierSummary o = oldCounts.remove(n.tier().id());
      counts.add(new FigureDeltas.Count(n.tier().id(), n.tier().name(), o == null ? null : o.count(), n.count()));
    }
    oldCounts.values().forEach(o -> counts.add(new FigureDeltas.Count(o.tier().id(), o.tier().name(), o.count(), null)));
    return new FigureDeltas.Tiers(moves, counts);
  }

  private static String tierId(Tiering.Tier t) {
    return t == null ? null : t.id();
  }

  private static String tierName(Tiering.Tier t) {
    return t == null ? null : t.name();
  }

  private static FigureDeltas.Warnings warnings(List<Diagnostic> a, List<Diagnostic> b) {
    return new FigureDeltas.Warnings(minus(b, a), minus(a, b));
  }

  /** The diagnostics of {@code a} that {@code b} does not have, counted with repeats. */
  private static List<Diagnostic> minus(List<Diagnostic> a, List<Diagnostic> b) {
    Map<String, Integer> left = new HashMap<>();
    b.forEach(d -> left.merge(key(d), 1, Integer::sum));
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : a) {
      Integer n = left.get(key(d));
      if (n != null && n > 0) {
        left.put(key(d), n - 1);
      } else {
        out.add(d);
      }
    }
    return out;
  }

  private static String key(Diagnostic d) {
    return d.severity() + "\u0000" + d.rule() + "\u0000" + d.path() + "\u0000" + d.message();
  }

  /** Items by id in list order; the first of two with one id (valid plans have none). */
  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> out = new LinkedHashMap<>();
    items.forEach(i -> out.putIfAbsent(id.apply(i), i));
    return out;
  }
}
