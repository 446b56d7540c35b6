package dev.planforge.enrich;

/**
 * Every computed value of the plan format ("Computed values"), derived from a {@link
 * dev.planforge.model.Plan} by {@link Enrich#compute}. Templates and the JSON output only
 * display these; they never compute.
 *
 * <p>A section's figures are null when the plan has no such section, as the section itself is
 * null in the {@link dev.planforge.model.Plan}. Lists are never null. Money is {@code
 * BigDecimal} in the plan's currency; shares and progress are percents with 1 decimal, scores
 * have 2.
 *
 * @param budget totals, cap and breakdowns; null without {@code budget}
 * @param tiering each customer's score and tier, and each tier's totals; null without {@code
 *     tiering}
 * @param actionPlan durations, status counts, completion, overdue tasks; null without {@code
 *     action_plan}
 * @param monitoring each KPI's progress and status; null without {@code monitoring}
 * @param risks scores, levels, ranking and heat map; null without {@code risks}
 * @param loyalty the loyalty matrix classified; null without {@code market.loyalty} items
 * @param completeness which recommended parts the plan holds; never null
 */
public record Figures(
    BudgetFigures budget,
    TieringFigures tiering,
    ActionPlanFigures actionPlan,
    MonitoringFigures monitoring,
    RiskFigures risks,
    LoyaltyFigures loyalty,
    Completeness completeness) {}
