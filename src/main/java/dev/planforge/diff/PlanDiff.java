package dev.planforge.diff;

import dev.planforge.model.Part;
import dev.planforge.model.PlanLocale;
import dev.planforge.pipeline.Checked;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two versions of one plan: the changes of the plan itself and the deltas
 * of its figures. Each format writes this one value.
 *
 * @param oldName how the old version is named to the reader ({@code plans/x.yaml}, {@code HEAD~1:plans/x.yaml})
 * @param title the new version's title
 * @param locale the new version's language, which the report is written in
 * @param currency the new version's currency, for the money of the figures
 */
public record PlanDiff(
    String oldName, String newName, String title, PlanLocale locale, String currency, List<Change> changes,
    FigureDeltas figures) {

  public PlanDiff {
    changes = List.copyOf(changes);
  }

  /**
   * Compares two versions that passed validation.
   *
   * @throws IllegalArgumentException when either has errors (it has no model to compare)
   */
  public static PlanDiff of(Checked old, Checked now) {
    for (Checked c : List.of(old, now)) {
      if (c.plan() == null || c.errors() > 0) {
        throw new IllegalArgumentException(c.source().displayName() + " has errors and cannot be compared");
      }
    }
    return new PlanDiff(old.source().displayName(), now.source().displayName(), now.plan().title(),
        now.plan().locale(), now.plan().currency(), ModelDiff.of(old.plan(), now.plan()),
        FigureDiff.of(old.figures(), now.figures(), old.diagnostics(), now.diagnostics()));
  }

  /** Whether the plan changed at all; the figures only move when it does. */
  public boolean differs() {
    return !changes.isEmpty();
  }

  public long count(Change.Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).count();
  }

  /**
   * The changes by section, in document order: the top-level keys ({@code plan}) first, then the
   * parts in {@link Part} order; each keeps the order of its changes.
   */
  public Map<String, List<Change>> bySection() {
    Map<String, List<Change>> out = new LinkedHashMap<>();
    out.put("plan", new ArrayList<>());
    for (Part p : Part.values()) {
      out.put(p.key(), new ArrayList<>());
    }
    changes.forEach(c -> out.get(c.section()).add(c));
    out.values().removeIf(List::isEmpty);
    return out;
  }
}
