package dev.planforge.model;

import java.util.List;

/** 目标客户: segments and personas. */
public record Targeting(List<Segment> segments, List<Persona> personas) {

  public Targeting {
    segments = List.copyOf(segments);
    personas = List.copyOf(personas);
  }

  public boolean isEmpty() {
    return segments.isEmpty() && personas.isEmpty();
  }

  /** {@code size} is a head count, or null. */
  public record Segment(
      String id, String name, String description, Long size, List<String> needs, List<String> painPoints, List<String> channels) {
    public Segment {
      needs = List.copyOf(needs);
      painPoints = List.copyOf(painPoints);
      channels = List.copyOf(channels);
    }
  }

  /** {@code age} is kept as written: a number or a range such as "25-35". */
  public record Persona(
      String name, String segment, String age, String gender, String occupation, String income, List<String> goals,
      String buyingBehavior) {
    public Persona {
      goals = List.copyOf(goals);
    }
  }
}
