package dev.planforge.render.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * A top-level section: its anchor id (the plan's key for the part, or {@code summary}), its
 * number ("三、", "3. ", or "" when unnumbered), its title and its blocks.
 */
public record Section(String id, String number, String title, List<Block> blocks) {

  public Section {
    Checks.text(id, "id");
    Checks.text(number, "number");
    Checks.text(title, "title");
    blocks = Checks.list(blocks, "blocks");
  }

  /** Number and title as one line, for the heading, the contents and the bookmarks. */
  public String full() {
    return number + title;
  }

  /** The subsections in document order: the listed headings, also those inside groups. */
  public List<Block.Heading> subs() {
    List<Block.Heading> subs = new ArrayList<>();
    collect(blocks, subs);
    return subs;
  }

  private static void collect(List<Block> blocks, List<Block.Heading> into) {
    for (Block b : blocks) {
      if (b instanceof Block.Heading h && h.listed()) {
        into.add(h);
      } else if (b instanceof Block.Group g) {
        collect(g.blocks(), into);
      }
    }
  }
}
