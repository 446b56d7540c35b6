/**
 * {@code planforge diff}: what changed between two versions of a plan, for reviewers.
 *
 * <p>The comparison works on the checked plan — the model records and the enrich figures — not on
 * the YAML text, so a reordered list, a re-indented block or a comment is not a change, defaults
 * count as written, and every id-bearing list is matched by id ({@link ModelDiff}). What reviewers
 * care about most, the figures' deltas (budget totals and breakdowns, slipped tasks, KPI and risk
 * status, customers moving tier, warnings), comes from enrich ({@link FigureDiff}). Prose is shown
 * as a word diff, a character diff for Chinese ({@link Words}). One {@link PlanDiff} is written
 * thinly by each format: text, Markdown, HTML and JSON.
 */
package dev.planforge.diff;
