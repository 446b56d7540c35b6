package dev.planforge.render;

import dev.planforge.render.template.Templates;
import dev.planforge.render.view.DocumentView;
import dev.planforge.render.view.Markup;
import dev.planforge.render.view.Views;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns a document into text through the templates: the HTML page, the XHTML the PDF is laid out
 * from, and the Markdown. Holds what is worth building once per run (the FreeMarker set-up, the
 * Markdown parser) and is shared by the HTML, Markdown and PDF renderers.
 */
public final class Composer {

  public static final String HTML = "document.html.ftlh";
  public static final String PDF_XHTML = "document.pdf.ftlh";
  public static final String MARKDOWN = "document.md.ftlmd";

  private final Templates templates;
  private final Markup markup = new Markup();

  public Composer(Path templatesDir) {
    this.templates = new Templates(templatesDir);
  }

  public DocumentView view(Document document) throws IOException {
    return Views.of(document, templates.labels(document.plan().locale()), markup);
  }

  public String compose(String template, Document document) throws IOException {
    return templates.render(template, view(document));
  }
}
