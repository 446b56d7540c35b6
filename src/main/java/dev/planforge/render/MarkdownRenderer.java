package dev.planforge.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The Markdown document: GitHub-flavoured, with a contents list and tables. */
public final class MarkdownRenderer implements Renderer {

  private final Composer composer;

  public MarkdownRenderer(Composer composer) {
    this.composer = composer;
  }

  @Override
  public Format format() {
    return Format.MD;
  }

  @Override
  public void render(Document document, OutputStream out) throws IOException {
    out.write(composer.compose(Composer.MARKDOWN, document).getBytes(StandardCharsets.UTF_8));
  }
}
