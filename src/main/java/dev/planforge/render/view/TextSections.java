package dev.planforge.render.view;

import dev.planforge.model.Plan;
import dev.planforge.render.doc.Block;
import java.util.List;

/** The sections that are only text: the conclusion, and the appendices (one subsection each). */
final class TextSections {

  private TextSections() {}

  static List<Block> conclusion(String text, Ctx c) {
    return new Blocks().rich(c, "conclusion", text).list();
  }

  /** Each appendix under its own title, kept even when its body is empty: the title is content. */
  static List<Block> appendices(List<Plan.Appendix> appendices, Ctx c) {
    Blocks blocks = new Blocks();
    for (int i = 0; i < appendices.size(); i++) {
      Plan.Appendix a = appendices.get(i);
      blocks.add(new Block.Heading("appendices-" + (i + 1), 3, a.title(), List.of())).rich(c, a.body());
    }
    return blocks.list();
  }
}
