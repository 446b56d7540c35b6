package dev.planforge.render.doc;

import java.util.List;

/**
 * A piece of a paragraph or a table cell. {@link #kind()} names the macro that writes it in each
 * format ({@code text}, {@code strong}, {@code tag}, {@code note}, {@code items}, {@code mark}).
 */
public sealed interface Inline {

  String kind();

  /** The words it shows, without markup. */
  String plain();

  /** Plain text. */
  record Text(String text) implements Inline {
    public Text {
      Checks.text(text, "text");
    }

    @Override
    public String kind() {
      return "text";
    }

    @Override
    public String plain() {
      return text;
    }
  }

  /** Text set in bold: a name that heads its row, a total. */
  record Strong(String text) implements Inline {
    public Strong {
      Checks.text(text, "text");
    }

    @Override
    public String kind() {
      return "strong";
    }

    @Override
    public String plain() {
      return text;
    }
  }

  /**
   * A coloured status tag: {@code key} picks the colour ({@code done}, {@code at_risk}, {@code high} …),
   * {@code text} is what it says.
   */
  record Tag(String key, String text) implements Inline {
    public Tag {
      Checks.text(key, "key");
      Checks.text(text, "text");
    }

    @Override
    public String kind() {
      return "tag";
    }

    @Override
    public String plain() {
      return text;
    }
  }

  /** A small second line under the main text of a cell: a unit, a price, the deliverables. */
  record Note(String text) implements Inline {
    public Note {
      Checks.text(text, "text");
    }

    @Override
    public String kind() {
      return "note";
    }

    @Override
    public String plain() {
      return text;
    }
  }

  /** A short list inside a cell: bullets in HTML and PDF, joined on one line in Markdown. */
  record Items(List<String> items) implements Inline {
    public Items {
      items = Checks.list(items, "items");
    }

    @Override
    public String kind() {
      return "items";
    }

    @Override
    public String plain() {
      return String.join(", ", items);
    }
  }

  /** A marker after a text, e.g. the milestone diamond; {@code title} says what it means. */
  record Mark(String symbol, String title) implements Inline {
    public Mark {
      Checks.text(symbol, "symbol");
      Checks.text(title, "title");
    }

    @Override
    public String kind() {
      return "mark";
    }

    @Override
    public String plain() {
      return symbol;
    }
  }
}
