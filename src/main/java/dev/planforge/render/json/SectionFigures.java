package dev.planforge.render.json;

import static dev.planforge.render.json.PlanJson.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.planforge.enrich.ActionPlanFigures;
import dev.planforge.enrich.BudgetFigures;
import dev.planforge.enrich.Completeness;
import dev.planforge.enrich.Figures;
import dev.planforge.enrich.LoyaltyFigures;
import dev.planforge.enrich.MonitoringFigures;
import dev.planforge.enrich.Money;
import dev.planforge.enrich.RiskFigures;
import dev.planforge.enrich.TieringFigures;
import dev.planforge.model.Market;
import dev.planforge.model.Part;
import dev.planforge.model.Tiering;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes one plan's figures into copies of its written parts. Every per-item figure is looked up
 * by the item's id (a loyalty item, which has none, by what it says), so it lands on its own item
 * whatever the list's order; an item the figures do not know is left as written.
 *
 * <p>Money the plan wrote ({@code cap}, {@code unit_cost}, {@code annual_value}, a tier's {@code
 * min} under annual_value) is rewritten from the typed model as a money string, in place.
 */
final class SectionFigures {

  private final Figures figures;
  private final String currency;

  SectionFigures(Figures figures, String currency) {
    this.figures = figures;
    this.currency = currency;
  }

  /** The part with its figures; a part that is not a mapping has none and stays as written. */
  JsonNode into(Part part, JsonNode section) {
    if (!(section instanceof ObjectNode o)) {
      return section;
    }
    // A switch expression, so a new part must say whether it has figures.
    return switch (part) {
      case MARKET -> loyalty(o, figures.loyalty());
      case TIERING -> tiering(o, figures.tiering());
      case ACTION_PLAN -> actionPlan(o, figures.actionPlan());
      case BUDGET -> budget(o, figures.budget());
      case MONITORING -> monitoring(o, figures.monitoring());
      case RISKS -> risks(o, figures.risks());
      case OVERVIEW, TEAM, TARGETING, ACCOUNTS, STRATEGY, CONCLUSION, APPENDICES -> o;
    };
  }

  private ObjectNode budget(ObjectNode budget, BudgetFigures f) {
    if (f == null) {
      return budget;
    }
    budget.set("contingency_percent", NODES.numberNode(f.contingencyPercent()));
    money(budget, "cap", f.cap());
    Map<String, BudgetFigures.Line> lines = byKey(f.lines(), l -> l.item().id());
    for (ObjectNode item : Written.items(budget, "items")) {
      BudgetFigures.Line line = lines.get(Written.text(item, "id"));
      if (line != null) {
        money(item, "unit_cost", line.item().unitCost());
        item.put("amount", money(line.amount()));
      }
    }
    budget.put("subtotal", money(f.subtotal()));
    budget.put("contingency", money(f.contingency()));
    budget.put("total", money(f.total()));
    budget.put("cap_remaining", money(f.capRemaining()));
    budget.put("over_cap", f.overCap());
    budget.set("by_category", groups(f.byCategory()));
    budget.set("by_period", groups(f.byPeriod()));
    budget.set("by_quarter", groups(f.byQuarter()));
    budget.set("by_task", groups(f.byTask()));
    budget.set("by_tier", groups(f.byTier()));
    ObjectNode sums = budget.putObject("share_sums");
    sums.set("by_category", NODES.numberNode(f.byCategory().shareSum()));
    sums.set("by_period", NODES.numberNode(f.byPeriod().shareSum()));
    sums.set("by_quarter", NODES.numberNode(f.byQuarter().shareSum()));
    sums.set("by_task", NODES.numberNode(f.byTask().shareSum()));
    sums.set("by_tier", NODES.numberNode(f.byTier().shareSum()));
    return budget;
  }

  private ArrayNode groups(BudgetFigures.Breakdown breakdown) {
    ArrayNode out = NODES.arrayNode();
    for (BudgetFigures.Group g : breakdown.groups()) {
      ObjectNode o = out.addObject();
      o.put("key", g.key());
      o.put("name", g.name());
      o.put("amount", money(g.amount()));
      o.set("share", NODES.numberNode(g.share()));
      o.put("items", g.items());
      o.put("unassigned", g.unassigned());
    }
    return out;
  }

  private ObjectNode tiering(ObjectNode tiering, TieringFigures f) {
    if (f == null) {
      return tiering;
    }
    boolean byValue = f.method() == Tiering.Method.ANNUAL_VALUE;
    tiering.put("method", byValue ? "annual_value" : "weighted_score");
    if (byValue) { // the tier minimums are money per year
      Map<String, Tiering.Tier> tiers =
          byKey(f.summary().stream().map(TieringFigures.TierSummary::tier).toList(), Tiering.Tier::id);
      for (ObjectNode tier : Written.items(tiering, "tiers")) {
        Tiering.Tier t = tiers.get(Written.text(tier, "id"));
        if (t != null) {
          money(tier, "min", t.min());
        }
      }
    }
    Map<String, TieringFigures.ScoredCustomer> scored = byKey(f.customers(), c -> c.customer().id());
    for (ObjectNode customer : Written.items(tiering, "customers")) {
      TieringFigures.ScoredCustomer c = scored.get(Written.text(customer, "id"));
      if (c != null) {
        money(customer, "annual_value", c.customer().annualValue());
        if (!byValue) {
          customer.set("score", NODES.numberNode(c.score()));
        }
        customer.put("tier", c.tier() == null ? null : c.tier().id());
      }
    }
    ArrayNode summary = tiering.putArray("summary");
    for (TieringFigures.TierSummary s : f.summary()) {
      ObjectNode o = summary.addObject();
      o.put("tier", s.tier().id());
      o.put("name", s.tier().name());
      o.put("count", s.count());
      o.set("share", NODES.numberNode(s.share()));
      o.put("within_target", s.withinTarget());
      o.put("annual_value", money(s.annualValue()));
      o.set("value_share", NODES.numberNode(s.valueShare()));
      o.set("average_score", NODES.numberNode(s.averageScore()));
    }
    tiering.put("customer_count", f.customerCount());
    tiering.put("annual_value_total", money(f.annualValue()));
    ObjectNode sums = tiering.putObject("share_sums");
    sums.set("share", NODES.numberNode(f.shareSum()));
    sums.set("value_share", NODES.numberNode(f.valueShareSum()));
    return tiering;
  }

  private ObjectNode actionPlan(ObjectNode actionPlan, ActionPlanFigures f) {
    if (f == null) {
      return actionPlan;
    }
    Map<String, ActionPlanFigures.TaskFigures> tasks = byKey(f.tasks(), t -> t.task().id());
    for (ObjectNode task : Written.items(actionPlan, "tasks")) {
      ActionPlanFigures.TaskFigures t = tasks.get(Written.text(task, "id"));
      if (t != null) {
        task.put("duration_days", t.durationDays());
        task.put("overdue", t.overdue());
      }
    }
    ObjectNode byStatus = actionPlan.putObject("by_status");
    f.byStatus().forEach(s -> byStatus.put(s.status().key(), s.count()));
    actionPlan.set("completion", NODES.numberNode(f.completion()));
    ArrayNode overdue = actionPlan.putArray("overdue");
    f.overdue().forEach(t -> overdue.add(t.id()));
    if (f.span() == null) {
      actionPlan.putNull("span");
    } else {
      ObjectNode span = actionPlan.putObject("span");
      span.put("start", f.span().start().toString());
      span.put("end", f.span().end().toString());
      span.put("days", f.span().days());
    }
    ArrayNode byOwner = actionPlan.putArray("by_owner");
    for (ActionPlanFigures.OwnerCount o : f.byOwner()) {
      ObjectNode row = byOwner.addObject();
      row.put("owner", o.owner());
      row.put("name", o.name());
      row.put("count", o.count());
      row.put("done", o.done());
      row.put("open", o.open());
      row.put("overdue", o.overdue());
    }
    return actionPlan;
  }

  private ObjectNode monitoring(ObjectNode monitoring, MonitoringFigures f) {
    if (f == null) {
      return monitoring;
    }
    Map<String, MonitoringFigures.KpiFigures> kpis = byKey(f.kpis(), k -> k.kpi().id());
    for (ObjectNode kpi : Written.items(monitoring, "kpis")) {
      MonitoringFigures.KpiFigures k = kpis.get(Written.text(kpi, "id"));
      if (k != null) {
        kpi.put("direction", k.kpi().direction().name().toLowerCase(Locale.ROOT));
        kpi.set("progress", NODES.numberNode(k.progress()));
        kpi.set("time_share", NODES.numberNode(k.timeShare()));
        kpi.put("status", k.status().key());
      }
    }
    ObjectNode byStatus = monitoring.putObject("by_status");
    f.byStatus().forEach(s -> byStatus.put(s.status().key(), s.count()));
    return monitoring;
  }

  private ObjectNode risks(ObjectNode risks, RiskFigures f) {
    if (f == null) {
      return risks;
    }
    Map<String, RiskFigures.ScoredRisk> scored = byKey(f.register(), r -> r.risk().id());
    for (ObjectNode risk : Written.items(risks, "register")) {
      RiskFigures.ScoredRisk r = scored.get(Written.text(risk, "id"));
      if (r != null) {
        risk.put("score", r.score());
        risk.put("level", r.level().key());
      }
    }
    if (risks.get("register") instanceof ArrayNode register) {
      // The contract's register is sorted by score, highest first (ties keep plan order): each
      // risk goes to its place in the ranking, anything unranked after them as written.
      Map<String, Integer> rank = new HashMap<>();
      f.ranked().forEach(r -> rank.putIfAbsent(r.risk().id(), rank.size()));
      List<JsonNode> sorted = new ArrayList<>();
      register.forEach(sorted::add);
      sorted.sort(Comparator.comparingInt(r -> rank.getOrDefault(Written.text(r, "id"), Integer.MAX_VALUE)));
      register.removeAll();
      register.addAll(sorted);
    }
    ObjectNode byLevel = risks.putObject("by_level");
    f.byLevel().forEach(l -> byLevel.put(l.level().key(), l.count()));
    ArrayNode heatMap = risks.putArray("heat_map");
    for (RiskFigures.Row row : f.heatMap().rows()) {
      ObjectNode o = heatMap.addObject();
      o.put("likelihood", row.likelihood());
      ArrayNode counts = o.putArray("counts"); // counts[impact - 1]
      row.cells().forEach(c -> counts.add(c.count()));
    }
    return risks;
  }

  /**
   * A loyalty item has no id and its name may repeat, so it is found by all it says: the item,
   * its attitude and its repeat patronage. Two items saying the same lie in the same quadrant.
   */
  private record Answers(String item, String attitude, String repeat) {

    static Answers of(Market.LoyaltyItem i) {
      return new Answers(i.item(), key(i.attitude()), key(i.repeat()));
    }

    static Answers of(JsonNode written) {
      return new Answers(Written.text(written, "item"), Written.text(written, "attitude"),
          Written.text(written, "repeat"));
    }

    private static String key(Market.Level level) {
      return level == null ? null : level.name().toLowerCase(Locale.ROOT);
    }
  }

  private ObjectNode loyalty(ObjectNode market, LoyaltyFigures f) {
    if (f == null) {
      return market;
    }
    Map<Answers, LoyaltyFigures.Classified> classified = byKey(f.items(), c -> Answers.of(c.item()));
    for (ObjectNode item : Written.items(market, "loyalty")) {
      LoyaltyFigures.Classified c = classified.get(Answers.of(item));
      if (c != null) {
        item.put("quadrant", c.quadrant().key());
      }
    }
    return market;
  }

  /** The recommended parts, present and missing, each in {@link Part} order. */
  ObjectNode completeness() {
    Completeness c = figures.completeness();
    ObjectNode o = NODES.objectNode();
    ArrayNode present = o.putArray("present");
    ArrayNode missing = o.putArray("missing");
    c.parts().forEach(p -> (p.present() ? present : missing).add(p.key()));
    return o;
  }

  /**
   * The values by their key, the first one winning (the plan's ids are unique within their list;
   * a value without a key is left out, as nothing written can name it).
   */
  private static <K, T> Map<K, T> byKey(List<T> values, Function<T, K> key) {
    Map<K, T> out = new HashMap<>();
    for (T value : values) {
      K k = key.apply(value);
      if (k != null) {
        out.putIfAbsent(k, value);
      }
    }
    return out;
  }

  /** Rewrites a money value the plan wrote, in place, from its typed value. */
  private void money(ObjectNode node, String key, BigDecimal typed) {
    if (typed != null && node.has(key)) {
      node.put(key, money(typed));
    }
  }

  private String money(BigDecimal amount) {
    return amount == null ? null : Money.plain(amount, currency);
  }
}
