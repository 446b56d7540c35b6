package dev.planforge.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.planforge.enrich.Figures;
import dev.planforge.model.Plan;
import dev.planforge.source.Picture;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every renderer receives: the validated plan (typed, and as the validated tree for the JSON
 * output), its figures, where the plan file is (for relative names only; nothing is read), and
 * the pictures its Markdown shows, as the check read and accepted them (by the address written).
 */
public record Document(Plan plan, JsonNode tree, Figures figures, Path planFile, Map<String, Picture> pictures) {

  public Document {
    pictures = Collections.unmodifiableMap(new LinkedHashMap<>(pictures));
  }

  /** A document without pictures. */
  public Document(Plan plan, JsonNode tree, Figures figures, Path planFile) {
    this(plan, tree, figures, planFile, Map.of());
  }
}
