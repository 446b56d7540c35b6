/**
 * Checking a plan: the schema check, and one small {@link dev.planforge.validate.Rule} per semantic
 * check of the plan format. What they find is reported as {@link dev.planforge.diagnostic.Diagnostic}s.
 */
package dev.planforge.validate;
