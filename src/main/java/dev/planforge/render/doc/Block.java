package dev.planforge.render.doc;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;
import java.util.Objects;

/**
 * One block of a section. {@link #kind()} names the macro that writes it in each format's block
 * library ({@code blocks.ftlh} for HTML and PDF, {@code blocks.ftlmd} for Markdown), so a user's
 * {@code custom.ftlh} can replace how one kind looks and keep the rest.
 */
public sealed interface Block {

  String kind();

  /**
   * A heading inside a section. Level 3 headings with an id are the section's subsections (in the
   * contents and bookmarks); level 4 titles a group. {@code extras} follow the title (a badge, a tag);
   * {@code number} is "" or the number of the table the heading stands over ("表 3").
   */
  record Heading(String id, int level, String title, List<Inline> extras, String number) implements Block {
    public Heading {
      Checks.text(id, "id");
      Checks.text(title, "title");
      extras = Checks.list(extras, "extras");
      Checks.text(number, "number");
      if (level < 3 || level > 4) {
        throw new IllegalArgumentException("heading level " + level);
      }
    }

    /** A heading that numbers nothing. */
    public Heading(String id, int level, String title, List<Inline> extras) {
      this(id, level, title, extras, "");
    }

    /** The same heading numbering the table under it ("表 3", "Table 3"). */
    public Heading numbered(String tableNumber) {
      return new Heading(id, level, title, extras, tableNumber);
    }

    /** The title as shown, after the number of the table it heads if it heads one. */
    public String shown() {
      return number.isEmpty() ? title : number + " " + title;
    }

    @Override
    public String kind() {
      return "heading";
    }

    /** Whether the heading is listed in the contents. */
    public boolean listed() {
      return level == 3 && !id.isEmpty();
    }
  }

  /**
   * A Markdown field of the plan: {@code md} is its Markdown, made safe to stand inside another
   * Markdown document; {@code html} its XHTML, made safe by {@code Markup}. {@code key} is "" or
   * the plan path of the field ({@code overview.background}), for a pass over the model; no
   * format writes it.
   */
  record Rich(String md, TemplateHTMLOutputModel html, String key) implements Block {
    public Rich {
      Checks.text(md, "md");
      Objects.requireNonNull(html, "html");
      Checks.text(key, "key");
    }

    public Rich(String md, TemplateHTMLOutputModel html) {
      this(md, html, "");
    }

    @Override
    public String kind() {
      return "rich";
    }
  }

  /** A paragraph of inline pieces. {@code style} is "" or {@code label} (a small heading for what follows). */
  record Paragraph(List<Inline> content, String style) implements Block {
    public Paragraph {
      content = Checks.list(content, "content");
      Checks.text(style, "style");
    }

    @Override
    public String kind() {
      return "paragraph";
    }
  }

  /** A remark set apart from the text: how figures were rounded, what a list leaves out. */
  record Callout(String tone, String text) implements Block {
    public Callout {
      Checks.text(tone, "tone");
      Checks.text(text, "text");
    }

    @Override
    public String kind() {
      return "callout";
    }
  }

  /** Label–value rows. {@code style} is "" or {@code totals} (money, right-aligned). */
  record Facts(List<Fact> rows, String style) implements Block {
    public Facts {
      rows = Checks.list(rows, "rows");
      Checks.text(style, "style");
    }

    @Override
    public String kind() {
      return "facts";
    }
  }

  /** One row of {@link Facts}; {@code style} is "", {@code strong} or {@code negative}. */
  record Fact(String label, Cell value, String style) {
    public Fact {
      Checks.text(label, "label");
      Objects.requireNonNull(value, "value");
      Checks.text(style, "style");
    }
  }

  /**
   * A table whose columns have roles (how they align and wrap). {@code style} names the table
   * ({@code tasks}, {@code budget-items} …) for the stylesheets; {@code foot} rows are totals;
   * {@code keep} asks the PDF not to split it across pages; {@code width} is how much of the line
   * it takes, in percent (a table of short figures is narrower than the page). {@code caption} is
   * "" or what the table shows when no heading of its own says it; {@code number} is "" or its
   * number ("表 3"), shown with the caption when the table has no heading of its own.
   */
  record Table(String style, List<Column> columns, List<Row> rows, List<Row> foot, boolean keep, int width,
      String caption, String number) implements Block {
    public Table {
      if (width < 1 || width > 100) {
        throw new IllegalArgumentException("width " + width);
      }
      Checks.text(style, "style");
      Checks.text(caption, "caption");
      Checks.text(number, "number");
      columns = Checks.list(columns, "columns");
      rows = Checks.list(rows, "rows");
      foot = Checks.list(foot, "foot");
      for (Row r : rows) {
        r.checkWidth(columns.size());
      }
      for (Row r : foot) {
        r.checkWidth(columns.size());
      }
    }

    /** An unnumbered table with no caption of its own. */
    public Table(String style, List<Column> columns, List<Row> rows, List<Row> foot, boolean keep, int width) {
      this(style, columns, rows, foot, keep, width, "", "");
    }

    /** The same table with its number and the caption shown beside it. */
    public Table numbered(String tableNumber, String shownCaption) {
      return new Table(style, columns, rows, foot, keep, width, shownCaption, tableNumber);
    }

    @Override
    public String kind() {
      return "table";
    }
  }

  /** A bulleted list of plain texts. */
  record BulletList(List<String> items) implements Block {
    public BulletList {
      items = Checks.list(items, "items");
    }

    @Override
    public String kind() {
      return "list";
    }
  }

  /**
   * A chart, numbered in document order ({@code number}: "图 3", "Figure 3") with its caption.
   * {@code svg} is planforge's own SVG (HTML and PDF); {@code mermaid} the same chart as Mermaid
   * source for Markdown, or ""; {@code text} the figures as blocks (a table) for a format that can
   * draw neither.
   */
  record Figure(String id, String number, String caption, TemplateHTMLOutputModel svg, String mermaid, List<Block> text)
      implements Block {
    public Figure {
      Checks.text(id, "id");
      Checks.text(number, "number");
      Checks.text(caption, "caption");
      Objects.requireNonNull(svg, "svg");
      Checks.text(mermaid, "mermaid");
      text = Checks.list(text, "text");
    }

    @Override
    public String kind() {
      return "figure";
    }
  }

  /** Boxes of points side by side, two to a row: PEST, SWOT. */
  record Quadrants(String style, List<Quadrant> items) implements Block {
    public Quadrants {
      Checks.text(style, "style");
      items = Checks.list(items, "items");
    }

    @Override
    public String kind() {
      return "quadrants";
    }
  }

  /** One box: {@code key} for its colour, a title and its points. */
  record Quadrant(String key, String title, List<String> items) {
    public Quadrant {
      Checks.text(key, "key");
      Checks.text(title, "title");
      items = Checks.list(items, "items");
    }
  }

  /**
   * A 2 × 2 matrix with named axes (the loyalty matrix): {@code rows} top to bottom, each with its
   * level on the row axis and its cells left to right under {@code columnLevels}.
   */
  record Matrix(String rowAxis, String columnAxis, List<String> columnLevels, List<MatrixRow> rows) implements Block {
    public Matrix {
      Checks.text(rowAxis, "rowAxis");
      Checks.text(columnAxis, "columnAxis");
      columnLevels = Checks.list(columnLevels, "columnLevels");
      rows = Checks.list(rows, "rows");
    }

    @Override
    public String kind() {
      return "matrix";
    }
  }

  record MatrixRow(String level, List<Quadrant> cells) {
    public MatrixRow {
      Checks.text(level, "level");
      cells = Checks.list(cells, "cells");
    }
  }

  /** Key figures as tiles: what, the value, a line of context. */
  record Tiles(List<Tile> tiles) implements Block {
    public Tiles {
      tiles = Checks.list(tiles, "tiles");
    }

    @Override
    public String kind() {
      return "tiles";
    }
  }

  record Tile(String what, String value, String more) {
    public Tile {
      Checks.text(what, "what");
      Checks.text(value, "value");
      Checks.text(more, "more");
    }
  }

  /**
   * Blocks that belong together, shown as one card: a segment, a persona, an account plan, a
   * risk's response. {@code style} names the kind of card for the stylesheets.
   */
  record Group(String style, List<Block> blocks) implements Block {
    public Group {
      Checks.text(style, "style");
      blocks = Checks.list(blocks, "blocks");
    }

    @Override
    public String kind() {
      return "group";
    }
  }
}
