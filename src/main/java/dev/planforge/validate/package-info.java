/**
 * Checking a plan: the {@link dev.planforge.validate.Diagnostic} record, the schema check, and
 * one small {@link dev.planforge.validate.Rule} per semantic check of the plan format.
 */
package dev.planforge.validate;
