package dev.planforge.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes {@code docs/plan-format.md}, the plan format reference, from the schema alone: every key's
 * title, meaning (English and Chinese), type, whether it is required or what it defaults to, and an
 * example all come from {@code schema/plan.schema.json}, so the page and the schema cannot drift.
 * {@link PlanFormatDocTest} regenerates it and compares.
 */
final class PlanFormatDoc {

  /** Where the page says it comes from, and how to rewrite it. */
  static final String SOURCE = "schema/plan.schema.json";

  /** A plain scalar YAML would read as something else: an indicator first, a comment, a number, a boolean. */
  private static final Pattern NEEDS_QUOTES = Pattern.compile(
      "^[-?:,\\[\\]{}#&*!|>'\"%@`\\s].*|.*: .*|.* #.*|.*\\s$|^$"
          + "|^[-+]?([0-9][0-9_]*(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?$|^0[xo].*"
          + "|^(true|false|null|yes|no|on|off|y|n|~|\\.inf|\\.nan)$", Pattern.CASE_INSENSITIVE);

  /** Inside [ ] or { } a comma or bracket ends a plain scalar too. */
  private static final Pattern FLOW_INDICATOR = Pattern.compile(".*[,\\[\\]{}].*");

  private final JsonNode root;
  private final StringBuilder out = new StringBuilder();

  private PlanFormatDoc(JsonNode root) {
    this.root = root;
  }

  static String generate(JsonNode schema) {
    return new PlanFormatDoc(schema).page();
  }

  /** One mapping of the plan that gets its own table: where it is, and its schema. */
  private record Part(String path, String anchor, JsonNode about, JsonNode object) {}

  private String page() {
    List<Part> parts = new ArrayList<>();
    collect(new Part("", "top-level", root, root), parts);

    line("# " + root.path("title").asText());
    line("");
    line("<!-- Generated from " + SOURCE + " by src/test/java/dev/planforge/docs/PlanFormatDoc.java;");
    line("     do not edit by hand: change the schema, then run");
    line("     mvn test -Dtest=PlanFormatDocTest -Dgolden.update=true -->");
    line("");
    line(english(root.path("description").asText()));
    line("");
    line(chinese(root.path("description").asText()));
    line("");
    line("Start a plan with the line below and an editor with a YAML language server (VS Code's *YAML*");
    line("extension, IntelliJ IDEA) completes and checks every key as you type, with the titles, meanings");
    line("and examples of this page — 以下面一行开头,编辑器即可按本页内容补全和检查每个键:");
    line("");
    line("```yaml");
    line("# yaml-language-server: $schema=../schema/plan.schema.json");
    line("```");
    line("");
    line("How to read the tables — 表格说明: a **required** key must be written; any other key may be left");
    line("out, and then means its default (if it has one) or nothing. A list may be left out, which means");
    line("empty. Keys are `snake_case`; an unknown key is an error. Types in links are described under");
    line("[Value types](#value-types). `planforge validate` also checks what a schema cannot say: references");
    line("between ids, duplicate ids, cycles, sums and orders — 必填键必须填写,其余键可省略(省略即取默认值或为空);");
    line("未知的键是错误;引用、重复编号、循环依赖、合计与顺序由 `planforge validate` 检查。");
    line("");
    line("## Contents — 目录");
    line("");
    for (Part p : parts) {
      int depth = p.path().isEmpty() ? 0 : p.path().split("\\.").length;
      line("  ".repeat(depth) + "- [" + heading(p) + "](#" + p.anchor() + ")");
    }
    line("- [Value types — 值类型](#value-types)");
    for (Part p : parts) {
      part(p);
    }
    valueTypes();
    return out.toString();
  }

  /** Depth first, in the schema's order: each mapping, and each list of mappings, gets a part. */
  private void collect(Part part, List<Part> parts) {
    parts.add(part);
    for (Map.Entry<String, JsonNode> e : part.object().path("properties").properties()) {
      String path = part.path().isEmpty() ? e.getKey() : part.path() + "." + e.getKey();
      JsonNode object = objectOf(e.getValue());
      if (object != null) {
        collect(new Part(path + (e.getValue().has("items") ? "[]" : ""), anchor(path), e.getValue(), object), parts);
      }
    }
  }

  /** The mapping a property holds, itself or as the items of its list; null for anything else. */
  private static JsonNode objectOf(JsonNode property) {
    if (property.has("properties")) {
      return property;
    }
    JsonNode items = property.path("items");
    return items.has("properties") ? items : null;
  }

  private String heading(Part p) {
    return p.path().isEmpty() ? "Top level — 顶层" : "`" + p.path() + "` — " + p.object().path("title").asText();
  }

  private void part(Part p) {
    line("");
    line("## <a id=\"" + p.anchor() + "\"></a>" + heading(p));
    line("");
    if (!p.path().isEmpty()) {
      String description = p.about().path("description").asText();
      line(english(description));
      line("");
      line(chinese(description));
      line("");
    }
    List<String> rules = new ArrayList<>();
    for (JsonNode rule : p.object().path("allOf")) {
      rules.add(rule.path("description").asText());
    }
    if (!rules.isEmpty()) {
      line("Rules — 规则:");
      line("");
      rules.forEach(r -> line("- " + r));
      line("");
    }
    Set<String> required = new HashSet<>();
    p.object().path("required").forEach(r -> required.add(r.asText()));
    line("| Key — 键 | Type — 类型 | Required / default — 必填 / 默认 | Meaning — 含义 | Example — 示例 |");
    line("|---|---|---|---|---|");
    for (Map.Entry<String, JsonNode> e : p.object().path("properties").properties()) {
      String key = e.getKey();
      JsonNode s = e.getValue();
      String path = p.path().isEmpty() ? key : p.path() + "." + key;
      line("| `" + key + "` | " + type(s, path) + " | " + requiredOrDefault(s, required.contains(key)) + " | "
          + meaning(s) + " | " + example(key, s) + " |");
    }
  }

  private String requiredOrDefault(JsonNode s, boolean required) {
    if (required) {
      return "**required** — 必填";
    }
    if (s.has("default")) {
      return "default — 默认 `" + yaml(s.get("default")) + "`";
    }
    return "optional — 可选";
  }

  private String meaning(JsonNode s) {
    String description = s.path("description").asText();
    StringBuilder m = new StringBuilder("**").append(s.path("title").asText()).append("**<br>")
        .append(english(description)).append("<br>").append(chinese(description));
    JsonNode enumSchema = s.has("enum") ? s : s.path("items");
    JsonNode names = enumSchema.path("markdownEnumDescriptions");
    if (enumSchema.has("enum") && names.size() == enumSchema.path("enum").size()) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        values.add("`" + enumSchema.path("enum").get(i).asText() + "` " + names.get(i).asText());
      }
      m.append("<br>Values — 取值: ").append(String.join("; ", values));
    }
    return cell(m.toString());
  }

  /** What a value is, in a few words, with a link to its value type or its own table. */
  private String type(JsonNode s, String path) {
    if (s.has("$ref")) {
      String name = defName(s);
      return "[" + english(root.path("$defs").path(name).path("title").asText()) + "](#type-" + name.toLowerCase() + ")";
    }
    if (s.has("anyOf")) {
      List<String> kinds = new ArrayList<>();
      s.get("anyOf").forEach(branch -> kinds.add(type(branch, path)));
      return String.join(" or ", kinds) + bounds(s);
    }
    if (s.has("const")) {
      return "`" + yaml(s.get("const")) + "`";
    }
    String kind = s.path("type").asText();
    return switch (kind) {
      case "string" -> s.has("enum") ? "one of " + codes(s.get("enum"))
          : s.has("pattern") ? "text matching `" + cell(s.get("pattern").asText()) + "`"
          : s.has("minLength") ? "text, not empty" : "text";
      case "integer" -> "whole number" + bounds(s);
      case "number" -> "number" + bounds(s);
      case "boolean" -> "`true` or `false`";
      case "array" -> {
        JsonNode items = s.path("items");
        String count = s.has("minItems") && s.path("minItems").equals(s.path("maxItems"))
            ? ", exactly " + s.get("minItems").asInt() : "";
        yield (items.has("properties") ? "list of [" + english(items.path("title").asText()) + "](#" + anchor(path) + ")"
            : items.has("enum") ? "list of " + codes(items.get("enum")) : "list of " + type(items, path)) + count;
      }
      case "object" -> s.has("properties") ? "mapping: [" + english(s.path("title").asText()) + "](#" + anchor(path) + ")"
          : "mapping of " + type(s.path("propertyNames"), path) + " to " + type(s.path("additionalProperties"), path);
      default -> throw new IllegalStateException("no words for the type of " + path + ": " + s);
    };
  }

  private static String bounds(JsonNode s) {
    List<String> b = new ArrayList<>();
    if (s.has("minimum")) {
      b.add("≥ " + number(s.get("minimum")));
    }
    if (s.has("exclusiveMinimum")) {
      b.add("> " + number(s.get("exclusiveMinimum")));
    }
    if (s.has("maximum")) {
      b.add("≤ " + number(s.get("maximum")));
    }
    if (s.has("exclusiveMaximum")) {
      b.add("< " + number(s.get("exclusiveMaximum")));
    }
    return b.isEmpty() ? "" : ", " + String.join(", ", b);
  }

  /** 10^15 and its kin as powers, so a bound reads as the contract states it. */
  private static String number(JsonNode n) {
    BigDecimal v = n.decimalValue();
    String sign = v.signum() < 0 ? "−" : "";
    int power = powerOfTen(v.abs());
    if (power > 6) {
      return sign + "10^" + power;
    }
    int below = powerOfTen(v.abs().add(BigDecimal.ONE));
    return below > 6 ? sign + "(10^" + below + " − 1)" : v.toPlainString();
  }

  /** k when {@code v} is 10^k, else -1. */
  private static int powerOfTen(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.unscaledValue().equals(java.math.BigInteger.ONE) ? -s.scale() : -1;
  }

  private static String codes(JsonNode values) {
    List<String> c = new ArrayList<>();
    values.forEach(v -> c.add("`" + v.asText() + "`"));
    return String.join(", ", c);
  }

  /** The key written with its first example, as a planner would type it; a mapping or list of mappings has its own table. */
  private String example(String key, JsonNode s) {
    if (objectOf(s) != null) {
      return "see below — 见下文";
    }
    JsonNode examples = examplesOf(s);
    if (examples == null || examples.isEmpty()) {
      throw new IllegalStateException("no example for " + key + " (give it \"examples\" in the schema)");
    }
    return "`" + cell(key + ": " + yaml(examples.get(0))) + "`";
  }

  /** A property's own examples, else those of the value type it refers to. */
  private JsonNode examplesOf(JsonNode s) {
    JsonNode here = s;
    for (int hops = 0; hops < 8; hops++) {
      if (here.has("examples")) {
        return here.get("examples");
      }
      if (!here.has("$ref")) {
        return null;
      }
      here = root.path("$defs").path(defName(here));
    }
    return null;
  }

  private void valueTypes() {
    line("");
    line("## <a id=\"value-types\"></a>Value types — 值类型");
    line("");
    line("The kinds of value many keys share — 多个键共用的取值类型。");
    for (Map.Entry<String, JsonNode> e : root.path("$defs").properties()) {
      JsonNode d = e.getValue();
      line("");
      line("### <a id=\"type-" + e.getKey().toLowerCase() + "\"></a>" + d.path("title").asText());
      line("");
      String description = d.path("description").asText();
      line(english(description));
      line("");
      line(chinese(description));
      line("");
      // the form is shown on its own line, so the type says only what kind of value it is
      String kind = type(((ObjectNode) d.deepCopy()).without(List.of("pattern", "enum")), e.getKey());
      line("- Type — 类型: " + kind);
      if (d.has("pattern")) {
        line("- Form — 格式: `" + d.get("pattern").asText() + "`");
      }
      if (d.has("patternErrorMessage")) {
        line("- When the form is wrong, an editor says — 格式不对时编辑器提示: " + d.get("patternErrorMessage").asText());
      }
      JsonNode examples = examplesOf(d);
      if (examples != null) {
        List<String> shown = new ArrayList<>();
        examples.forEach(x -> shown.add("`" + yaml(x) + "`"));
        line("- Examples — 示例: " + String.join(", ", shown));
      }
    }
  }

  /** A value in YAML flow style, quoted only where YAML would read it otherwise. */
  static String yaml(JsonNode v) {
    return yaml(v, false);
  }

  private static String yaml(JsonNode v, boolean inFlow) {
    if (v.isTextual()) {
      String t = v.asText();
      if (t.contains("\n")) {
        throw new IllegalStateException("an example must fit on one line: " + t);
      }
      boolean dateLike = t.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
      boolean quoted = NEEDS_QUOTES.matcher(t).matches() || inFlow && FLOW_INDICATOR.matcher(t).matches();
      return quoted && !dateLike ? quote(t) : t;
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(x -> items.add(yaml(x, true)));
      return "[" + String.join(", ", items) + "]";
    }
    if (v.isObject()) {
      List<String> fields = new ArrayList<>();
      v.properties().forEach(f -> fields.add(f.getKey() + ": " + yaml(f.getValue(), true)));
      return "{" + String.join(", ", fields) + "}";
    }
    return v.isNumber() ? v.decimalValue().toPlainString() : v.asText();
  }

  private static String quote(String t) {
    return "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String defName(JsonNode s) {
    String ref = s.get("$ref").asText();
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static String anchor(String path) {
    return path.replace("[]", "").replace('.', '-').replace('_', '-');
  }

  /** The English part of a bilingual text ("Task — 任务"). */
  static String english(String text) {
    int at = text.lastIndexOf(" — ");
    return at < 0 ? text : text.substring(0, at);
  }

  /** The Chinese part of a bilingual text, or "" when there is none. */
  static String chinese(String text) {
    int at = text.lastIndexOf(" — ");
    return at < 0 ? "" : text.substring(at + 3);
  }

  /** Text safe inside a Markdown table cell. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
