package dev.planforge.render;

/**
 * The renderer of each format. Renderers may hold what is expensive to build (the FreeMarker
 * configuration, parsed fonts) and are reused across the plans of one run.
 */
public final class Renderers {

  private final RenderOptions options;

  public Renderers(RenderOptions options) {
    this.options = options;
  }

  public RenderOptions options() {
    return options;
  }

  public Renderer forFormat(Format format) {
    return switch (format) {
      case JSON -> throw new UnsupportedOperationException("json output is not available yet"); // issue 3
      case HTML -> throw new UnsupportedOperationException("html output is not available yet"); // issue 4
      case MD -> throw new UnsupportedOperationException("md output is not available yet"); // issue 4
      case PDF -> throw new UnsupportedOperationException("pdf output is not available yet"); // issue 4
    };
  }
}
