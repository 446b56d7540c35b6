package dev.planforge.render;

import dev.planforge.render.RenderOptions.HtmlFonts;
import dev.planforge.render.html.EmbeddedFonts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The HTML document: one self-contained UTF-8 file. Its fonts are the reader's (a CJK font stack
 * in the stylesheet) or, with {@link HtmlFonts#EMBED}, subsets of Noto Sans SC carried in the file.
 */
public final class HtmlRenderer implements Renderer {

  private final Composer composer;
  private final HtmlFonts fonts;

  public HtmlRenderer(Composer composer) {
    this(composer, HtmlFonts.SYSTEM);
  }

  public HtmlRenderer(Composer composer, HtmlFonts fonts) {
    this.composer = composer;
    this.fonts = fonts;
  }

  @Override
  public Format format() {
    return Format.HTML;
  }

  @Override
  public void render(Document document, OutputStream out) throws IOException {
    String html = composer.compose(Composer.HTML, document);
    if (fonts == HtmlFonts.EMBED) {
      html = EmbeddedFonts.embed(html);
    }
    out.write(html.getBytes(StandardCharsets.UTF_8));
  }
}
