package dev.planforge.diff;

import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.enrich.KpiStatus;
import dev.planforge.enrich.RiskLevel;
import dev.planforge.model.ActionPlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The deltas of the computed figures between two versions of a plan: what reviewers look for
 * first. Lists hold only what moved, except {@link Budget#breakdowns} and {@link Tiers#counts},
 * which hold every row so a reader sees the whole table; {@code changed()} tells which moved.
 *
 * @param budget the budget's totals and breakdowns; null when neither version has a budget
 * @param tasks tasks whose dates or status moved, or that are newly overdue, in the new plan's order
 * @param kpis KPIs whose target, current value, progress or status moved
 * @param risks risks whose score or level moved
 * @param tiers customers that moved tier and every tier's count; null when neither version tiers customers
 * @param warnings the warnings that appeared and those that went away
 */
public record FigureDeltas(
    Budget budget, List<TaskDelta> tasks, List<KpiDelta> kpis, List<RiskDelta> risks, Tiers tiers,
    Warnings warnings) {

  public FigureDeltas {
    tasks = List.copyOf(tasks);
    kpis = List.copyOf(kpis);
    risks = List.copyOf(risks);
  }

  /** Whether any figure moved. */
  public boolean changed() {
    return budget != null && budget.changed() || !tasks.isEmpty() || !kpis.isEmpty() || !risks.isEmpty()
        || tiers != null && tiers.changed() || warnings.changed();
  }

  /**
   * A figure before and after. Money stays {@code BigDecimal}: the delta is exact and the percent
   * is rounded HALF_UP to 1 decimal, as every share of the plan format is.
   *
   * @param oldValue null when the old version does not have it
   * @param newValue null when the new version does not have it
   */
  public record Amount(BigDecimal oldValue, BigDecimal newValue) {

    /** {@code new − old}; null unless both are there. */
    public BigDecimal delta() {
      return oldValue == null || newValue == null ? null : newValue.subtract(oldValue);
    }

    /** {@code (new − old) / old × 100}, HALF_UP to 1 decimal; null without both or when old is zero. */
    public BigDecimal deltaPercent() {
      BigDecimal d = delta();
      return d == null || oldValue.signum() == 0 ? null
          : d.multiply(BigDecimal.valueOf(100)).divide(oldValue.abs(), 1, RoundingMode.HALF_UP);
    }

    public boolean changed() {
      return oldValue == null ? newValue != null : newValue == null || oldValue.compareTo(newValue) != 0;
    }
  }

  /**
   * @param breakdowns by category, period, task and tier, in that order
   * @param lines items whose amount moved (or that came or went), by id
   */
  public record Budget(
      Amount subtotal, Amount contingency, Amount total, Amount cap, Amount capRemaining,
      List<Breakdown> breakdowns, List<Line> lines) {

    public Budget {
      breakdowns = List.copyOf(breakdowns);
      lines = List.copyOf(lines);
    }

    public List<Amount> totals() {
      return List.of(subtotal, contingency, total, cap, capRemaining);
    }

    public boolean changed() {
      return totals().stream().anyMatch(Amount::changed) || breakdowns.stream().anyMatch(Breakdown::changed)
          || !lines.isEmpty();
    }
  }

  /** @param by {@code category}, {@code period}, {@code task} or {@code tier} */
  public record Breakdown(String by, List<Row> rows) {

    public Breakdown {
      rows = List.copyOf(rows);
    }

    public boolean changed() {
      return rows.stream().anyMatch(r -> r.amount().changed());
    }

    public List<Row> changedRows() {
      return rows.stream().filter(r -> r.amount().changed()).toList();
    }
  }

  /** One group of a breakdown; {@code key} null is the items without one. */
  public record Row(String key, String name, Amount amount) {}

  public record Line(String id, String description, Amount amount) {}

  /**
   * A task's schedule and status before and after; the old side is null for a task that is new
   * (listed only when it is already overdue).
   */
  public record TaskDelta(
      String id, String title, LocalDate oldStart, LocalDate newStart, LocalDate oldEnd, LocalDate newEnd,
      ActionPlan.Status oldStatus, ActionPlan.Status newStatus, boolean wasOverdue, boolean overdue) {

    /** Days the end moved: positive when it slipped, negative when it was brought forward. */
    public long slippedDays() {
      return oldEnd == null ? 0 : ChronoUnit.DAYS.between(oldEnd, newEnd);
    }

    public boolean startMoved() {
      return oldStart != null && !oldStart.equals(newStart);
    }

    public boolean statusChanged() {
      return oldStatus != null && oldStatus != newStatus;
    }

    public boolean newlyOverdue() {
      return overdue && !wasOverdue;
    }

    public boolean noLongerOverdue() {
      return wasOverdue && !overdue;
    }
  }

  public record KpiDelta(
      String id, String name, String unit, Amount target, Amount current, Amount progress, KpiStatus oldStatus,
      KpiStatus newStatus) {

    public boolean statusChanged() {
      return oldStatus != newStatus;
    }
  }

  public record RiskDelta(String id, String title, int oldScore, int newScore, RiskLevel oldLevel, RiskLevel newLevel) {

    public boolean levelChanged() {
      return oldLevel != newLevel;
    }
  }

  /** @param moves customers in both versions whose tier differs @param counts every tier of either version */
  public record Tiers(List<Move> moves, List<Count> counts) {

    public Tiers {
      moves = List.copyOf(moves);
      counts = List.copyOf(counts);
    }

    public boolean changed() {
      return !moves.isEmpty() || counts.stream().anyMatch(Count::changed);
    }
  }

  /** A tier side is null when the customer lands in no tier (below every minimum). */
  public record Move(String id, String name, String oldTier, String oldTierName, String newTier, String newTierName) {}

  /** A count is null when the version has no such tier. */
  public record Count(String tier, String name, Integer oldCount, Integer newCount) {

    public boolean changed() {
      return !Objects.equals(oldCount, newCount);
    }

    public Integer delta() {
      return oldCount == null || newCount == null ? null : newCount - oldCount;
    }
  }

  /** Warnings compared by rule, path and message (their lines move with any edit above them). */
  public record Warnings(List<Diagnostic> appeared, List<Diagnostic> gone) {

    public Warnings {
      appeared = List.copyOf(appeared);
      gone = List.copyOf(gone);
    }

    public boolean changed() {
      return !appeared.isEmpty() || !gone.isEmpty();
    }
  }
}
