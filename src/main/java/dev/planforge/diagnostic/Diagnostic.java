package dev.planforge.diagnostic;


/**
 * One problem found in a plan, printed as {@code file:line:column: error: path: message}.
 *
 * @param rule a stable id of the check that found it (e.g. {@code schema.type}, {@code ref.owner})
 * @param location where it is; its file may be the plan or a CSV file beside it
 * @param path the path in the plan, e.g. {@code budget.items[3].unit_cost}
 * @param message what is wrong and how to fix it, in the plan's locale
 * @param suggestion a near miss ("did you mean …?"), or null
 * @param sourceLine the text of the line at {@code location}, or null
 */
public record Diagnostic(
    Severity severity, String rule, Location location, String path, String message, String suggestion,
    String sourceLine) {

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
