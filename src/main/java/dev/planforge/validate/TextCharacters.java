package dev.planforge.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.diagnostic.Reporter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text a document can hold. YAML escapes ({@code "\x01"}, {@code "\ud800"}) and CSV cells can
 * carry characters that no document shows and that XML, which the PDF is made from, refuses: a
 * control character or half of a surrogate pair. So can a Markdown numeric character reference
 * ({@code &#xD800;}), which the Markdown renderer turns into that character. Each is an error at
 * the value that holds it, naming the character; tab, line feed, carriage return and NEL stay
 * allowed, as YAML 1.2 allows them in text.
 */
public final class TextCharacters {

  private static final String MARKDOWN = "#/$defs/markdown";
  /** A numeric character reference as CommonMark reads one. */
  private static final Pattern REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

  private TextCharacters() {}

  /** Checks every key and text of {@code tree}, which has the shape {@code schema} describes. */
  static void check(JsonNode tree, JsonNode schema, Reporter report) {
    new TextCharacters().walk(tree, schema, schema, PlanPath.ROOT, report);
  }

  /** True for a code point that XML cannot carry, or a control character no document shows. */
  static boolean unshowable(int c) {
    boolean allowedControl = c == '\t' || c == '\n' || c == '\r' || c == 0x85;
    boolean control = c < 0x20 || c >= 0x7F && c <= 0x9F;
    return control && !allowedControl || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE
        || c == 0xFFFE || c == 0xFFFF;
  }

  private void walk(JsonNode value, JsonNode schemaHere, JsonNode root, PlanPath path, Reporter report) {
    JsonNode schema = resolve(schemaHere, root);
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        PlanPath child = path.key(field.getKey());
        int bad = firstUnshowable(field.getKey());
        if (bad >= 0) {
          report.errorAtKey("text.character", child, messageKey(bad), codePoint(bad));
        }
        JsonNode childSchema = schema.path("properties").path(field.getKey());
        if (childSchema.isMissingNode()) {
          childSchema = schema.path("additionalProperties"); // e.g. a customer's scores
        }
        walk(field.getValue(), childSchema, root, child, report);
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        walk(value.get(i), schema.path("items"), root, path.index(i), report);
      }
    } else if (value.isTextual()) {
      String text = value.asText();
      int bad = firstUnshowable(text);
      if (bad >= 0) {
        report.error("text.character", path, messageKey(bad), codePoint(bad));
      } else if (MARKDOWN.equals(schemaHere.path("$ref").asText())) {
        badReference(text, path, report);
      }
    }
  }

  private static void badReference(String markdown, PlanPath path, Reporter report) {
    if (markdown.indexOf("&#") < 0) {
      return;
    }
    Matcher m = REFERENCE.matcher(markdown);
    while (m.find()) {
      long c = m.group(1) != null ? Long.parseLong(m.group(1), 16) : Long.parseLong(m.group(2));
      if (c == 0 || c > Character.MAX_CODE_POINT || unshowable((int) c)) {
        report.error("text.reference", path, "text.reference", m.group(), codePoint(c));
        return; // one per value: the fix is the same for the others
      }
    }
  }

  /** The first code point of {@code s} that no document can show, or -1; a lone surrogate counts. */
  static int firstUnshowable(String s) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i); // a lone surrogate comes back as itself
      if (unshowable(c)) {
        return c;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  private static String messageKey(int c) {
    return c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE ? "text.surrogate" : "text.character";
  }

  private static String codePoint(long c) {
    return String.format("U+%04X", c);
  }

  /** The schema a {@code $ref} points to (the plan schema's refs are all local, into $defs). */
  private static JsonNode resolve(JsonNode schema, JsonNode root) {
    JsonNode s = schema;
    for (int hops = 0; s.has("$ref") && hops < 8; hops++) {
      s = root.at(s.get("$ref").asText().substring(1));
    }
    return s;
  }
}
