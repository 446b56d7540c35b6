package dev.planforge.render.template;

/**
 * A template failed while rendering a valid plan: never the plan's fault. The message starts with
 * the innermost template's position ({@code xhtml-blocks.ftlh:47:3}) so the fix can be found; the
 * CLI reports it as a bug in planforge or in the user's template, with its own exit code.
 */
public final class TemplateError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String template;
  private final int line;
  private final int column;

  public TemplateError(String template, int line, int column, String message, Throwable cause) {
    super(position(template, line, column) + ": " + message, cause);
    this.template = template;
    this.line = line;
    this.column = column;
  }

  private static String position(String template, int line, int column) {
    if (template == null) {
      return "template";
    }
    return line > 0 ? template + ":" + line + ":" + column : template;
  }

  /** The template's name as looked up ({@code xhtml-blocks.ftlh}), or null when not known. */
  public String template() {
    return template;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
