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
    Renderer renderer = switch (format) {
      case JSON -> null; // issue 3
      case HTML -> null; // issue 4
      case MD -> null; // issue 4
      case PDF -> null; // issue 4
    };
    if (renderer == null) {
      throw new UnsupportedOperationException(format.cliName() + " output is not available yet");
    }
    return renderer;
  }
}
