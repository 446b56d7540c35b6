package dev.planforge.render.view;

import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers the document's tables in reading order ("表 3", "Table 3"), the way its figures are
 * numbered. The number goes on the heading a table stands under, so it costs no line of its
 * own; a table with no heading of its own (under a chart, inside a card, first in its chapter)
 * shows its number in a caption line: its own caption, or the title of the heading it is under.
 */
final class TableNumbers {

  private final Labels labels;
  private int count;

  private TableNumbers(Labels labels) {
    this.labels = labels;
  }

  static List<Section> number(List<Section> sections, Labels labels) {
    TableNumbers numbers = new TableNumbers(labels);
    List<Section> out = new ArrayList<>(sections.size());
    for (Section s : sections) {
      out.add(new Section(s.id(), s.number(), s.title(), numbers.blocks(s.blocks(), s.title())));
    }
    return out;
  }

  /** @param over the title of the heading these blocks stand under */
  private List<Block> blocks(List<Block> blocks, String over) {
    List<Block> out = new ArrayList<>(blocks);
    for (int i = 0; i < out.size(); i++) {
      Block b = out.get(i);
      if (b instanceof Block.Heading h) {
        over = h.title();
      } else if (b instanceof Block.Group g) {
        out.set(i, new Block.Group(g.style(), blocks(g.blocks(), over)));
      } else if (b instanceof Block.Table t) {
        String number = labels.text("table_number", ++count);
        if (i > 0 && out.get(i - 1) instanceof Block.Heading h && h.number().isEmpty()) {
          out.set(i - 1, h.numbered(number));
        } else {
          out.set(i, t.numbered(number, t.caption().isEmpty() ? over : t.caption()));
        }
      }
    }
    return out;
  }
}
