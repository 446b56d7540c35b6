package dev.planforge.render.view;

import dev.planforge.enrich.TieringFigures;
import dev.planforge.model.Tiering;
import dev.planforge.render.chart.TierChart;
import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Cell;
import dev.planforge.render.doc.Column.Role;
import dev.planforge.render.doc.Inline;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 客户分级: the method, dimensions, tiers, the results per tier (with a chart) and the customers. */
final class TieringSection {

  private static final String ID = "tiering";

  /** The customer list stops here; the JSON output holds every customer. */
  static final int MAX_CUSTOMERS = 100;

  private TieringSection() {}

  /** @param f the tiering figures, or null when the plan's tiering has nothing to compute */
  static List<Block> blocks(Tiering t, TieringFigures f, Ctx c) {
    boolean scored = t.method() == Tiering.Method.WEIGHTED_SCORE;
    String unit = c.fmt.currencyUnit();
    Blocks blocks = new Blocks()
        .paragraph(new Inline.Text(c.label(scored ? "tiering_method_weighted_score" : "tiering_method_annual_value")));

    TableBuilder dimensions = new TableBuilder("dimensions").keep()
        .column(c.label("dimension_name"), Role.NAME)
        .column(c.label("dimension_weight"), Role.NUMBER);
    if (scored) {
      t.dimensions().forEach(d -> dimensions.row(Cell.text(d.name()), Cell.text(c.fmt.percentAsWritten(d.weight()))));
    }
    TableBuilder tiers = new TableBuilder("tiers")
        .column(c.label("tier_name"), Role.NAME)
        .column(scored ? c.label("tier_min_score") : c.label("tier_min_value", unit), Role.NUMBER)
        .optional(c.label("tier_target_share"), Role.NUMBER)
        .optional(c.label("tier_strategy"), Role.TEXT)
        .optional(c.label("tier_owner"), Role.NAME);
    TableBuilder measures = new TableBuilder("tier-measures").caption(c.label("caption_tier_measures"))
        .column(c.label("tier_name"), Role.NAME)
        .optional(c.label("tier_measures"), Role.TEXT)
        .optional(c.label("tier_targets"), Role.TEXT)
        .optional(c.label("tier_resources"), Role.TEXT);
    boolean anyMeasures = false;
    for (Tiering.Tier x : t.tiers()) {
      tiers.row(Cell.strong(x.name()), Cell.text(scored ? c.fmt.number(x.min()) : c.fmt.wholeAmount(x.min())),
          Cell.text(x.targetShare() == null ? null
              : c.fmt.number(x.targetShare().low()) + "%–" + c.fmt.number(x.targetShare().high()) + "%"),
          Cell.text(x.strategy()), Cell.text(c.person(x.owner()))).key("tiering.tiers", x.id());
      measures.row(Cell.strong(x.name()), Cell.items(x.measures()), Cell.items(x.targets()), Cell.text(x.resources()))
          .key("tiering.tiers", x.id());
      anyMeasures |= !x.measures().isEmpty() || !x.targets().isEmpty() || (x.resources() != null && !x.resources().isBlank());
    }
    Blocks tierBlocks = new Blocks().add(tiers.build());
    if (anyMeasures) {
      tierBlocks.add(measures.build());
    }
    blocks.sub(c.heading(ID, "dimensions", "tiering_dimensions"), new Blocks().add(dimensions.build()))
        .sub(c.heading(ID, "tiers", "tiering_tiers"), tierBlocks);
    if (f != null && f.customerCount() > 0) {
      blocks.sub(c.heading(ID, "summary", "tiering_summary"), summary(t, f, c))
          .sub(c.heading(ID, "customers", "tiering_customers"), customers(t, f, c));
    }
    return blocks.list();
  }

  private static Blocks summary(Tiering t, TieringFigures f, Ctx c) {
    boolean scored = t.method() == Tiering.Method.WEIGHTED_SCORE;
    boolean valued = f.annualValue() != null;
    String unit = c.fmt.currencyUnit();
    java.util.function.Function<BigDecimal, String> money =
        c.fmt.chartMoney(f.summary().stream().map(TieringFigures.TierSummary::annualValue).toList());
    String chart = TierChart.render(
        c.label("chart_tiers"), c.label("chart_tiers_customers"), valued ? c.label("chart_tiers_value") : null,
        f.summary().stream().map(s -> new TierChart.Row(s.tier().name(),
            s.count(), c.fmt.integer(s.count()) + (s.share() == null ? "" : "  " + c.fmt.percent(s.share())),
            s.annualValue(), s.annualValue() == null ? "" : money.apply(s.annualValue())
                + (s.valueShare() == null ? "" : "  " + c.fmt.percent(s.valueShare())))).toList());

    TableBuilder table = new TableBuilder("tier-summary").keep()
        .column(c.label("tier_name"), Role.NAME)
        .column(c.label("tier_count"), Role.NUMBER)
        .column(c.label("tier_share"), Role.NUMBER)
        .optional(c.label("tier_within"), Role.STATUS);
    if (scored) {
      table.column(c.label("tier_average_score"), Role.NUMBER);
    }
    if (valued) {
      table.column(c.label("tier_value", unit), Role.NUMBER).column(c.label("tier_value_share"), Role.NUMBER);
    }
    for (TieringFigures.TierSummary s : f.summary()) {
      List<Cell> row = new ArrayList<>(List.of(Cell.text(s.tier().name()), Cell.text(c.fmt.integer(s.count())),
          Cell.text(c.fmt.percent(s.share())),
          s.withinTarget() == null ? Cell.EMPTY
              : Cell.tag(s.withinTarget() ? "within-yes" : "within-no", c.label(s.withinTarget() ? "yes" : "no"))));
      if (scored) {
        row.add(Cell.text(s.averageScore() == null ? null : s.averageScore().toPlainString()));
      }
      if (valued) {
        row.add(Cell.text(c.fmt.amount(s.annualValue())));
        row.add(Cell.text(c.fmt.percent(s.valueShare())));
      }
      table.row(row);
    }
    List<Cell> total = new ArrayList<>(List.of(Cell.strong(c.label("budget_total")),
        Cell.strong(c.fmt.integer(f.customerCount())), Cell.EMPTY, Cell.EMPTY));
    if (scored) {
      total.add(Cell.EMPTY);
    }
    if (valued) {
      total.add(Cell.strong(c.fmt.amount(f.annualValue())));
      total.add(Cell.EMPTY);
    }
    table.foot(total);
    return new Blocks()
        .add(c.figure("tiering-chart", c.label("chart_tiers"), chart, "", List.of()))
        .add(table.build())
        .callout("note", f.sharesAddUp() && f.valueSharesAddUp() ? null : c.label("budget_shares_rounded"));
  }

  private static Blocks customers(Tiering t, TieringFigures f, Ctx c) {
    boolean scored = t.method() == Tiering.Method.WEIGHTED_SCORE;
    boolean valued = f.annualValue() != null;
    Map<String, Integer> tierOrder = new HashMap<>();
    for (int i = 0; i < t.tiers().size(); i++) {
      tierOrder.put(t.tiers().get(i).id(), i);
    }
    // Listed by tier, then by score (or value) highest first; the plan's order breaks ties.
    List<TieringFigures.ScoredCustomer> ordered = new ArrayList<>(f.customers());
    Comparator<TieringFigures.ScoredCustomer> byTier =
        Comparator.comparing(s -> s.tier() == null ? Integer.MAX_VALUE : tierOrder.getOrDefault(s.tier().id(), 0));
    ordered.sort(byTier.thenComparing((a, b) -> scored
        ? orLowest(b.score()).compareTo(orLowest(a.score()))
        : orLowest(b.customer().annualValue()).compareTo(orLowest(a.customer().annualValue()))));
    TableBuilder table = new TableBuilder("customers")
        .column(c.label("customer_id"), Role.ID)
        .column(c.label("customer_name"), Role.NAME)
        .optional(c.label("customer_segment"), Role.NAME);
    if (scored) {
      table.column(c.label("customer_score"), Role.NUMBER);
    }
    if (valued) {
      table.column(c.label("tier_value", c.fmt.currencyUnit()), Role.NUMBER);
    }
    table.column(c.label("customer_tier"), Role.NAME);
    ordered.stream().limit(MAX_CUSTOMERS).forEach(s -> {
      List<Cell> row = new ArrayList<>(List.of(Cell.text(s.customer().id()), Cell.text(s.customer().name()),
          Cell.text(c.segment(s.customer().segment()))));
      if (scored) {
        row.add(Cell.text(s.score() == null ? null : s.score().toPlainString()));
      }
      if (valued) {
        row.add(Cell.text(c.fmt.amount(s.customer().annualValue())));
      }
      row.add(Cell.text(s.tier() == null ? null : s.tier().name()));
      table.row(row).key("tiering.customers", s.customer().id());
    });
    return new Blocks()
        .callout("note", f.customerCount() > MAX_CUSTOMERS
            ? c.label("tiering_customers_note", c.fmt.integer(MAX_CUSTOMERS), c.fmt.integer(f.customerCount())) : null)
        .add(table.build());
  }

  private static BigDecimal orLowest(BigDecimal d) {
    return d == null ? BigDecimal.valueOf(Long.MIN_VALUE) : d;
  }
}
