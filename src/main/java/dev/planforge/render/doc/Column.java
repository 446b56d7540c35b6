package dev.planforge.render.doc;

/**
 * A table column: its header and its role, which decides alignment, width and wrapping.
 * {@code nowrap} says its cells keep to one line (ids, figures, dates, short names), fitted so they can;
 * {@code width} is its share of the table in percent, fitted to the content (0 when not set).
 */
public record Column(String header, Role role, boolean nowrap, int width) {

  public Column {
    Checks.text(header, "header");
    java.util.Objects.requireNonNull(role, "role");
    if (width < 0 || width > 100) {
      throw new IllegalArgumentException("width " + width);
    }
  }

  public Column(String header, Role role) {
    this(header, role, false, 0);
  }

  /** The CSS classes of its cells: the role, and {@code nowrap} when it has one. */
  public String classes() {
    return nowrap ? role.key() + " nowrap" : role.key();
  }

  /** What a column holds; {@link #key()} is the CSS class and the Markdown alignment's source. */
  public enum Role {
    /** Running text: takes the room that is left and wraps. */
    TEXT("text"),
    /** A short name (a person, a category): wraps only at spaces. */
    NAME("name"),
    /** An id: narrow, never wraps. */
    ID("id"),
    /** A number or amount: right-aligned, never wraps. */
    NUMBER("num"),
    /** A date: never wraps. */
    DATE("date"),
    /** A status tag: never wraps. */
    STATUS("status"),
    /** A short value centred under its header (high / low). */
    CENTER("center");

    private final String key;

    Role(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }
}
