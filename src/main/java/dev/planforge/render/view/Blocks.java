package dev.planforge.render.view;

import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Cell;
import dev.planforge.render.doc.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a section's blocks so that absent content is simply absent: blank text, empty lists,
 * tables without rows and subsections without content add nothing (and no heading).
 */
final class Blocks {

  private final List<Block> blocks = new ArrayList<>();

  boolean isEmpty() {
    return blocks.isEmpty();
  }

  List<Block> list() {
    return List.copyOf(blocks);
  }

  Blocks add(Block block) {
    if (block != null && !empty(block)) {
      blocks.add(block);
    }
    return this;
  }

  /** Every block of {@code more}, after these. */
  Blocks add(Blocks more) {
    blocks.addAll(more.blocks);
    return this;
  }

  /** A Markdown field of the plan; nothing when it is blank. */
  Blocks rich(Ctx c, String markdown) {
    c.markdown(markdown).forEach(this::add); // text, and the pictures in it as figures
    return this;
  }

  /** A Markdown field of the plan at {@code key} ({@code overview.background}); nothing when it is blank. */
  Blocks rich(Ctx c, String key, String markdown) {
    c.markdown(markdown, key).forEach(this::add);
    return this;
  }

  Blocks bullets(List<String> items) {
    return add(new Block.BulletList(items));
  }

  Blocks paragraph(Inline... content) {
    List<Inline> pieces = new ArrayList<>();
    for (Inline i : content) {
      if (i != null) {
        pieces.add(i);
      }
    }
    return add(new Block.Paragraph(pieces, ""));
  }

  /** A small heading for the list or text that follows it, added only with that content. */
  Blocks labelled(String label, Blocks content) {
    if (!content.isEmpty()) {
      blocks.add(new Block.Paragraph(List.of(new Inline.Text(label)), "label"));
      blocks.addAll(content.blocks);
    }
    return this;
  }

  Blocks callout(String tone, String text) {
    return text == null || text.isBlank() ? this : add(new Block.Callout(tone, text));
  }

  /** A subsection: its heading and content, or nothing when the content is empty. */
  Blocks sub(Block.Heading heading, Blocks content) {
    if (!content.isEmpty()) {
      blocks.add(heading);
      blocks.addAll(content.blocks);
    }
    return this;
  }

  /** A card of blocks; nothing when it holds nothing. */
  Blocks group(String style, Blocks content) {
    if (!content.isEmpty()) {
      blocks.add(new Block.Group(style, content.list()));
    }
    return this;
  }

  private static boolean empty(Block b) {
    if (b instanceof Block.BulletList l) {
      return l.items().isEmpty();
    }
    if (b instanceof Block.Table t) {
      return t.rows().isEmpty() || t.columns().isEmpty();
    }
    if (b instanceof Block.Facts f) {
      return f.rows().isEmpty();
    }
    if (b instanceof Block.Paragraph p) {
      return p.content().isEmpty();
    }
    if (b instanceof Block.Quadrants q) {
      return q.items().isEmpty();
    }
    if (b instanceof Block.Group g) {
      return g.blocks().isEmpty();
    }
    return false;
  }

  /** Label–value rows; a blank value leaves its row out. */
  static final class Facts {
    private final List<Block.Fact> rows = new ArrayList<>();
    private final String style;

    Facts(String style) {
      this.style = style;
    }

    Facts() {
      this("");
    }

    Facts add(String label, String value) {
      return add(label, Cell.text(value), "");
    }

    Facts add(String label, Cell value, String style) {
      if (!value.isEmpty()) {
        rows.add(new Block.Fact(label, value, style));
      }
      return this;
    }

    Block.Facts build() {
      return new Block.Facts(rows, style);
    }
  }
}
