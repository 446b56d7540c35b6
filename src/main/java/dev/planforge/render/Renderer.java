package dev.planforge.render;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Document} in one format. Must be deterministic: same document, same bytes. */
public interface Renderer {

  Format format();

  void render(Document document, OutputStream out) throws IOException;
}
