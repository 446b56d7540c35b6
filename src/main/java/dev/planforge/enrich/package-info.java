/**
 * The enrich stage: budget totals, tier scoring, task, KPI and risk figures — pure functions
 * from the model to records, exact decimal arithmetic throughout. {@link
 * dev.planforge.enrich.Enrich#compute} is the entry; {@link dev.planforge.enrich.Figures} and the
 * records it holds are what renderers and templates read. How each figure is computed and
 * rounded: {@code docs/figures.md}.
 */
package dev.planforge.enrich;
