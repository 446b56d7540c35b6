package dev.planforge.render;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import dev.planforge.model.Tiering;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * {@code --format json}: the validated plan tree with every figure merged in beside the values
 * it is computed from, under the names of the plan format ("Computed values"), snake_case.
 *
 * <p>Money — given or computed — is a string with the currency's minor-unit digits ({@code
 * "1234567.80"}, {@code "1200"} for JPY), so no reader loses a cent to floating point. Scores,
 * shares and progress are JSON numbers written with their fixed decimals ({@code 36.7}, {@code
 * 60.00}). Keys keep the plan's order and figures follow them in a fixed order; with UTF-8,
 * two-space indentation and a final newline, the same plan always gives the same bytes.
 */
public final class JsonRenderer implements Renderer {

  // Exact decimals keep a share of 20.0 as "20.0", not "2E+1" or "20".
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private static final ObjectWriter WRITER = JsonMapper.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build()
      .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  @Override
  public Format format() {
    return Format.JSON;
  }

  @Override
  public void render(Document document, OutputStream out) throws IOException {
    out.write(WRITER.writeValueAsBytes(tree(document)));
    out.write('\n');
  }

  /** The plan tree with the figures merged in; the document's own tree is left as it is. */
  private static ObjectNode tree(Document document) {
    ObjectNode root = document.tree().deepCopy();
    Figures f = document.figures();
    Merge merge = new Merge(document.plan().currency());
    if (f.budget() != null) {
      merge.budget((ObjectNode) root.get("budget"), f.budget());
    }
    if (f.tiering() != null) {
      merge.tiering((ObjectNode) root.get("tiering"), f.tiering());
    }
    if (f.actionPlan() != null) {
      merge.actionPlan((ObjectNode) root.get("action_plan"), f.actionPlan());
    }
    if (f.monitoring() != null) {
      merge.monitoring((ObjectNode) root.get("monitoring"), f.monitoring());
    }
    if (f.risks() != null) {
      merge.risks((ObjectNode) root.get("risks"), f.risks());
    }
    if (f.loyalty() != null) {
      merge.loyalty((ObjectNode) root.get("market"), f.loyalty());
    }
    root.set("completeness", merge.completeness(f.completeness()));
    return root;
  }

  /**
   * Writes one plan's figures into its tree. The figures' lists are in plan order, so the i-th
   * figure belongs to the i-th element of the tree's list.
   */
  private record Merge(String currency) {

    void budget(ObjectNode budget, BudgetFigures f) {
      budget.set("contingency_percent", NODES.numberNode(f.contingencyPercent()));
      money(budget, "cap");
      ArrayNode items = (ArrayNode) budget.path("items");
      for (int i = 0; i < f.lines().size(); i++) {
        ObjectNode item = (ObjectNode) items.get(i);
        money(item, "unit_cost");
        item.put("amount", money(f.lines().get(i).amount()));
      }
      budget.put("subtotal", money(f.subtotal()));
      budget.put("contingency", money(f.contingency()));
      budget.put("total", money(f.total()));
      budget.put("cap_remaining", money(f.capRemaining()));
      budget.put("over_cap", f.overCap());
      budget.set("by_category", groups(f.byCategory()));
      budget.set("by_period", groups(f.byPeriod()));
      budget.set("by_task", groups(f.byTask()));
      budget.set("by_tier", groups(f.byTier()));
      ObjectNode sums = budget.putObject("share_sums");
      sums.set("by_category", NODES.numberNode(f.byCategory().shareSum()));
      sums.set("by_period", NODES.numberNode(f.byPeriod().shareSum()));
      sums.set("by_task", NODES.numberNode(f.byTask().shareSum()));
      sums.set("by_tier", NODES.numberNode(f.byTier().shareSum()));
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

    void tiering(ObjectNode tiering, TieringFigures f) {
      boolean byValue = f.method() == Tiering.Method.ANNUAL_VALUE;
      tiering.put("method", byValue ? "annual_value" : "weighted_score");
      if (byValue) { // the tier minimums are money per year
        tiering.path("tiers").forEach(t -> money((ObjectNode) t, "min"));
      }
      ArrayNode customers = (ArrayNode) tiering.path("customers");
      for (int i = 0; i < f.customers().size(); i++) {
        TieringFigures.ScoredCustomer c = f.customers().get(i);
        ObjectNode customer = (ObjectNode) customers.get(i);
        money(customer, "annual_value");
        if (!byValue) {
          customer.set("score", NODES.numberNode(c.score()));
        }
        customer.put("tier", c.tier() == null ? null : c.tier().id());
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
    }

    void actionPlan(ObjectNode actionPlan, ActionPlanFigures f) {
      ArrayNode tasks = (ArrayNode) actionPlan.path("tasks");
      for (int i = 0; i < f.tasks().size(); i++) {
        ObjectNode task = (ObjectNode) tasks.get(i);
        task.put("duration_days", f.tasks().get(i).durationDays());
        task.put("overdue", f.tasks().get(i).overdue());
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
    }

    void monitoring(ObjectNode monitoring, MonitoringFigures f) {
      ArrayNode kpis = (ArrayNode) monitoring.path("kpis");
      for (int i = 0; i < f.kpis().size(); i++) {
        MonitoringFigures.KpiFigures k = f.kpis().get(i);
        ObjectNode kpi = (ObjectNode) kpis.get(i);
        kpi.put("direction", k.kpi().direction().name().toLowerCase(Locale.ROOT));
        kpi.set("progress", NODES.numberNode(k.progress()));
        kpi.set("time_share", NODES.numberNode(k.timeShare()));
        kpi.put("status", k.status().key());
      }
      ObjectNode byStatus = monitoring.putObject("by_status");
      f.byStatus().forEach(s -> byStatus.put(s.status().key(), s.count()));
    }

    void risks(ObjectNode risks, RiskFigures f) {
      // The contract's register is sorted by score, highest first (ties keep plan order).
      ArrayNode register = (ArrayNode) risks.path("register");
      java.util.Map<String, ObjectNode> byId = new java.util.HashMap<>();
      for (int i = 0; i < f.register().size(); i++) {
        ObjectNode risk = (ObjectNode) register.get(i);
        risk.put("score", f.register().get(i).score());
        risk.put("level", f.register().get(i).level().key());
        byId.put(f.register().get(i).risk().id(), risk);
      }
      register.removeAll();
      f.ranked().forEach(r -> register.add(byId.get(r.risk().id())));
      ObjectNode byLevel = risks.putObject("by_level");
      f.byLevel().forEach(l -> byLevel.put(l.level().key(), l.count()));
      ArrayNode heatMap = risks.putArray("heat_map");
      for (RiskFigures.Row row : f.heatMap().rows()) {
        ObjectNode o = heatMap.addObject();
        o.put("likelihood", row.likelihood());
        ArrayNode counts = o.putArray("counts"); // counts[impact - 1]
        row.cells().forEach(c -> counts.add(c.count()));
      }
    }

    void loyalty(ObjectNode market, LoyaltyFigures f) {
      ArrayNode items = (ArrayNode) market.path("loyalty");
      for (int i = 0; i < f.items().size(); i++) {
        ((ObjectNode) items.get(i)).put("quadrant", f.items().get(i).quadrant().key());
      }
    }

    JsonNode completeness(Completeness c) {
      ObjectNode o = NODES.objectNode();
      ArrayNode present = o.putArray("present");
      ArrayNode missing = o.putArray("missing");
      c.parts().forEach(p -> (p.present() ? present : missing).add(p.key()));
      return o;
    }

    /** Rewrites a money value the plan gave, in place, as a money string. */
    private void money(ObjectNode node, String key) {
      JsonNode value = node.get(key);
      if (value != null && value.isNumber()) {
        node.put(key, money(value.decimalValue()));
      }
    }

    private String money(BigDecimal amount) {
      return amount == null ? null : Money.plain(amount, currency);
    }
  }
}
