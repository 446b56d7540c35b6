package dev.planforge.render.view;

import java.util.List;

/**
 * A section that is only Markdown: the conclusion, or the appendices (each a subsection).
 *
 * @param body the section's own text, or null
 * @param parts titled parts, each a subsection (the appendices)
 */
public record TextSectionView(Head head, Rich body, List<Part> parts) implements SectionView {

  public record Part(Head head, Rich body) {}

  @Override
  public List<Head> subs() {
    return parts.stream().map(Part::head).toList();
  }
}
