package dev.planforge.render;

import dev.planforge.render.pdf.PdfRenderer;
import dev.planforge.render.template.Templates;
import java.util.function.Supplier;

/**
 * The renderer of each format. Renderers may hold what is expensive to build (the FreeMarker
 * configuration, parsed fonts) and are reused across the plans of one run.
 */
public final class Renderers {

  private final RenderOptions options;
  private final Supplier<Templates> templates;
  private Composer composer; // built on first use, shared by the HTML, Markdown and PDF renderers

  /** Renderers with templates of their own. */
  public Renderers(RenderOptions options) {
    this(options, () -> new Templates(options.templatesDir()));
  }

  /**
   * Renderers on templates shared with other sets (each thread of a batch has a set): FreeMarker
   * parses each template once per run, not once per thread.
   *
   * @param templates gives the templates of {@code options.templatesDir()}; asked only when a
   *     format needs them
   */
  public Renderers(RenderOptions options, Supplier<Templates> templates) {
    this.options = options;
    this.templates = templates;
  }

  public RenderOptions options() {
    return options;
  }

  public Renderer forFormat(Format format) {
    return switch (format) {
      case JSON -> new JsonRenderer();
      case HTML -> new HtmlRenderer(composer(), options.htmlFonts());
      case MD -> new MarkdownRenderer(composer());
      case PDF -> new PdfRenderer(composer(), options.verbose(), PdfRenderer.sourceDateEpochFromEnvironment(),
          options.pdfProfile());
    };
  }

  private synchronized Composer composer() {
    if (composer == null) {
      composer = Composer.sharing(templates.get());
    }
    return composer;
  }
}
