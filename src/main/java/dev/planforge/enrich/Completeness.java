package dev.planforge.enrich;

import java.util.List;

/**
 * Which of the nine recommended parts of a customer-management plan (overview, market,
 * targeting, strategy, action plan, budget, monitoring, risks, conclusion) the plan holds. A part
 * counts as present when it holds something: an empty text, list or mapping is missing.
 *
 * @param parts all nine, in the order a plan renders them
 */
public record Completeness(List<Part> parts) {

  public Completeness {
    parts = List.copyOf(parts);
  }

  /**
   * One recommended part.
   *
   * @param key the plan's key for it, e.g. {@code action_plan}
   */
  public record Part(String key, boolean present) {}

  public int presentCount() {
    return (int) parts.stream().filter(Part::present).count();
  }

  public List<Part> missing() {
    return parts.stream().filter(p -> !p.present()).toList();
  }
}
