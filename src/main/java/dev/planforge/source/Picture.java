package dev.planforge.source;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A picture a plan shows, as the check accepted it: what its bytes are (PNG, JPEG or SVG, from
 * the bytes themselves, never from the file's name), the bytes, and its size in pixels (0 when an
 * SVG gives none). Renderers take it from here and never read the file again. Immutable: the
 * bytes are copied in and out.
 */
public record Picture(Type type, byte[] bytes, int width, int height) {

  /** The kinds of picture a plan may show. */
  public enum Type {
    PNG("image/png"),
    JPEG("image/jpeg"),
    SVG("image/svg+xml");

    private final String mediaType;

    Type(String mediaType) {
      this.mediaType = mediaType;
    }

    public String mediaType() {
      return mediaType;
    }
  }

  public Picture {
    Objects.requireNonNull(type, "type");
    bytes = bytes.clone();
    if (width < 0 || height < 0) {
      throw new IllegalArgumentException(width + " × " + height);
    }
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  /** The picture as a {@code data:} URI, for a document that carries it inside itself. */
  public String dataUri() {
    return "data:" + type.mediaType() + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Picture p && type == p.type && width == p.width && height == p.height
        && Arrays.equals(bytes, p.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, width, height, Arrays.hashCode(bytes));
  }

  @Override
  public String toString() {
    return "Picture[" + type + ", " + bytes.length + " bytes, " + width + " × " + height + "]";
  }
}
