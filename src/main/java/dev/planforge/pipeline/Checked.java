package dev.planforge.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.planforge.enrich.Figures;
import dev.planforge.model.Plan;
import dev.planforge.source.Picture;
import dev.planforge.source.SourceFile;
import dev.planforge.diagnostic.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * A plan after the source and validate stages.
 *
 * @param tree the plan as validated (customers from a CSV file included), or null when unreadable
 * @param plan the typed plan, or null when any error was found
 * @param figures the plan's computed figures, or null when any error was found
 * @param pictures the pictures the check accepted, by the address written in the plan
 */
public record Checked(
    SourceFile source, JsonNode tree, Plan plan, Figures figures, List<Diagnostic> diagnostics,
    Map<String, Picture> pictures) {

  public Checked {
    diagnostics = List.copyOf(diagnostics);
    pictures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pictures));
  }

  /** A plan without pictures. */
  public Checked(SourceFile source, JsonNode tree, Plan plan, Figures figures, List<Diagnostic> diagnostics) {
    this(source, tree, plan, figures, diagnostics, Map.of());
  }

  public long errors() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warnings() {
    return diagnostics.size() - errors();
  }

  /** Whether the plan may go on to be rendered: no errors, and no warnings when strict. */
  public boolean passes(boolean strict) {
    return plan != null && errors() == 0 && (!strict || warnings() == 0);
  }
}
