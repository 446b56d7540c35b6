package dev.planforge.validate;

import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.diagnostic.Severity;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.diagnostic.Messages;
import dev.planforge.diagnostic.Suggestions;
import dev.planforge.diagnostic.Values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.model.Plan;
import dev.planforge.model.PlanReader;
import dev.planforge.validate.rules.References;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Checks a plan tree against the plan format's JSON Schema — the very file {@code planforge
 * schema} prints and editors use — and words each violation for a planner.
 */
public final class SchemaCheck {

  /** The source stage's rules for a value it refused (source.YamlLoader, source.CustomerCsv). */
  private static final Set<String> REFUSED = Set.of("yaml.number", "csv.number", "csv.row");

  /** Where the schema lives in the jar. */
  public static final String RESOURCE = "/dev/planforge/plan.schema.json";

  private static final class Loaded {
    static final String TEXT = readSchemaText();
    static final JsonNode TREE = parse(TEXT);
    static final Schema SCHEMA = compile(TEXT);
  }

  private SchemaCheck() {}

  /** The schema's text, exactly as shipped. */
  public static String schemaText() {
    return Loaded.TEXT;
  }

  public static JsonNode schemaTree() {
    return Loaded.TREE;
  }

  /**
   * Checks {@code plan} against the schema, and its texts for characters no document can hold
   * (which a schema cannot say).
   */
  public static void check(JsonNode plan, Reporter report) {
    List<Error> errors = new ArrayList<>(Loaded.SCHEMA.validate(plan));
    errors.sort(Comparator.comparing((Error e) -> e.getInstanceLocation().toString()));
    Set<String> seen = new HashSet<>();
    Map<String, String> renamed = misspeltRequiredKeys(errors, seen);
    Supplier<Plan> model = memo(() -> PlanReader.read(plan));
    Reporter schema = report.fork();
    for (Error e : errors) {
      describe(e, plan, model, renamed, schema, seen);
    }
    // A value the loader refused (a number out of bounds, a CSV row with extra cells) is absent or
    // shifted; the schema's complaints about it would only repeat the loader's error.
    Set<String> refused = report.diagnostics().stream()
        .filter(d -> REFUSED.contains(d.rule())).map(Diagnostic::path).collect(Collectors.toSet());
    report.addAll(schema.diagnostics().stream().filter(d -> !isWithinAny(d.path(), refused)).toList());
    TextCharacters.check(plan, Loaded.TREE, report);
  }

  /**
   * Unknown keys that are a near miss of a required key missing from the same mapping
   * ({@code likelyhood} where {@code likelihood} is missing), by the unknown key's pointer. Each is
   * one error, at the key: the missing-key error is marked seen, so it is not reported too.
   */
  private static Map<String, String> misspeltRequiredKeys(List<Error> errors, Set<String> seen) {
    Map<String, Set<String>> missing = new HashMap<>();
    for (Error e : errors) {
      if ("required".equals(e.getKeyword()) && e.getProperty() != null) {
        missing.computeIfAbsent(toPath(e.getInstanceLocation()).pointer(), k -> new TreeSet<>())
            .add(e.getProperty());
      }
    }
    Map<String, String> renamed = new HashMap<>();
    for (Error e : errors) {
      String keyword = e.getKeyword() == null ? "" : e.getKeyword();
      PlanPath at = toPath(e.getInstanceLocation());
      Set<String> keys = missing.getOrDefault(at.pointer(), Set.of());
      if ((keyword.equals("additionalProperties") || keyword.equals("unevaluatedProperties")) && !keys.isEmpty()) {
        String meant = Suggestions.closest(e.getProperty(), keys);
        if (meant != null && seen.add("missing " + at.key(meant).pointer())) {
          renamed.put(at.key(e.getProperty()).pointer(), meant);
        }
      }
    }
    return renamed;
  }

  private static void describe(
      Error e, JsonNode plan, Supplier<Plan> model, Map<String, String> renamed, Reporter report, Set<String> seen) {
    Messages m = report.messages();
    PlanPath at = toPath(e.getInstanceLocation());
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    JsonNode value = plan.at(at.pointer());
    JsonNode schemaHere = schemaAt(e.getSchemaLocation(), 1);
    String rule = "schema." + keyword;
    switch (keyword) {
      case "type" -> {
        JsonNode allowed = allowedTypes(e);
        if (allowed.isArray() && allowed.size() > 1 && isAnyOf(allowed, value)) {
          return; // another branch of the anyOf took the value's type; its own error says what is wrong
        }
        String expected = expectedType(allowed, m);
        String got = Values.describe(value, m);
        String fix = value.isTextual() ? typeFix(at, value.asText(), e.getSchemaNode().asText(), m) : null;
        once(seen, rule, at, () -> {
          if (fix == null) {
            report.error(rule, at, "schema.type", expected, got);
          } else {
            report.error(rule, at, "schema.typeFix", expected, got, fix);
          }
        });
      }
      case "required" -> {
        String key = e.getProperty();
        String needing = requiredBy(e.getSchemaLocation(), 2);
        if (needing != null && !(at.isRoot() && report.messages().has("schema.required." + key))) {
          // quantity needs unit_cost (an if/then the editors understand too): said at quantity
          once(seen, "missing", at.key(key), () -> report.errorAtKey(rule, at.key(needing),
              "schema.dependentRequired", needing, key));
          return;
        }
        PlanPath place = at.isRoot() ? at.key(key) : at;
        String hint = "schema.required." + key;
        boolean advised = report.messages().has(hint);
        once(seen, "missing", at.key(key), () -> once(seen, advised ? report.messages().text(hint) : rule, at,
            () -> report.errorAtKey(rule, place, advised ? hint : "schema.required", key)));
      }
      case "additionalProperties", "unevaluatedProperties" -> {
        String key = e.getProperty();
        PlanPath unknown = at.key(key);
        Set<String> known = new java.util.TreeSet<>();
        schemaHere.path("properties").fieldNames().forEachRemaining(known::add);
        String required = renamed.get(unknown.pointer());
        String near = required != null ? required : Suggestions.closest(key, known);
        String text = required != null ? "schema.unknownKeyRequired" : near == null ? "schema.unknownKey"
            : "schema.unknownKeyNear";
        once(seen, rule, unknown, () -> report.add(Severity.ERROR, rule, unknown, true, near, text, key,
            required != null ? required : String.join(", ", known)));
      }
      case "enum" -> {
        List<String> values = new ArrayList<>();
        e.getSchemaNode().forEach(o -> values.add(o.asText()));
        List<String> names = new ArrayList<>();
        schemaHere.path("markdownEnumDescriptions").forEach(d -> names.add(d.asText()));
        EnumHints.Option meant = value.isValueNode() ? EnumHints.meant(value.asText(), EnumHints.options(values, names))
            : null;
        String name = meant == null ? null : meant.name(m.locale());
        String hint = meant == null ? null : name == null ? m.text("suggest.didYouMean", meant.value())
            : m.text("suggest.didYouMeanNamed", meant.value(), name);
        once(seen, rule, at, () -> hinted(report, hint, r -> r.error(rule, at, "schema.enum",
            Values.describe(value, m), String.join(", ", values))));
      }
      case "const" -> once(seen, rule, at, () -> {
        if (at.equals(PlanPath.of("plan_format")) && !value.isIntegralNumber()) {
          return; // plan_format's "type": "integer" reports it
        } else if (at.equals(PlanPath.of("plan_format"))) {
          report.error("schema.planFormat", at, "schema.planFormat", Values.describe(value, report.messages()),
              e.getSchemaNode().asText());
        } else {
          report.error(rule, at, "schema.const", e.getSchemaNode().asText());
        }
      });
      case "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum" -> once(seen, rule, at, () -> {
        boolean money = e.getSchemaLocation().toString().contains("/$defs/money");
        if (money && value.isNumber() && value.decimalValue().signum() < 0) {
          report.error("schema.negative", at, "schema.negative", value.asText());
        } else {
          report.error(rule, at, "schema." + keyword, value.asText(), e.getSchemaNode().asText());
        }
      });
      case "pattern", "format" -> {
        List<String> defs = SchemaFields.defs(SchemaFields.at(Loaded.TREE, at), Loaded.TREE);
        String refKind = defs.stream().map(References::kindOf).filter(k -> k != null).findFirst().orElse(null);
        if ("date".equals(schemaHere.path("format").asText()) || defs.contains("date")) {
          // A date schema may check the form with a pattern beside format: one error either way.
          once(seen, "schema.date", at, () -> date(at, value, report));
        } else if (refKind != null && keyword.equals("pattern") && value.isTextual()) {
          // A reference is wrong because it names nothing the plan defines, whatever its form.
          once(seen, rule, at, () -> References.unknown(model.get(), refKind, value.asText(), at, report));
        } else {
          // an e-mail has a pattern beside its format too: one error for the form, whichever fails
          once(seen, "schema.form", at, () -> pattern(e, at, value, schemaHere, report));
        }
      }
      case "uniqueItems" -> once(seen, rule, at, () -> report.error(rule, at, "schema.uniqueItems"));
      case "minItems", "maxItems", "minLength", "maxLength", "minProperties" -> once(seen, rule, at,
          () -> report.error(rule, at, "schema." + keyword, e.getSchemaNode().asText()));
      case "dependentRequired" -> {
        // networknt's arguments: the missing key, then the key that needs it.
        Object[] args = e.getArguments() == null ? new Object[0] : e.getArguments();
        String missing = args.length > 0 ? String.valueOf(args[0]) : "";
        String present = args.length > 1 ? String.valueOf(args[1]) : e.getProperty();
        String hint = "schema.required." + missing;
        if (at.isRoot() && report.messages().has(hint)) { // e.g. a budget without a currency
          once(seen, "missing", at.key(missing), () -> report.errorAtKey(rule, at.key(missing), hint, missing));
        } else {
          once(seen, "missing", at.key(missing), () -> report.errorAtKey(rule, at.key(present),
              "schema.dependentRequired", present, missing));
        }
      }
      case "not" -> once(seen, rule, at, () -> report.error(rule, at, "schema.not", e.getMessage()));
      case "false" -> once(seen, rule, at, () -> {
        if (at.equals(PlanPath.of("tiering", "customers"))) { // customers XOR customers_file
          report.errorAtKey(rule, at, "schema.not.tiering");
        } else {
          report.errorAtKey(rule, at, "schema.false", at.last());
        }
      });
      default -> once(seen, rule, at, () -> report.error(rule, at, "schema.other", e.getMessage()));
    }
  }

  /**
   * The exact rewrite of a text where a number or a list of two numbers was expected
   * ("write 120000", "remove ￥: 80000", "write target_share: [15, 25]"), or null.
   */
  private static String typeFix(PlanPath at, String text, String expected, Messages m) {
    JsonNode field = SchemaFields.at(Loaded.TREE, at);
    if (expected.equals("number") || expected.equals("integer")) {
      boolean money = SchemaFields.defs(field, Loaded.TREE).contains("money");
      Optional<Rewrites.NumberFix> fix = Rewrites.number(text, !money);
      if (fix.isEmpty() || expected.equals("integer")
          && new BigDecimal(fix.get().value()).stripTrailingZeros().scale() > 0) {
        return null;
      }
      return numberFix(fix.get(), m);
    }
    JsonNode list = SchemaFields.resolve(field, Loaded.TREE);
    JsonNode item = SchemaFields.resolve(list.path("items"), Loaded.TREE);
    boolean pair = list.path("minItems").asInt() == 2 && list.path("maxItems").asInt() == 2
        && item.path("type").asText().equals("number");
    Optional<List<String>> range = pair && expected.equals("array") ? Rewrites.range(text) : Optional.empty();
    return range.map(r -> m.text("hint.writeKey", at.last(), "[" + r.get(0) + ", " + r.get(1) + "]")).orElse(null);
  }

  private static String numberFix(Rewrites.NumberFix fix, Messages m) {
    if (fix.scaled()) {
      return m.text("hint.write", fix.value());
    }
    if (fix.quoted()) {
      return m.text("hint.unquote", fix.value());
    }
    List<String> what = new ArrayList<>(fix.removed());
    if (fix.separators()) {
      what.add(m.text("hint.separators"));
    }
    return m.text("hint.remove", String.join(m.text("hint.and"), what), fix.value());
  }

  /** A value that is not a date: the date it means when that is clear ("write 2026-01-05"). */
  private static void date(PlanPath at, JsonNode value, Reporter report) {
    Messages m = report.messages();
    String described = Values.describe(value, m);
    Optional<LocalDate> meant = value.isTextual() ? Rewrites.date(value.asText()) : Optional.empty();
    if (meant.isPresent()) {
      report.error("schema.date", at, "schema.dateFix", described, meant.get());
    } else {
      boolean shaped = value.asText().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
      report.error("schema.date", at, shaped ? "schema.dateNoSuchDay" : "schema.date", described);
    }
  }

  /** A text not in its field's form, with the schema's first example, or a currency code it means. */
  private static void pattern(Error e, PlanPath at, JsonNode value, JsonNode schemaHere, Reporter report) {
    Messages m = report.messages();
    String rule = "schema." + e.getKeyword();
    String example = schemaHere.path("examples").path(0).asText("");
    if (example.isEmpty()) { // ids keep their examples on each id key: on $defs/id editors offered them everywhere
      example = SchemaFields.at(Loaded.TREE, at).path("examples").path(0).asText("");
    }
    String currency = at.equals(PlanPath.of("currency")) ? EnumHints.currency(value.asText()) : null;
    if (!example.isEmpty()) {
      report.add(Severity.ERROR, rule, at, false, currency, "schema.patternExample", Values.describe(value, m),
          example);
    } else {
      report.add(Severity.ERROR, rule, at, false, currency, "schema.pattern", Values.describe(value, m),
          e.getSchemaNode().asText());
    }
  }

  /**
   * Reports what {@code emit} reports, with {@code hint} as the "= …" line when it is not null: a
   * hint worded in full ("did you mean "in_progress" (进行中)?"), not only a word to suggest.
   */
  private static void hinted(Reporter report, String hint, Consumer<Reporter> emit) {
    Reporter one = report.fork();
    emit.accept(one);
    report.addAll(one.diagnostics().stream().map(d -> hint == null ? d : new Diagnostic(d.severity(), d.rule(),
        d.location(), d.path(), d.message(), hint, d.sourceLine())).toList());
  }

  /** {@code compute}, run once and only when first asked for. */
  private static <T> Supplier<T> memo(Supplier<T> compute) {
    Object[] held = new Object[1];
    return () -> {
      if (held[0] == null) {
        held[0] = compute.get();
      }
      @SuppressWarnings("unchecked")
      T t = (T) held[0];
      return t;
    };
  }

  /** Whether {@code path} is one of {@code paths} or lies inside one ({@code a.b[2]} inside {@code a.b}). */
  private static boolean isWithinAny(String path, Set<String> paths) {
    if (paths.contains(path)) {
      return true;
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if ((c == '.' || c == '[') && paths.contains(path.substring(0, i))) {
        return true;
      }
    }
    return false;
  }

  /** One diagnostic per rule and place: if/then and $ref may report the same thing twice. */
  private static void once(Set<String> seen, String rule, PlanPath at, Runnable emit) {
    if (seen.add(rule + " " + at.pointer())) {
      emit.run();
    }
  }

  /**
   * The key whose mere presence makes this {@code required} apply: the failing keyword sits in a
   * {@code then} ({@code up} levels below the schema holding it) whose {@code if} only asks for one
   * key ({@code quantity} → {@code unit_cost}); null for any other condition.
   */
  private static String requiredBy(SchemaLocation location, int up) {
    NodePath f = location.getFragment();
    int n = f.getNameCount();
    if (n < up || !"then".equals(String.valueOf(f.getElement(n - up)))) {
      return null;
    }
    JsonNode condition = schemaAt(location, up).path("if");
    JsonNode required = condition.path("required");
    boolean onlyPresence = true;
    for (JsonNode p : condition.path("properties")) {
      onlyPresence &= p.isBoolean() && p.asBoolean();
    }
    return required.size() == 1 && onlyPresence ? required.get(0).asText() : null;
  }

  /** The types a value may have: the failing keyword's own, or every branch's of the anyOf it sits in. */
  private static JsonNode allowedTypes(Error e) {
    NodePath f = e.getSchemaLocation().getFragment();
    int n = f.getNameCount();
    if (n < 3 || !"anyOf".equals(String.valueOf(f.getElement(n - 3)))) {
      return e.getSchemaNode();
    }
    com.fasterxml.jackson.databind.node.ArrayNode types = new ObjectMapper().createArrayNode();
    schemaAt(e.getSchemaLocation(), 3).path("anyOf").forEach(branch -> types.add(branch.path("type")));
    return types;
  }

  /** Whether {@code value} is of one of {@code types} (JSON Schema's names). */
  private static boolean isAnyOf(JsonNode types, JsonNode value) {
    for (JsonNode t : types) {
      boolean match = switch (t.asText()) {
        case "string" -> value.isTextual();
        case "number" -> value.isNumber();
        case "integer" -> value.isIntegralNumber()
            || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
        case "boolean" -> value.isBoolean();
        case "array" -> value.isArray();
        case "object" -> value.isObject();
        case "null" -> value.isNull();
        default -> false;
      };
      if (match) {
        return true;
      }
    }
    return false;
  }

  /** "a number", or "a whole number or a text" for a union of types. */
  private static String expectedType(JsonNode typeNode, Messages m) {
    List<String> names = new ArrayList<>();
    if (typeNode.isArray()) {
      typeNode.forEach(n -> names.add(m.text("type." + n.asText())));
    } else {
      names.add(m.text("type." + typeNode.asText()));
    }
    return String.join(m.text("type.or"), names);
  }

  static PlanPath toPath(NodePath location) {
    PlanPath p = PlanPath.ROOT;
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      p = element instanceof Integer index ? p.index(index) : p.key(String.valueOf(element));
    }
    return p;
  }

  /** The schema object that holds the failing keyword ({@code up} levels above its location). */
  private static JsonNode schemaAt(SchemaLocation location, int up) {
    NodePath fragment = location.getFragment();
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < fragment.getNameCount() - up; i++) {
      pointer.append('/').append(String.valueOf(fragment.getElement(i)).replace("~", "~0").replace("/", "~1"));
    }
    return Loaded.TREE.at(pointer.toString());
  }

  private static String readSchemaText() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema is missing from the jar: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema compile(String text) {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(config));
    return registry.getSchema(text, InputFormat.JSON);
  }
}
