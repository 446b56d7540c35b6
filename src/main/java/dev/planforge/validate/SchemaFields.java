package dev.planforge.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.planforge.diagnostic.PlanPath;
import java.util.ArrayList;
import java.util.List;

/**
 * What the plan schema says about one place of a plan, found by following the plan's path through
 * {@code properties} and {@code items}: which {@code $defs} a value is (money, a date, a team
 * reference), what a list holds. A hint needs to know that {@code budget.cap} is money, not only
 * that a number was expected.
 */
final class SchemaFields {

  private SchemaFields() {}

  /** The schema written for the value at {@code path}, its {@code $ref} not followed; missing when none. */
  static JsonNode at(JsonNode root, PlanPath path) {
    JsonNode here = root;
    for (Object segment : path.segments()) {
      JsonNode s = resolve(here, root);
      if (segment instanceof Integer) {
        here = s.path("items");
      } else {
        JsonNode property = s.path("properties").path(segment.toString());
        here = property.isMissingNode() ? s.path("additionalProperties") : property;
      }
      if (!here.isObject()) {
        return MissingNode.getInstance();
      }
    }
    return here;
  }

  /** The {@code $defs} names {@code schema} refers to, outermost first: {@code [teamRef, id]} for an owner. */
  static List<String> defs(JsonNode schema, JsonNode root) {
    List<String> names = new ArrayList<>();
    JsonNode s = schema;
    for (int hops = 0; s.has("$ref") && hops < 8; hops++) {
      String ref = s.get("$ref").asText();
      names.add(ref.substring(ref.lastIndexOf('/') + 1));
      s = root.at(ref.substring(1));
    }
    return names;
  }

  /** The schema a {@code $ref} points to (the plan schema's refs are all local, into $defs). */
  static JsonNode resolve(JsonNode schema, JsonNode root) {
    JsonNode s = schema;
    for (int hops = 0; s.has("$ref") && hops < 8; hops++) {
      s = root.at(s.get("$ref").asText().substring(1));
    }
    return s;
  }
}
