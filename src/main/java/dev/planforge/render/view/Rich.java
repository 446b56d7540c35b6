package dev.planforge.render.view;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

/**
 * A Markdown field of the plan: its source (for the Markdown output) and its XHTML (for HTML and
 * PDF). The XHTML is a FreeMarker markup value, so {@code ${x.html}} inserts it as it is inside an
 * auto-escaping template; it was made safe by {@link Markup}.
 */
public record Rich(String md, TemplateHTMLOutputModel html) {

  static Rich of(Markup markup, String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return null;
    }
    try {
      return new Rich(markdown.strip(), HTMLOutputFormat.INSTANCE.fromMarkup(markup.toXhtml(markdown)));
    } catch (TemplateModelException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Trusted markup made by planforge itself (a chart), for templates. */
  public static TemplateHTMLOutputModel trusted(String markup) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(markup);
    } catch (TemplateModelException e) {
      throw new IllegalStateException(e);
    }
  }
}
