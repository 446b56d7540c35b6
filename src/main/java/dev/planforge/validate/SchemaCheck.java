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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    Reporter schema = report.fork();
    for (Error e : errors) {
      describe(e, plan, schema, seen);
    }
    // A value the loader refused (a number out of bounds, a CSV row with extra cells) is absent or
    // shifted; the schema's complaints about it would only repeat the loader's error.
    Set<String> refused = report.diagnostics().stream()
        .filter(d -> REFUSED.contains(d.rule())).map(Diagnostic::path).collect(Collectors.toSet());
    report.addAll(schema.diagnostics().stream().filter(d -> !isWithinAny(d.path(), refused)).toList());
    TextCharacters.check(plan, Loaded.TREE, report);
  }

  private static void describe(Error e, JsonNode plan, Reporter report, Set<String> seen) {
    PlanPath at = toPath(e.getInstanceLocation());
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    JsonNode value = plan.at(at.pointer());
    JsonNode schemaHere = schemaAt(e.getSchemaLocation(), 1);
    String rule = "schema." + keyword;
    switch (keyword) {
      case "type" -> {
        String expected = expectedType(e.getSchemaNode(), report.messages());
        once(seen, rule, at, () -> report.error(rule, at, "schema.type", expected,
            Values.describe(value, report.messages())));
      }
      case "required" -> {
        String key = e.getProperty();
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
        String near = Suggestions.closest(key, known);
        once(seen, rule, unknown, () -> report.add(Severity.ERROR, rule, unknown, true, near,
            near == null ? "schema.unknownKey" : "schema.unknownKeyNear", key, String.join(", ", known)));
      }
      case "enum" -> {
        List<String> options = new ArrayList<>();
        e.getSchemaNode().forEach(o -> options.add(o.asText()));
        once(seen, rule, at, () -> report.errorSuggesting(rule, at, false, value.asText(), options,
            "schema.enum", Values.describe(value, report.messages()), String.join(", ", options)));
      }
      case "const" -> once(seen, rule, at, () -> {
        if (at.equals(PlanPath.of("plan_format")) && !value.isIntegralNumber()) {
          report.error("schema.type", at, "schema.type", report.messages().text("type.integer"),
              Values.describe(value, report.messages()));
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
      case "pattern", "format" -> once(seen, rule, at, () -> {
        String example = schemaHere.path("examples").path(0).asText("");
        if (keyword.equals("format") && "date".equals(e.getSchemaNode().asText())) {
          boolean shaped = value.asText().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
          report.error("schema.date", at, shaped ? "schema.dateNoSuchDay" : "schema.date",
              Values.describe(value, report.messages()));
        } else if (!example.isEmpty()) {
          report.error(rule, at, "schema.patternExample", Values.describe(value, report.messages()), example);
        } else {
          report.error(rule, at, "schema.pattern", Values.describe(value, report.messages()),
              e.getSchemaNode().asText());
        }
      });
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
      case "not" -> once(seen, rule, at, () -> {
        if (at.equals(PlanPath.of("tiering"))) { // customers XOR customers_file
          report.errorAtKey(rule, at.key("customers_file"), "schema.not.tiering");
        } else {
          report.error(rule, at, "schema.not", e.getMessage());
        }
      });
      case "false" -> once(seen, rule, at, () -> report.errorAtKey(rule, at, "schema.false", at.last()));
      default -> once(seen, rule, at, () -> report.error(rule, at, "schema.other", e.getMessage()));
    }
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
