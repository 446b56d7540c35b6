package dev.planforge.diagnostic;

/** How bad a diagnostic is: errors reject the plan, warnings fail it only under --strict. */
public enum Severity {
  ERROR("error"), WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word printed in front of the message, as compilers print it. */
  public String label() {
    return label;
  }
}
