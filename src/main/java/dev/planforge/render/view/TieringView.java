package dev.planforge.render.view;

import dev.planforge.enrich.TieringFigures;
import dev.planforge.model.Tiering;
import dev.planforge.render.chart.TierChart;
import freemarker.core.TemplateHTMLOutputModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 客户分级: method, dimensions, tiers, the results per tier (with a chart) and the customers. */
public record TieringView(
    Head head,
    String method,
    Head dimensionsHead,
    List<Dimension> dimensions,
    Head tiersHead,
    String minHeader,
    List<Tier> tiers,
    Head summaryHead,
    TemplateHTMLOutputModel chart,
    List<Summary> summary,
    boolean scored,
    boolean valued,
    String valueHeader,
    String totalCount,
    String totalValue,
    boolean sharesAddUp,
    boolean valueSharesAddUp,
    Head customersHead,
    List<Customer> customers,
    String customersNote) implements SectionView {

  /** The customer list stops here; the JSON output holds every customer. */
  static final int MAX_CUSTOMERS = 100;

  public record Dimension(String name, String weight) {}

  public record Tier(
      String name, String min, String targetShare, String strategy, List<String> measures, String owner,
      String resources, List<String> targets) {}

  /** {@code within} is "yes", "no" or "" (no target), for a tag; {@code withinText} its label. */
  public record Summary(
      String name, String count, String share, String within, String withinText, String annualValue,
      String valueShare, String averageScore) {}

  public record Customer(String id, String name, String segment, String score, String annualValue, String tier) {}

  static TieringView of(Tiering t, TieringFigures f, Ctx c) {
    String id = "tiering";
    Head head = c.section(id, "tiering");
    boolean scored = t.method() == Tiering.Method.WEIGHTED_SCORE;
    boolean valued = f.annualValue() != null;
    String unit = c.fmt.currencyUnit();
    List<Summary> summary = f.summary().stream().map(s -> new Summary(
        s.tier().name(),
        c.fmt.integer(s.count()),
        c.fmt.percent(s.share()),
        s.withinTarget() == null ? "" : s.withinTarget() ? "yes" : "no",
        s.withinTarget() == null ? "" : c.l.text(s.withinTarget() ? "yes" : "no"),
        c.fmt.amount(s.annualValue()),
        c.fmt.percent(s.valueShare()),
        s.averageScore() == null ? "" : s.averageScore().toPlainString())).toList();
    String chart = f.customerCount() == 0 ? null : TierChart.render(
        c.l.text("chart_tiers"), c.l.text("chart_tiers_customers"), valued ? c.l.text("chart_tiers_value") : null,
        f.summary().stream().map(s -> new TierChart.Row(s.tier().name(),
            s.count(), c.fmt.integer(s.count()) + (s.share() == null ? "" : "  " + c.fmt.percent(s.share())),
            s.annualValue(), s.annualValue() == null ? "" : c.fmt.compactMoney(s.annualValue())
                + (s.valueShare() == null ? "" : "  " + c.fmt.percent(s.valueShare())))).toList());

    Map<String, Integer> tierOrder = new HashMap<>();
    for (int i = 0; i < t.tiers().size(); i++) {
      tierOrder.put(t.tiers().get(i).id(), i);
    }
    // Listed by tier, then by score (or value) highest first; the plan's order breaks ties.
    List<TieringFigures.ScoredCustomer> ordered = new ArrayList<>(f.customers());
    Comparator<TieringFigures.ScoredCustomer> byTier = Comparator.comparing(s -> tierOrder.getOrDefault(s.tier().id(), 0));
    ordered.sort(byTier.thenComparing((a, b) -> scored
        ? nullsLast(b.score()).compareTo(nullsLast(a.score()))
        : nullsLast(b.customer().annualValue()).compareTo(nullsLast(a.customer().annualValue()))));
    List<Customer> customers = ordered.stream().limit(MAX_CUSTOMERS).map(s -> new Customer(
        s.customer().id(), s.customer().name(), c.segment(s.customer().segment()),
        s.score() == null ? "" : s.score().toPlainString(), c.fmt.amount(s.customer().annualValue()),
        s.tier().name())).toList();

    return new TieringView(
        head,
        c.l.text(scored ? "tiering_method_weighted_score" : "tiering_method_annual_value"),
        scored && !t.dimensions().isEmpty() ? c.sub(id, "dimensions", "tiering_dimensions") : null,
        t.dimensions().stream().map(d -> new Dimension(d.name(), c.fmt.percentAsWritten(d.weight()))).toList(),
        t.tiers().isEmpty() ? null : c.sub(id, "tiers", "tiering_tiers"),
        scored ? c.l.text("tier_min_score") : c.l.text("tier_min_value", unit),
        t.tiers().stream().map(x -> new Tier(x.name(),
            scored ? c.fmt.number(x.min()) : c.fmt.amount(x.min()),
            x.targetShare() == null ? "" : c.fmt.number(x.targetShare().low()) + "%–" + c.fmt.number(x.targetShare().high()) + "%",
            x.strategy(), x.measures(), c.person(x.owner()), x.resources(), x.targets())).toList(),
        f.customerCount() == 0 ? null : c.sub(id, "summary", "tiering_summary"),
        chart == null ? null : Rich.trusted(chart),
        summary,
        scored,
        valued,
        c.l.text("tier_value", unit),
        c.fmt.integer(f.customerCount()),
        c.fmt.amount(f.annualValue()),
        f.sharesAddUp(),
        f.valueSharesAddUp(),
        customers.isEmpty() ? null : c.sub(id, "customers", "tiering_customers"),
        customers,
        f.customerCount() > MAX_CUSTOMERS
            ? c.l.text("tiering_customers_note", c.fmt.integer(MAX_CUSTOMERS), c.fmt.integer(f.customerCount())) : null);
  }

  private static java.math.BigDecimal nullsLast(java.math.BigDecimal d) {
    return d == null ? java.math.BigDecimal.valueOf(Long.MIN_VALUE) : d;
  }

  public String customerValueHeader() {
    return valueHeader;
  }

  @Override
  public List<Head> subs() {
    List<Head> subs = new ArrayList<>();
    SectionView.add(subs, dimensionsHead, tiersHead, summaryHead, customersHead);
    return subs;
  }
}
