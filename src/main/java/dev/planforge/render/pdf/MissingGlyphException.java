package dev.planforge.render.pdf;

import java.io.IOException;

/** A character of the document that no embedded font can draw; the PDF is not written. */
public final class MissingGlyphException extends IOException {

  private static final long serialVersionUID = 1L;

  private final int codePoint;

  MissingGlyphException(int codePoint, String message) {
    super(message);
    this.codePoint = codePoint;
  }

  public int codePoint() {
    return codePoint;
  }
}
