package dev.planforge.render.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Shape-safe reading of the validated tree, which the JSON keeps for the plan's values as written.
 * Nothing here casts: a key that is absent, or holds another shape than expected, reads as
 * nothing, so a valid plan that leaves a list out ({@code action_plan: {}}) renders like one whose
 * list is empty.
 */
final class Written {

  private Written() {}

  /** The mappings in the list under {@code key}, in written order; none when there is no list. */
  static List<ObjectNode> items(JsonNode node, String key) {
    List<ObjectNode> out = new ArrayList<>();
    if (node.get(key) instanceof ArrayNode list) {
      list.forEach(element -> {
        if (element instanceof ObjectNode item) {
          out.add(item);
        }
      });
    }
    return out;
  }

  /** A scalar's text, read as {@link dev.planforge.model.PlanReader} reads it; null otherwise. */
  static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
  }
}
