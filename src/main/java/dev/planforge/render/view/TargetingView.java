package dev.planforge.render.view;

import dev.planforge.model.Targeting;
import java.util.ArrayList;
import java.util.List;

/** 目标客户: segments and personas. */
public record TargetingView(
    Head head, Head segmentsHead, List<Segment> segments, Head personasHead, List<Persona> personas)
    implements SectionView {

  public record Segment(
      String name, String size, Rich description, List<String> needs, List<String> painPoints, List<String> channels) {}

  /** {@code facts} are label/value pairs (age, gender, …) the plan gives, in a fixed order. */
  public record Persona(String name, String segment, List<Fact> facts, List<String> goals, Rich buyingBehavior) {}

  public record Fact(String label, String value) {}

  static TargetingView of(Targeting t, Ctx c) {
    String id = "targeting";
    Head head = c.section(id, "targeting");
    return new TargetingView(
        head,
        t.segments().isEmpty() ? null : c.sub(id, "segments", "targeting_segments"),
        t.segments().stream().map(s -> new Segment(s.name(), s.size() == null ? "" : c.fmt.integer(s.size()),
            c.rich(s.description()), s.needs(), s.painPoints(), s.channels())).toList(),
        t.personas().isEmpty() ? null : c.sub(id, "personas", "targeting_personas"),
        t.personas().stream().map(p -> new Persona(p.name(), c.segment(p.segment()), facts(p, c), p.goals(),
            c.rich(p.buyingBehavior()))).toList());
  }

  private static List<Fact> facts(Targeting.Persona p, Ctx c) {
    List<Fact> facts = new ArrayList<>();
    fact(facts, c.l.text("persona_segment"), c.segment(p.segment()));
    fact(facts, c.l.text("persona_age"), p.age());
    fact(facts, c.l.text("persona_gender"), p.gender());
    fact(facts, c.l.text("persona_occupation"), p.occupation());
    fact(facts, c.l.text("persona_income"), p.income());
    return facts;
  }

  private static void fact(List<Fact> facts, String label, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(new Fact(label, value));
    }
  }

  @Override
  public List<Head> subs() {
    List<Head> subs = new ArrayList<>();
    SectionView.add(subs, segmentsHead, personasHead);
    return subs;
  }
}
