package dev.planforge.render;

import dev.planforge.render.doc.DocumentModel;
import dev.planforge.render.template.Templates;
import dev.planforge.render.view.DocumentModels;
import dev.planforge.render.view.Markup;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Turns a document into text through the templates: the HTML page, the XHTML the PDF is laid out
 * from, and the Markdown. Holds what is worth building once per run (the FreeMarker set-up, the
 * Markdown parser) and is shared by the HTML, Markdown and PDF renderers, which also share the
 * document model they are all writing.
 */
public final class Composer {

  public static final String HTML = "document.html.ftlh";
  public static final String PDF_XHTML = "document.pdf.ftlh";
  public static final String MARKDOWN = "document.md.ftlmd";

  private final Templates templates;
  private final Markup markup = new Markup();
  /**
   * The model last built, for the document it was built from. A run renders each document to
   * every format in turn; the model (Markdown fields, charts, number formats) is built once for
   * all of them; templates only read it.
   */
  private final AtomicReference<Built> last = new AtomicReference<>();

  private record Built(Document document, DocumentModel model) {}

  public Composer(Path templatesDir) {
    this(new Templates(templatesDir));
  }

  private Composer(Templates templates) {
    this.templates = templates;
  }

  /** A composer on templates it may share with other composers: they are thread-safe. */
  public static Composer sharing(Templates templates) {
    return new Composer(templates);
  }

  /**
   * The model of {@code document}, built on the first call for it. Synchronized: a plan rendered
   * alone has its PDF made on another thread than its HTML and Markdown, and the second to ask
   * waits for the model the first is building.
   */
  public synchronized DocumentModel model(Document document) throws IOException {
    Built built = last.get();
    if (built != null && built.document() == document) { // the same document, not an equal one: cheap and exact
      return built.model();
    }
    DocumentModel model = DocumentModels.of(document, templates.labels(document.plan().locale()), markup);
    last.set(new Built(document, model));
    return model;
  }

  public String compose(String template, Document document) throws IOException {
    return templates.render(template, model(document));
  }
}
