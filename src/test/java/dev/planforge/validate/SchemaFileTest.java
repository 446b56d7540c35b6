package dev.planforge.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped schema is a valid draft 2020-12 schema that tells editors what every key means, in
 * the words every editor understands (the language servers themselves are run by
 * {@code dev.planforge.editor.EditorSchemaTest}).
 */
class SchemaFileTest {

  @Test
  void givenShippedSchema_whenCheckedAgainstTheMetaSchema_thenValid() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    List<Error> errors = meta.validate(SchemaCheck.schemaTree());

    assertEquals(List.of(), errors);
  }

  @Test
  void givenShippedSchema_thenItIsTheFileInTheRepository() throws IOException {
    assertEquals(Files.readString(Path.of("schema/plan.schema.json"), StandardCharsets.UTF_8), SchemaCheck.schemaText());
  }

  @Test
  void givenShippedSchema_thenEveryPropertyHasAnEnglishAndChineseDescription() {
    List<String> missing = new ArrayList<>();
    walk(SchemaCheck.schemaTree(), "#", missing);

    assertEquals(List.of(), missing);
  }

  @Test
  void givenShippedSchema_thenEveryKeyAndListItemHasABilingualTitle() {
    List<String> missing = new ArrayList<>();
    eachKey((at, schema) -> {
      if (!bilingual(schema.path("title").asText(""))) {
        missing.add(at);
      }
    });

    assertEquals(List.of(), missing, "hover headings and snippet labels come from titles (\"Task — 任务\")");
  }

  @Test
  void givenShippedSchema_thenEveryKeyHoldingAValueHasItsOwnExampleOrItsValueTypes() {
    JsonNode root = SchemaCheck.schemaTree();
    List<String> missing = new ArrayList<>();
    eachKey((at, schema) -> {
      boolean mapping = schema.has("properties") || schema.path("items").has("properties");
      if (!mapping && !at.endsWith("/items") && examples(schema, root) == null) {
        missing.add(at);
      }
    });

    assertEquals(List.of(), missing, "docs/plan-format.md and editors show each key's example");
    // An id's examples belong to each id key: on $defs/id every reference field offered them.
    assertFalse(root.at("/$defs/id").has("examples"), "$defs/id must not carry examples");
    root.path("$defs").properties().forEach(d -> {
      if (d.getKey().endsWith("Ref")) {
        assertTrue(d.getValue().has("examples"), d.getKey() + " offers its own examples");
      }
    });
  }

  @Test
  void givenShippedSchema_thenEveryDefaultIsNamedInItsDescription() {
    List<String> unnamed = new ArrayList<>();
    eachSchema((at, schema) -> {
      if (schema.has("default")) {
        String description = schema.path("description").asText();
        String value = schema.get("default").asText();
        if (!description.contains("default") || !description.contains(value)) {
          unnamed.add(at + " (default " + value + ")");
        }
      }
    });

    assertEquals(List.of(), unnamed);
    assertEquals(1, SchemaCheck.schemaTree().at("/properties/plan_format/default").asInt(), "a new file starts plan_format: 1");
  }

  @Test
  void givenShippedSchema_thenItUsesOnlyWhatEveryEditorUnderstands() {
    List<String> problems = new ArrayList<>();
    eachSchema((at, schema) -> {
      if (schema.path("type").isArray()) {
        problems.add(at + ": a type array (ajv strict refuses it; write anyOf)");
      }
      for (String draft2019 : List.of("dependentRequired", "dependentSchemas", "unevaluatedProperties")) {
        if (schema.has(draft2019)) {
          problems.add(at + ": " + draft2019 + " (draft-07-era servers ignore it; write if/then)");
        }
      }
      if (schema.has("format") && !schema.has("pattern")) {
        problems.add(at + ": format without a pattern (format is only an annotation in 2020-12)");
      }
      if (schema.has("pattern") && !bilingual(schema.path("patternErrorMessage").asText(""))) {
        problems.add(at + ": pattern without a bilingual patternErrorMessage");
      }
      if (schema.has("enum") && schema.path("markdownEnumDescriptions").size() != schema.get("enum").size()) {
        problems.add(at + ": enum without one markdownEnumDescription per value");
      }
    });

    assertEquals(List.of(), problems);
  }

  @Test
  void givenShippedSchema_whenTheJavaValidatorCompilesIt_thenOnlyTheEditorsAnnotationsAreUnknownToIt() {
    Set<String> unknown = new TreeSet<>();
    Dialect dialect = Dialect.builder(Dialects.getDraft202012()).unknownKeywordFactory((keyword, context) -> {
      unknown.add(keyword);
      return new AnnotationKeyword(keyword);
    }).build();
    Schema schema = SchemaRegistry.withDefaultDialect(dialect).getSchema(SchemaCheck.schemaText(), InputFormat.JSON);

    List<Error> errors = schema.validate("""
        {"plan_format": 1, "title": "t", "as_of": "2026-06-30", "locale": "en", "currency": "CNY",
         "accounts": [{"customer": "c", "value_proposition": "v", "contact": {"name": "n", "email": "a@b.cn"}}]}
        """, InputFormat.JSON);

    // networknt only annotates words it does not know (it would log a warning for each); a
    // misspelt keyword ("patern") would show up here instead of silently checking nothing.
    assertEquals(Set.of("markdownEnumDescriptions", "patternErrorMessage"), unknown);
    assertEquals(List.of(), errors);
  }

  @Test
  void givenTheDatePattern_thenItAcceptsExactlyTheDaysOfTheCalendar() {
    Pattern date = Pattern.compile(SchemaCheck.schemaTree().at("/$defs/date/pattern").asText());
    List<String> disagree = new ArrayList<>();
    for (int year : new int[] {1900, 2000, 2023, 2024, 2025, 2026, 2100, 2400}) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          String text = String.format("%04d-%02d-%02d", year, month, day);
          if (date.matcher(text).matches() != isDay(text)) {
            disagree.add(text);
          }
        }
      }
    }

    assertEquals(List.of(), disagree);
    assertFalse(date.matcher("2025/06/30").matches());
    assertFalse(date.matcher("2026-1-5").matches());
  }

  private static boolean isDay(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean bilingual(String text) {
    return text.contains(" — ") && text.codePoints().anyMatch(c -> c >= 0x4E00);
  }

  /** A key's examples, its own or those of the value type it refers to. */
  private static JsonNode examples(JsonNode schema, JsonNode root) {
    JsonNode s = schema;
    for (int hops = 0; hops < 8 && !s.has("examples") && s.has("$ref"); hops++) {
      s = root.at(s.get("$ref").asText().substring(1));
    }
    return s.has("examples") ? s.get("examples") : null;
  }

  /** Each key's schema and each list's item schema, outside if/then restatements. */
  private static void eachKey(BiConsumer<String, JsonNode> visit) {
    eachSchema((at, schema) -> {
      if (at.matches(".*/(properties/[^/]+|items)") && !isConditionalStub(at)) {
        visit.accept(at, schema);
      }
    });
  }

  /** Every schema object in the file, by its JSON pointer. */
  private static void eachSchema(BiConsumer<String, JsonNode> visit) {
    everyObject(SchemaCheck.schemaTree(), "#", visit);
  }

  private static void everyObject(JsonNode node, String at, BiConsumer<String, JsonNode> visit) {
    if (node.isObject()) {
      visit.accept(at, node);
      node.properties().forEach(e -> everyObject(e.getValue(), at + "/" + e.getKey(), visit));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        everyObject(node.get(i), at + "/" + i, visit);
      }
    }
  }

  private static void walk(JsonNode node, String at, List<String> missing) {
    if (node.isObject()) {
      JsonNode properties = node.path("properties");
      for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> p = it.next();
        JsonNode schema = p.getValue();
        String description = schema.path("description").asText("");
        boolean bothLanguages = description.contains(" — ") && description.codePoints().anyMatch(c -> c >= 0x4E00);
        if (!schema.isBoolean() && !bothLanguages && !isConditionalStub(at)) {
          missing.add(at + "/properties/" + p.getKey());
        }
      }
      node.fields().forEachRemaining(e -> walk(e.getValue(), at + "/" + e.getKey(), missing));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at + "/" + i, missing);
      }
    }
  }

  /** if/then/not/dependentSchemas restate properties only to name them; the real ones carry help. */
  private static boolean isConditionalStub(String at) {
    return at.matches(".*/(if|then|else|not|dependentSchemas|allOf|anyOf|oneOf)(/.*)?");
  }
}
