package dev.planforge.render.view;

import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the first {@link #MOST_ROWS} rows of a longer table in the document, with a note after
 * it saying how many there are; the JSON output holds every row, and totals in a table's foot
 * still count them all. No plan a person writes comes near the limit, but a generated 10 MiB
 * plan had 60,000 rows: the PDF engine keeps about 40 KB per laid-out row until the file is
 * written, so it took 3 GB and minutes, and HTML of 3,700 printed pages helps no reader either.
 */
final class LongTables {

  /** Above the 2,000 tasks of issue 12's plan, which keeps its whole task list. */
  static final int MOST_ROWS = 2_000;

  private LongTables() {}

  static List<Section> shorten(List<Section> sections, Ctx c) {
    List<Section> out = new ArrayList<>(sections.size());
    for (Section s : sections) {
      out.add(new Section(s.id(), s.number(), s.title(), blocks(s.blocks(), c)));
    }
    return out;
  }

  private static List<Block> blocks(List<Block> blocks, Ctx c) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      if (b instanceof Block.Group g) {
        out.add(new Block.Group(g.style(), blocks(g.blocks(), c)));
      } else if (b instanceof Block.Table t && t.rows().size() > MOST_ROWS) {
        out.add(new Block.Table(t.style(), t.columns(), t.rows().subList(0, MOST_ROWS), t.foot(), t.keep(), t.width(),
            t.caption(), t.number()));
        out.add(new Block.Callout("note",
            c.label("table_first_rows", c.fmt.integer(MOST_ROWS), c.fmt.integer(t.rows().size()))));
      } else {
        out.add(b);
      }
    }
    return out;
  }
}
