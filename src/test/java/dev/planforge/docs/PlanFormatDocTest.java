package dev.planforge.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/plan-format.md} is what {@link PlanFormatDoc} makes of the schema, byte for byte, so
 * the reference a newcomer reads says what the validator and the editors check. After a schema
 * change, rewrite it with {@code mvn test -Dtest=PlanFormatDocTest -Dgolden.update=true} and read
 * the diff.
 */
class PlanFormatDocTest {

  static final Path DOC = Path.of("docs/plan-format.md");

  @Test
  void givenTheSchema_whenTheReferenceIsGenerated_thenItIsTheCommittedPage() throws IOException {
    String actual = PlanFormatDoc.generate(schema());

    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(DOC, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(DOC), DOC + " is missing (run with -Dgolden.update=true, then read it)");
    String expected = Files.readString(DOC, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail(DOC + " differs from what " + PlanFormatDoc.SOURCE + " says, first at\n" + firstDifference(expected, actual)
          + "\n(after a schema change, rerun with -Dgolden.update=true and review the diff)");
    }
  }

  @Test
  void givenTheSchema_whenTheReferenceIsGenerated_thenEveryKeyHasARowWithItsExample() throws IOException {
    JsonNode schema = schema();
    String page = PlanFormatDoc.generate(schema);

    List<String> rows = page.lines().filter(l -> l.startsWith("| `")).toList();
    assertEquals(countProperties(schema), rows.size(), "one table row per key of the schema");
    assertTrue(rows.stream().allMatch(r -> r.endsWith("` |") || r.endsWith("see below — 见下文 |")),
        "every row ends with an example or a link to its own table");
    assertTrue(page.contains("| `as_of` | [Date](#type-date) | **required** — 必填 |"), "as_of is a required date");
    assertTrue(page.contains("| `locale` | one of `zh-CN`, `en` | default — 默认 `en` |"), "locale defaults to en");
    assertTrue(page.contains("`owner: zhang_wei`"), "a reference shows its own example, not an id of another kind");
  }

  @Test
  void givenExampleValues_whenWrittenAsYaml_thenQuotedOnlyWhereYamlWouldReadThemOtherwise() {
    ObjectMapper json = new ObjectMapper();

    assertEquals("CNY", PlanFormatDoc.yaml(json.valueToTree("CNY")));
    assertEquals("2026-03-01", PlanFormatDoc.yaml(json.valueToTree("2026-03-01")));
    assertEquals("\"1.0\"", PlanFormatDoc.yaml(json.valueToTree("1.0")));
    assertEquals("\"no\"", PlanFormatDoc.yaml(json.valueToTree("no")));
    assertEquals("\"a: b\"", PlanFormatDoc.yaml(json.valueToTree("a: b")));
    assertEquals("[10, 15]", PlanFormatDoc.yaml(json.valueToTree(List.of(10, 15))));
    assertEquals("[营销, \"a, b\"]", PlanFormatDoc.yaml(json.valueToTree(List.of("营销", "a, b"))));
  }

  private static int countProperties(JsonNode node) {
    int n = 0;
    if (node.isObject()) {
      n += node.path("properties").size();
      for (JsonNode child : node.path("properties")) {
        n += countProperties(child);
      }
      n += countProperties(node.path("items"));
    }
    return n;
  }

  private static JsonNode schema() throws IOException {
    return new ObjectMapper().readTree(Files.readString(Path.of(PlanFormatDoc.SOURCE), StandardCharsets.UTF_8));
  }

  /** The first line that differs, with its number. */
  private static String firstDifference(String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    int i = 0;
    while (i < e.size() && i < a.size() && e.get(i).equals(a.get(i))) {
      i++;
    }
    return "line " + (i + 1) + ":\n  committed: " + (i < e.size() ? e.get(i) : "(end of file)")
        + "\n  generated: " + (i < a.size() ? a.get(i) : "(end of file)");
  }
}
