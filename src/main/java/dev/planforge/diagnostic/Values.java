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
      return "\"" + visible(value.asText()) + "\"";
    }
    return value.asText();
  }

  /**
   * {@code text} as a reader can see it in a diagnostic: control codes, lone surrogates and
   * non-characters written as escapes ({@code \\u001F}), not raw.
   */
  public static String visible(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))
          || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
      boolean invisible = Character.isISOControl(c) && c != '\t' && c != '\n'
          || Character.isSurrogate(c) && !paired || c == 0xFFFE || c == 0xFFFF;
      if (invisible && sb == null) {
        sb = new StringBuilder(text.substring(0, i));
      }
      if (sb != null) {
        sb.append(invisible ? String.format("\\u%04X", (int) c) : String.valueOf(c));
      }
    }
    return sb == null ? text : sb.toString();
  }
}
