package dev.planforge.render.view;

import dev.planforge.render.ChangesSince;
import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Row;
import dev.planforge.render.doc.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code render --changes-since REV}: one pass over the built model that marks what changed with
 * a change bar — a table row whose plan item changed gets the style {@code changed}, a Markdown
 * field that changed is set in a {@code changed} group — and puts the list of changes right after
 * the summary. The rows and fields know the plan path they show ({@link Row#key()},
 * {@link Block.Rich#key()}); nothing else is changed, so without changes the model is as built.
 */
final class ChangeBars {

  /** The id of the section of the list, its anchor in the HTML and the contents. */
  static final String SECTION_ID = "changes-since";

  static final String STYLE = "changed";

  private final ChangesSince changes;

  private ChangeBars(ChangesSince changes) {
    this.changes = changes;
  }

  static List<Section> mark(List<Section> sections, ChangesSince changes) {
    if (changes.isNone()) {
      return sections;
    }
    ChangeBars bars = new ChangeBars(changes);
    List<Section> out = new ArrayList<>(sections.size() + 1);
    for (Section s : sections) {
      out.add(new Section(s.id(), s.number(), s.title(), bars.blocks(s.blocks())));
    }
    // After the summary, which leads when there is one: the reader sees what moved before the parts.
    int at = !out.isEmpty() && out.get(0).id().equals("summary") ? 1 : 0;
    out.add(at, new Section(SECTION_ID, "", changes.title(), changes.blocks()));
    return out;
  }

  private List<Block> blocks(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      out.add(block(b));
    }
    return out;
  }

  private Block block(Block b) {
    if (b instanceof Block.Table t) {
      return new Block.Table(t.style(), t.columns(), rows(t.rows()), rows(t.foot()), t.keep(), t.width(), t.caption(),
          t.number());
    }
    if (b instanceof Block.Rich r && changes.marks(r.key())) {
      return new Block.Group(STYLE, List.of(r));
    }
    if (b instanceof Block.Group g) {
      return new Block.Group(g.style(), blocks(g.blocks()));
    }
    if (b instanceof Block.Figure f) {
      return new Block.Figure(f.id(), f.number(), f.caption(), f.svg(), f.mermaid(), blocks(f.text()));
    }
    return b;
  }

  private List<Row> rows(List<Row> rows) {
    return rows.stream().map(r -> changes.marks(r.key()) ? r.styled(STYLE) : r).toList();
  }
}
