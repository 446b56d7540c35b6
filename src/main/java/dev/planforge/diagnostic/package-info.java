/**
 * Diagnostics as values, below every stage that reports them: {@link dev.planforge.diagnostic.Diagnostic},
 * {@link dev.planforge.diagnostic.Severity}, the {@link dev.planforge.diagnostic.Reporter} that
 * collects them, the path in a plan and a position in a file, and the messages in the plan's language.
 */
package dev.planforge.diagnostic;
