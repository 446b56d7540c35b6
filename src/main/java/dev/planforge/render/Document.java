package dev.planforge.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.planforge.enrich.Figures;
import dev.planforge.model.Plan;
import dev.planforge.source.Picture;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What every renderer receives: the validated plan (typed, and as the validated tree for the JSON
 * output), its figures, where the plan file is (for relative names only; nothing is read), the
 * pictures its Markdown shows, as the check read and accepted them (by the address written), and
 * what changed since an earlier version ({@link ChangesSince#NONE} unless {@code --changes-since}).
 */
public record Document(
    Plan plan, JsonNode tree, Figures figures, Path planFile, Map<String, Picture> pictures, ChangesSince changes) {

  public Document {
    pictures = Collections.unmodifiableMap(new LinkedHashMap<>(pictures));
    Objects.requireNonNull(changes, "changes");
  }

  /** A document that shows no changes. */
  public Document(Plan plan, JsonNode tree, Figures figures, Path planFile, Map<String, Picture> pictures) {
    this(plan, tree, figures, planFile, pictures, ChangesSince.NONE);
  }

  /** A document without pictures. */
  public Document(Plan plan, JsonNode tree, Figures figures, Path planFile) {
    this(plan, tree, figures, planFile, Map.of());
  }

  /** The same document, marking what changed since an earlier version. */
  public Document withChanges(ChangesSince since) {
    return new Document(plan, tree, figures, planFile, pictures, since);
  }
}
