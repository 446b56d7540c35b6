/**
 * The plan as immutable records, one per section of the plan format. Built by {@link
 * dev.planforge.model.PlanReader} from a tree that passed the schema; defaults are filled there
 * and nowhere else.
 */
package dev.planforge.model;
