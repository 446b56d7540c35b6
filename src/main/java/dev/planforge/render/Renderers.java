package dev.planforge.render;

import dev.planforge.render.pdf.PdfRenderer;

/**
 * The renderer of each format. Renderers may hold what is expensive to build (the FreeMarker
 * configuration, parsed fonts) and are reused across the plans of one run.
 */
public final class Renderers {

  private final RenderOptions options;
  private Composer composer; // built on first use, shared by the HTML, Markdown and PDF renderers

  public Renderers(RenderOptions options) {
    this.options = options;
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
      composer = new Composer(options.templatesDir());
    }
    return composer;
  }
}
