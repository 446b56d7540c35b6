package dev.planforge.diagnostic;

import com.fasterxml.jackson.databind.JsonNode;

/** How a value is named in messages: text in quotes, lists and mappings by name, numbers as written. */
public final class Values {

  private Values() {}

  public static String describe(JsonNode value, Messages m) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return m.text("value.empty");
    }
    if (value.isObject()) {
      return m.text("value.mapping");
    }
    if (value.isArray()) {
      return m.text("value.list");
    }
    if (value.isTextual()) {
      return "\"" + value.asText() + "\"";
    }
    return value.asText();
  }
}
