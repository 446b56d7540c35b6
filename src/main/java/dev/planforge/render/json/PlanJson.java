package dev.planforge.render.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.planforge.enrich.Figures;
import dev.planforge.model.Part;
import dev.planforge.model.Plan;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code --format json} writes: the validated plan with every figure of the plan format
 * ("Computed values") beside the values it is computed from.
 *
 * <p>The top-level keys that are not parts (title, currency, version, …) come first, in the
 * plan's order and as written; then the parts in {@link Part} order; then {@code completeness}.
 * Within a part, keys and list items keep the plan's order and the figures follow. Each figure is
 * attached to its item by the item's id, never by position, so a list in any order, sorted (the
 * risk register) or holding items without figures still gets every figure on its own item.
 */
public final class PlanJson {

  // Exact decimals keep a share of 20.0 as "20.0", not "2E+1" or "20".
  static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private static final Set<String> PARTS = Arrays.stream(Part.values()).map(Part::key).collect(Collectors.toSet());

  private PlanJson() {}

  /**
   * The JSON tree of a valid plan; {@code written} is the validated tree it was read from, left as
   * it is.
   */
  public static ObjectNode of(Plan plan, JsonNode written, Figures figures) {
    ObjectNode root = NODES.objectNode();
    for (Map.Entry<String, JsonNode> e : written.properties()) {
      if (e.getKey().equals("version") && plan.version() != null) {
        root.put("version", plan.version()); // text, exactly as written: 2.10 stays "2.10", 1e3 stays "1e3"
      } else if (!PARTS.contains(e.getKey())) {
        root.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    SectionFigures figured = new SectionFigures(figures, plan.currency());
    for (Part part : Part.values()) {
      JsonNode section = written.get(part.key());
      if (section != null) {
        root.set(part.key(), figured.into(part, section.deepCopy()));
      }
    }
    root.set("completeness", figured.completeness());
    return root;
  }
}
