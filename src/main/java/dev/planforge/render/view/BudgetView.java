package dev.planforge.render.view;

import dev.planforge.enrich.BudgetFigures;
import dev.planforge.model.Budget;
import dev.planforge.render.chart.BarChart;
import freemarker.core.TemplateHTMLOutputModel;
import java.util.ArrayList;
import java.util.List;

/** 预算: totals, the breakdowns with a chart, and the line items. Figures only displayed. */
public record BudgetView(
    Head head,
    Head summaryHead,
    List<Total> totals,
    boolean overCap,
    String approval,
    Head categoryHead,
    TemplateHTMLOutputModel categoryChart,
    Breakdown byCategory,
    Head periodHead,
    Breakdown byPeriod,
    Head tierHead,
    Breakdown byTier,
    Head itemsHead,
    String amountHeader,
    List<Line> lines,
    String subtotal) implements SectionView {

  /** One row of the summary: label, amount, and whether it is the total (shown bold). */
  public record Total(String label, String amount, boolean strong, boolean negative) {}

  /** {@code total} is the subtotal the groups add up to, with the sum of the shown shares. */
  public record Breakdown(List<Group> groups, Group total, boolean sharesAddUp) {}

  public record Group(String name, String amount, String share, String items, boolean unassigned) {}

  public record Line(
      String id, String category, String description, String period, String quantity, String unitCost,
      String amount, boolean computed, String task, String tier) {}

  static BudgetView of(Budget b, BudgetFigures f, Ctx c) {
    String id = "budget";
    Head head = c.section(id, "budget");
    List<Total> totals = new ArrayList<>();
    totals.add(new Total(c.l.text("budget_subtotal"), c.fmt.money(f.subtotal()), false, false));
    if (f.contingencyPercent() != null && f.contingencyPercent().signum() != 0) {
      totals.add(new Total(c.l.text("budget_contingency", c.fmt.percentAsWritten(f.contingencyPercent())),
          c.fmt.money(f.contingency()), false, false));
    }
    totals.add(new Total(c.l.text("budget_total"), c.fmt.money(f.total()), true, false));
    if (f.cap() != null) {
      totals.add(new Total(c.l.text("budget_cap"), c.fmt.money(f.cap()), false, false));
      totals.add(new Total(c.l.text(f.overCap() ? "budget_over_cap" : "budget_cap_remaining"),
          c.fmt.money(f.overCap() ? f.capRemaining().negate() : f.capRemaining()), false, f.overCap()));
    }
    Breakdown byCategory = breakdown(f.byCategory(), f, c);
    Breakdown byPeriod = breakdown(f.byPeriod(), f, c);
    Breakdown byTier = breakdown(f.byTier(), f, c);
    String chart = f.byCategory().groups().isEmpty() ? null : BarChart.render(c.l.text("chart_budget_category"),
        f.byCategory().groups().stream().map(g -> new BarChart.Bar(
            g.unassigned() ? c.l.text("budget_unassigned") : g.name(), g.amount(),
            c.fmt.compactMoney(g.amount()) + (g.share() == null ? "" : "  " + c.fmt.percent(g.share())))).toList());
    boolean periods = f.byPeriod().groups().stream().anyMatch(g -> !g.unassigned());
    boolean tiers = f.byTier().groups().stream().anyMatch(g -> !g.unassigned());
    return new BudgetView(
        head,
        c.sub(id, "summary", "budget_summary"),
        totals,
        f.overCap(),
        b.approval(),
        byCategory.groups().isEmpty() ? null : c.sub(id, "category", "budget_by_category"),
        chart == null ? null : Rich.trusted(chart),
        byCategory,
        periods ? c.sub(id, "period", "budget_by_period") : null,
        byPeriod,
        tiers ? c.sub(id, "tier", "budget_by_tier") : null,
        byTier,
        f.lines().isEmpty() ? null : c.sub(id, "items", "budget_items"),
        c.l.text("item_amount", c.fmt.currencyUnit()),
        f.lines().stream().map(line -> {
          Budget.Item i = line.item();
          return new Line(i.id(), i.category(), i.description(), i.period(),
              i.quantity() == null ? "" : c.fmt.number(i.quantity()),
              i.unitCost() == null ? "" : c.fmt.amount(i.unitCost()),
              c.fmt.amount(line.amount()), line.computed(), c.task(i.task()), c.tier(i.tier()));
        }).toList(),
        c.fmt.amount(f.subtotal()));
  }

  private static Breakdown breakdown(BudgetFigures.Breakdown b, BudgetFigures f, Ctx c) {
    Group total = new Group(c.l.text("budget_total"), c.fmt.amount(f.subtotal()),
        b.shareSum() == null ? "" : c.fmt.percent(b.shareSum()), c.fmt.integer(f.lines().size()), false);
    return new Breakdown(b.groups().stream().map(g -> new Group(
        g.unassigned() ? c.l.text("budget_unassigned") : g.name(), c.fmt.amount(g.amount()),
        g.share() == null ? "" : c.fmt.percent(g.share()), c.fmt.integer(g.items()), g.unassigned())).toList(),
        total, b.sharesAddUp());
  }

  @Override
  public List<Head> subs() {
    List<Head> subs = new ArrayList<>();
    SectionView.add(subs, summaryHead, categoryHead, periodHead, tierHead, itemsHead);
    return subs;
  }
}
