package dev.planforge.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.planforge.enrich.Figures;
import dev.planforge.model.Plan;
import java.nio.file.Path;

/**
 * What every renderer receives: the validated plan (typed, and as the validated tree for the JSON
 * output), its figures, and where the plan file is (for relative names only; nothing is read).
 */
public record Document(Plan plan, JsonNode tree, Figures figures, Path planFile) {}
