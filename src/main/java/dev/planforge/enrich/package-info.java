/**
 * The enrich stage: budget totals, tier scoring, task, KPI and risk figures — pure functions
 * from the model to records, exact decimal arithmetic throughout.
 */
package dev.planforge.enrich;
