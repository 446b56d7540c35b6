package dev.planforge.render.view;

import dev.planforge.model.Targeting;
import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Cell;
import dev.planforge.render.doc.Inline;
import java.util.List;

/** 目标客户: segments and personas, a card each. */
final class TargetingSection {

  private static final String ID = "targeting";

  private TargetingSection() {}

  static List<Block> blocks(Targeting t, Ctx c) {
    Blocks segments = new Blocks();
    for (Targeting.Segment s : t.segments()) {
      List<Inline> badge = s.size() == null ? List.of()
          : List.of(new Inline.Tag("size", c.label("segment_size") + " " + c.fmt.integer(s.size())));
      segments.group("segment", new Blocks()
          .add(new Block.Heading("", 4, s.name(), badge))
          .rich(c, "targeting.segments[" + s.id() + "].description", s.description())
          .add(new Blocks.Facts()
              .add(c.label("segment_needs"), Cell.text(c.joined(s.needs())), "")
              .add(c.label("segment_pain_points"), Cell.text(c.joined(s.painPoints())), "")
              .add(c.label("segment_channels"), Cell.text(c.joined(s.channels())), "")
              .build()));
    }
    Blocks personas = new Blocks();
    for (Targeting.Persona p : t.personas()) {
      personas.group("persona", new Blocks()
          .add(new Block.Heading("", 4, p.name(), List.of()))
          .add(new Blocks.Facts()
              .add(c.label("persona_segment"), c.segment(p.segment()))
              .add(c.label("persona_age"), p.age())
              .add(c.label("persona_gender"), p.gender())
              .add(c.label("persona_occupation"), p.occupation())
              .add(c.label("persona_income"), p.income())
              .build())
          .labelled(c.label("persona_goals"), new Blocks().bullets(p.goals()))
          .labelled(c.label("persona_behavior"), new Blocks().rich(c, p.buyingBehavior())));
    }
    return new Blocks()
        .sub(c.heading(ID, "segments", "targeting_segments"), segments)
        .sub(c.heading(ID, "personas", "targeting_personas"), personas)
        .list();
  }
}
