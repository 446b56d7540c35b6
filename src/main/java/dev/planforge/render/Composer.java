package dev.planforge.render;

import dev.planforge.render.template.Templates;
import dev.planforge.render.view.DocumentView;
import dev.planforge.render.view.Markup;
import dev.planforge.render.view.Views;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Turns a document into text through the templates: the HTML page, the XHTML the PDF is laid out
 * from, and the Markdown. Holds what is worth building once per run (the FreeMarker set-up, the
 * Markdown parser) and is shared by the HTML, Markdown and PDF renderers, which also share the
 * view of the document they are all rendering.
 */
public final class Composer {

  public static final String HTML = "document.html.ftlh";
  public static final String PDF_XHTML = "document.pdf.ftlh";
  public static final String MARKDOWN = "document.md.ftlmd";

  private final Templates templates;
  private final Markup markup = new Markup();
  /**
   * The view last built, for the document it was built from. A run renders each document to
   * every format in turn; building the view (Markdown fields, charts, number formats) once
   * instead of once per format saves a few milliseconds each time; templates only read a view.
   */
  private final AtomicReference<Built> last = new AtomicReference<>();

  private record Built(Document document, DocumentView view) {}

  public Composer(Path templatesDir) {
    this.templates = new Templates(templatesDir);
  }

  public DocumentView view(Document document) throws IOException {
    Built built = last.get();
    if (built != null && built.document() == document) { // the same document, not an equal one: cheap and exact
      return built.view();
    }
    DocumentView view = Views.of(document, templates.labels(document.plan().locale()), markup);
    last.set(new Built(document, view));
    return view;
  }

  public String compose(String template, Document document) throws IOException {
    return templates.render(template, view(document));
  }
}
