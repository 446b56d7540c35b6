package dev.planforge.render.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * One cell of a table or the value of a fact: a few inline pieces, empty when there is nothing
 * to show. {@code span} is how many columns it covers (a total's label, say).
 */
public record Cell(List<Inline> content, int span) {

  public static final Cell EMPTY = new Cell(List.of(), 1);

  public Cell {
    content = Checks.list(content, "cell content");
    if (span < 1) {
      throw new IllegalArgumentException("span " + span);
    }
  }

  public boolean isEmpty() {
    return content.isEmpty();
  }

  /** The cell's text, for tests and the Markdown slugger: every piece's words joined. */
  public String plain() {
    StringBuilder b = new StringBuilder();
    for (Inline i : content) {
      String s = i.plain();
      if (!b.isEmpty() && !s.isEmpty()) {
        b.append(' ');
      }
      b.append(s);
    }
    return b.toString();
  }

  /** Text, or an empty cell for null or blank text. */
  public static Cell text(String s) {
    return s == null || s.isBlank() ? EMPTY : of(new Inline.Text(s));
  }

  public static Cell strong(String s) {
    return s == null || s.isBlank() ? EMPTY : of(new Inline.Strong(s));
  }

  public static Cell tag(String key, String text) {
    return of(new Inline.Tag(key, text));
  }

  /** A short list in a cell; empty cell for an empty list. */
  public static Cell items(List<String> items) {
    return items.isEmpty() ? EMPTY : of(new Inline.Items(items));
  }

  public static Cell of(Inline... pieces) {
    return new Cell(List.of(pieces), 1);
  }

  /** The same content over {@code n} columns. */
  public Cell spanning(int n) {
    return new Cell(content, n);
  }

  /** This cell with {@code more} after its content; null or empty pieces are left out. */
  public Cell with(Inline... more) {
    List<Inline> all = new ArrayList<>(content);
    for (Inline i : more) {
      if (i != null) {
        all.add(i);
      }
    }
    return new Cell(all, span);
  }
}
