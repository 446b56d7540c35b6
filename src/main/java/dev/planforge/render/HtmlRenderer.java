package dev.planforge.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The HTML document: one self-contained UTF-8 file. */
public final class HtmlRenderer implements Renderer {

  private final Composer composer;

  public HtmlRenderer(Composer composer) {
    this.composer = composer;
  }

  @Override
  public Format format() {
    return Format.HTML;
  }

  @Override
  public void render(Document document, OutputStream out) throws IOException {
    out.write(composer.compose(Composer.HTML, document).getBytes(StandardCharsets.UTF_8));
  }
}
