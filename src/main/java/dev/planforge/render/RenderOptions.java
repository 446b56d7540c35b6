package dev.planforge.render;

import java.nio.file.Path;

/**
 * How to render.
 *
 * @param templatesDir a folder whose files replace the built-in templates of the same name, or null
 * @param verbose let the PDF libraries log (they are silenced otherwise)
 */
public record RenderOptions(Path templatesDir, boolean verbose) {

  public static final RenderOptions DEFAULTS = new RenderOptions(null, false);
}
