package dev.planforge.render.view;

import dev.planforge.enrich.BudgetFigures;
import dev.planforge.model.Budget;
import dev.planforge.render.chart.BarChart;
import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Cell;
import dev.planforge.render.doc.Column.Role;
import dev.planforge.render.doc.Inline;
import java.util.List;

/** 预算: the totals, the breakdowns (by category with a chart) and the line items. */
final class BudgetSection {

  private static final String ID = "budget";

  private BudgetSection() {}

  static List<Block> blocks(Budget b, BudgetFigures f, Ctx c) {
    Blocks.Facts totals = new Blocks.Facts("totals")
        .add(c.label("budget_subtotal"), Cell.text(c.fmt.money(f.subtotal())), "");
    if (f.contingencyPercent() != null && f.contingencyPercent().signum() != 0) {
      totals.add(c.label("budget_contingency", c.fmt.percentAsWritten(f.contingencyPercent())),
          Cell.text(c.fmt.money(f.contingency())), "");
    }
    totals.add(c.label("budget_total"), Cell.strong(c.fmt.money(f.total())), "strong");
    if (f.cap() != null) {
      totals.add(c.label("budget_cap"), Cell.text(c.fmt.money(f.cap())), "");
      totals.add(c.label(f.overCap() ? "budget_over_cap" : "budget_cap_remaining"),
          Cell.text(c.fmt.money(f.overCap() ? f.capRemaining().negate() : f.capRemaining())), f.overCap() ? "negative" : "");
    }
    Blocks summary = new Blocks().add(totals.build());
    if (b.approval() != null && !b.approval().isBlank()) {
      summary.paragraph(new Inline.Strong(c.label("budget_approval")), new Inline.Text(c.label("colon") + b.approval()));
    }
    String amountHeader = c.label("item_amount", c.fmt.currencyUnit());

    Blocks byCategory = new Blocks();
    if (!f.byCategory().groups().isEmpty()) {
      java.util.function.Function<java.math.BigDecimal, String> money =
          c.fmt.chartMoney(f.byCategory().groups().stream().map(BudgetFigures.Group::amount).toList());
      String chart = BarChart.render(c.label("chart_budget_category"),
          f.byCategory().groups().stream().map(g -> new BarChart.Bar(
              g.unassigned() ? c.label("budget_unassigned") : g.name(), g.amount(),
              money.apply(g.amount()) + (g.share() == null ? "" : "  " + c.fmt.percent(g.share())))).toList());
      byCategory.add(c.figure("budget-chart", c.label("chart_budget_category"), chart,
              Mermaid.pie(f, c.label("chart_budget_category"), c.label("budget_unassigned")), List.of()))
          .add(breakdown(f.byCategory(), f, c.label("item_category"), amountHeader, c))
          .callout("note", f.byCategory().sharesAddUp() ? null : c.label("budget_shares_rounded"));
    }
    Blocks byPeriod = new Blocks();
    if (f.byPeriod().groups().stream().anyMatch(g -> !g.unassigned())) {
      byPeriod.add(byQuarter(f, amountHeader, c))
          .callout("note", f.byQuarter().sharesAddUp() ? null : c.label("budget_shares_rounded"));
    }
    Blocks byTier = new Blocks();
    if (f.byTier().groups().stream().anyMatch(g -> !g.unassigned())) {
      byTier.add(breakdown(f.byTier(), f, c.label("item_tier"), amountHeader, c))
          .callout("note", f.byTier().sharesAddUp() ? null : c.label("budget_shares_rounded"));
    }

    TableBuilder items = new TableBuilder("budget-items")
        .column(c.label("item_category"), Role.NAME)
        .column(c.label("item_description"), Role.TEXT)
        .optional(c.label("item_period"), Role.DATE)
        .optional(c.label("item_quantity"), Role.NUMBER)
        .optional(c.label("item_unit_cost"), Role.NUMBER)
        .column(amountHeader, Role.NUMBER);
    for (BudgetFigures.Line line : f.lines()) {
      Budget.Item i = line.item();
      items.row(Cell.text(i.category()), Cell.text(i.description()), Cell.text(c.fmt.period(i.period())),
          Cell.text(i.quantity() == null ? null : c.fmt.number(i.quantity())),
          Cell.text(i.unitCost() == null ? null : c.fmt.amount(i.unitCost())), Cell.text(c.fmt.amount(line.amount())))
          .key("budget.items", i.id());
    }
    items.foot(Cell.strong(c.label("budget_subtotal")).spanning(5), Cell.strong(c.fmt.amount(f.subtotal())));

    return new Blocks()
        .sub(c.heading(ID, "summary", "budget_summary"), summary)
        .sub(c.heading(ID, "category", "budget_by_category"), byCategory)
        .sub(c.heading(ID, "period", "budget_by_period"), byPeriod)
        .sub(c.heading(ID, "tier", "budget_by_tier"), byTier)
        .sub(c.heading(ID, "items", "budget_items"), new Blocks().add(items.build()))
        .list();
  }

  /**
   * The budget over time: each quarter's row (its own items and its months' together), then,
   * when it holds more than its own items, the periods it holds beneath it — the whole-quarter
   * items and each month — so months and quarters read as one time series, never interleaved.
   */
  private static Block byQuarter(BudgetFigures f, String amountHeader, Ctx c) {
    TableBuilder t = new TableBuilder("breakdown by-period").keep()
        .column(c.label("item_period"), Role.NAME)
        .column(c.label("item_count"), Role.NUMBER)
        .column(amountHeader, Role.NUMBER)
        .column(c.label("item_share"), Role.NUMBER);
    for (BudgetFigures.Group q : f.byQuarter().groups()) {
      if (q.unassigned()) {
        groupRow(t, "unassigned", c.label("budget_unassigned"), q, false, c);
        continue;
      }
      groupRow(t, "quarter", c.fmt.period(q.key()), q, true, c);
      List<BudgetFigures.Group> held = f.byPeriod().groups().stream()
          .filter(g -> !g.unassigned() && q.key().equals(BudgetFigures.quarterOf(g.key()))).toList();
      if (held.size() > 1 || held.size() == 1 && !held.get(0).key().equals(q.key())) {
        for (BudgetFigures.Group g : held) {
          groupRow(t, "in-quarter", g.key().equals(q.key()) ? c.label("budget_whole_quarter") : c.fmt.period(g.key()), g, false, c);
        }
      }
    }
    t.foot(Cell.strong(c.label("budget_total")), Cell.strong(c.fmt.integer(f.lines().size())),
        Cell.strong(c.fmt.amount(f.subtotal())),
        Cell.strong(f.byQuarter().shareSum() == null ? null : c.fmt.percent(f.byQuarter().shareSum())));
    return t.build();
  }

  private static void groupRow(TableBuilder t, String style, String name, BudgetFigures.Group g, boolean strong, Ctx c) {
    java.util.function.Function<String, Cell> cell = strong ? Cell::strong : Cell::text;
    t.styledRow(style, cell.apply(name), cell.apply(c.fmt.integer(g.items())), cell.apply(c.fmt.amount(g.amount())),
        cell.apply(g.share() == null ? null : c.fmt.percent(g.share())));
  }

  private static Block breakdown(BudgetFigures.Breakdown b, BudgetFigures f, String keyHeader, String amountHeader, Ctx c) {
    return breakdown(b, f, keyHeader, amountHeader, java.util.function.UnaryOperator.identity(), c);
  }

  /** @param name how a group's name reads (a period as 2026年第一季度) */
  private static Block breakdown(BudgetFigures.Breakdown b, BudgetFigures f, String keyHeader, String amountHeader,
      java.util.function.UnaryOperator<String> name, Ctx c) {
    TableBuilder t = new TableBuilder("breakdown").keep()
        .column(keyHeader, Role.NAME)
        .column(c.label("item_count"), Role.NUMBER)
        .column(amountHeader, Role.NUMBER)
        .column(c.label("item_share"), Role.NUMBER);
    for (BudgetFigures.Group g : b.groups()) {
      t.styledRow(g.unassigned() ? "unassigned" : "", Cell.text(g.unassigned() ? c.label("budget_unassigned") : name.apply(g.name())),
          Cell.text(c.fmt.integer(g.items())), Cell.text(c.fmt.amount(g.amount())),
          Cell.text(g.share() == null ? null : c.fmt.percent(g.share())));
    }
    t.foot(Cell.strong(c.label("budget_total")), Cell.strong(c.fmt.integer(f.lines().size())),
        Cell.strong(c.fmt.amount(f.subtotal())), Cell.strong(b.shareSum() == null ? null : c.fmt.percent(b.shareSum())));
    return t.build();
  }
}
