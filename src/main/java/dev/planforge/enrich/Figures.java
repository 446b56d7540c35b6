package dev.planforge.enrich;

/**
 * Every computed value of the plan format ("Computed values"), derived from a {@link
 * dev.planforge.model.Plan} by {@link Enrich#compute}. Templates and the JSON output only
 * display these; they never compute.
 *
 * <p>TODO(issue 3): the budget, tiering, action-plan, KPI, risk, loyalty and completeness records.
 */
public record Figures() {}
