package dev.planforge.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped schema is a valid draft 2020-12 schema that tells editors what every key means. */
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
