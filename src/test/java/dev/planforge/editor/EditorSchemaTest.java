package dev.planforge.editor;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The editor says what {@code planforge validate} says. The real YAML language server (the engine
 * of VS Code's YAML extension; the version pinned in {@code src/test/editor/package.json} and the
 * older 1.19, which knows only draft-07 keywords) checks the example plans and a set of bad plans
 * from {@code src/test/resources/bad-plans}, over stdio as an editor does; and ajv compiles the
 * schema in strict mode.
 *
 * <p>Needs Node.js: skipped without {@code node} unless the {@code CI} variable is set, when it
 * fails instead. The npm packages are installed with {@code npm ci} when missing.
 */
class EditorSchemaTest {

  static final Path EDITOR = Path.of("src/test/editor");
  static final Path SCHEMA = Path.of("schema/plan.schema.json");
  static final Path PLANS = Path.of("plans");
  static final Path BAD_PLANS = Path.of("src/test/resources/bad-plans");

  /** Ids the schema once offered for every reference field, whatever it referred to. */
  static final List<String> FOREIGN_IDS = List.of("T1", "crm-rollout", "A", "战略客户");

  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A bad plan and what the language server must say about it: for each line (1-based) a word its
   * message must contain (the key, or the hint the schema gives). Unless {@code validateLines}
   * says otherwise, {@code planforge validate} reports on exactly these lines too.
   */
  record Case(String plan, Map<Integer, String> expected, List<Integer> validateLines) {
    static Case of(String plan, Object... lineThenWord) {
      Map<Integer, String> expected = new TreeMap<>();
      for (int i = 0; i < lineThenWord.length; i += 2) {
        expected.put((Integer) lineThenWord[i], (String) lineThenWord[i + 1]);
      }
      return new Case(plan, expected, List.copyOf(expected.keySet()));
    }

    Case validateSaysAt(Integer... lines) {
      return new Case(plan, expected, List.of(lines));
    }
  }

  static final List<Case> CASES = List.of(
      Case.of("customers-and-customers-file", 17, "customers"),
      Case.of("currency-missing-with-budget", 1, "currency"),
      Case.of("currency-missing-with-annual-value", 1, "currency"),
      // The language server puts a missing key at the mapping it is missing from; validate at the
      // key that needs it (quantity, line 10).
      Case.of("budget-quantity-without-unit-cost", 7, "unit_cost").validateSaysAt(10),
      Case.of("schema-required-missing-task-owner", 6, "owner"),
      Case.of("schema-unknown-key", 15, "colour"),
      Case.of("date-invalid-feb-30", 3, "YYYY-MM-DD"),
      Case.of("schema-budget-period-pattern", 10, "YYYY-Qn"),
      Case.of("schema-email-pattern", 10, "e-mail"),
      Case.of("schema-id-with-space", 10, "no spaces"),
      Case.of("schema-enum-status-near-miss", 14, "in_progress"),
      Case.of("schema-type-union", 6, "string | number", 10, "integer | string", 18, "minimum", 19, "string | number"),
      Case.of("plan-format-2", 1, "1"),
      Case.of("schema-range-likelihood-6", 8, "maximum of 5"));

  @BeforeAll
  static void givenNodeAndTheEditorPackages() throws Exception {
    if (!nodeIsInstalled()) {
      if (System.getenv("CI") != null) {
        fail("node is not installed, and CI is set: .ci/run installs Debian's nodejs and npm");
      }
      Assumptions.abort("node is not installed; the editor test runs where Node.js is (always in CI)");
    }
    Path installed = EDITOR.resolve("node_modules/.package-lock.json");
    if (!Files.exists(installed)
        || Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(EDITOR.resolve("package-lock.json"))) < 0) {
      Run npm = run(List.of("npm", "ci", "--no-audit", "--no-fund"), null, 300);
      assertEquals(0, npm.code(), "npm ci in " + EDITOR + " failed:\n" + npm.err());
    }
  }

  @Test
  void givenTheSchema_whenAjvCompilesItInStrictMode_thenItCompiles() throws Exception {
    Run ajv = run(List.of("node", "ajv-strict.mjs", SCHEMA.toAbsolutePath().toString()), null, 60);

    assertEquals(0, ajv.code(), ajv.err());
    JsonNode result = JSON.readTree(ajv.out());
    assertTrue(result.path("unionTypeRefused").asBoolean(), "ajv must run in strict mode: " + result);
    assertTrue(result.path("compiled").asBoolean(), "ajv strict refuses the schema: " + result.path("error").asText());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"yaml-language-server", "yaml-language-server-1.19"})
  void givenPlans_whenTheLanguageServerChecksThem_thenItSaysWhatValidateSays(String server, @TempDir Path probes)
      throws Exception {
    List<Path> examples = examplePlans();
    Path probe = probes.resolve("probe.yaml");
    Files.writeString(probe, modeline() + """
        plan_format: 1
        title: Probe
        as_of: 2026-06-30
        team:
          - {id: zhang_wei, name: 张伟}
        action_plan:
          tasks:
            - id: t01
              title: Kickoff
              owner: zhang_wei
              start: 2026-01-05
              end: 2026-01-09
              status: planned
              depends_on: []
        """, StandardCharsets.UTF_8);
    Path blank = probes.resolve("new-plan.yaml");
    Files.writeString(blank, modeline() + "\n", StandardCharsets.UTF_8);
    List<String> probeLines = Files.readAllLines(probe);

    ObjectNode job = JSON.createObjectNode();
    job.put("server", server);
    // Bad plans have no modeline: mapped by a glob, as a team maps plans/*.yaml in its settings.
    job.putObject("schemas").putArray(SCHEMA.toAbsolutePath().toUri().toString()).add("**/bad-plans/*.yaml");
    ArrayNode files = job.putArray("files");
    examples.forEach(p -> files.add(p.toAbsolutePath().toString()));
    CASES.forEach(c -> files.add(badPlan(c).toAbsolutePath().toString()));
    files.add(probe.toString()).add(blank.toString());
    ArrayNode hovers = job.putArray("hovers");
    for (String key : List.of("team", "tasks", "owner", "status")) {
      hovers.addObject().put("file", probe.toString()).put("line", lineOf(probeLines, key + ":"))
          .put("character", column(probeLines, key + ":") + 1).put("key", key);
    }
    ArrayNode completions = job.putArray("completions");
    int ownerLine = lineOf(probeLines, "owner:");
    completions.addObject().put("file", probe.toString()).put("line", ownerLine)
        .put("character", probeLines.get(ownerLine).length()).put("what", "owner");
    completions.addObject().put("file", blank.toString()).put("line", 1).put("character", 0).put("what", "new file");

    long started = System.nanoTime();
    Run lsp = run(List.of("node", "lsp-check.mjs"), JSON.writeValueAsString(job), 90);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertEquals(0, lsp.code(), "the language server run failed:\n" + lsp.err());
    JsonNode said = JSON.readTree(lsp.out());
    System.out.printf("yaml-language-server %s: %d files, %d hovers, %d completions in %d ms%n",
        said.path("server").asText(), files.size(), hovers.size(), completions.size(), millis);

    List<Executable> checks = new ArrayList<>();
    for (Path example : examples) {
      JsonNode diagnostics = said.path("diagnostics").path(example.toAbsolutePath().toString());
      checks.add(() -> assertEquals("[]", diagnostics.toString(), example + " must be clean in the editor"));
    }
    for (Case c : CASES) {
      JsonNode diagnostics = said.path("diagnostics").path(badPlan(c).toAbsolutePath().toString());
      checks.add(() -> thenTheServerSaysWhatTheCaseExpects(c, diagnostics));
      checks.add(() -> assertEquals(new TreeSet<>(c.validateLines()), validateLines(c),
          "lines planforge validate reports for " + c.plan()));
    }
    for (JsonNode hover : said.path("hovers")) {
      String text = hover.path("text").asText();
      checks.add(() -> assertTrue(text.startsWith("#### ") && !text.startsWith("#### planforge plan")
          && text.lines().findFirst().orElse("").contains(" — "),
          "hover on " + hover.path("key").asText() + " is headed by its own bilingual title, not the plan's: " + text));
    }
    JsonNode ownerOffers = completionLabels(said, "owner");
    checks.add(() -> assertTrue(ownerOffers.toString().contains("\"zhang_wei\""), "owner offers a team id: " + ownerOffers));
    for (String foreign : FOREIGN_IDS) {
      checks.add(() -> assertFalse(ownerOffers.toString().contains("\"" + foreign + "\""),
          "owner must not offer the id example " + foreign + ": " + ownerOffers));
    }
    JsonNode newFile = completion(said, "new file");
    checks.add(() -> assertTrue(newFile.findValuesAsText("label").contains("plan_format"),
        "a new file offers plan_format: " + newFile));
    if (!server.endsWith("1.19")) { // 1.19 fills snippets from examples only, not from default
      checks.add(() -> assertTrue(newFile.findValuesAsText("insertText").stream().anyMatch(t -> t.startsWith("plan_format: 1")),
          "the new-file snippet writes plan_format: 1: " + newFile));
    }
    assertAll(checks);
  }

  private static void thenTheServerSaysWhatTheCaseExpects(Case c, JsonNode diagnostics) {
    Map<Integer, List<String>> byLine = new TreeMap<>();
    for (JsonNode d : diagnostics) {
      byLine.computeIfAbsent(d.path("line").asInt(), l -> new ArrayList<>()).add(d.path("message").asText());
    }
    assertEquals(c.expected().keySet(), byLine.keySet(), c.plan() + ": lines of the editor's diagnostics " + byLine);
    c.expected().forEach((line, word) -> assertTrue(byLine.get(line).stream().allMatch(m -> m.contains(word)),
        c.plan() + ":" + line + ": the message names " + word + ": " + byLine.get(line)));
  }

  private static TreeSet<Integer> validateLines(Case c) throws IOException {
    TreeSet<Integer> lines = new TreeSet<>();
    for (Diagnostic d : Pipeline.check(badPlan(c), c.plan() + ".yaml").diagnostics()) {
      lines.add(d.location() == null ? 0 : d.location().line());
    }
    return lines;
  }

  private static JsonNode completionLabels(JsonNode said, String what) {
    ArrayNode labels = JSON.createArrayNode();
    completion(said, what).forEach(i -> labels.add(i.path("label").asText()));
    return labels;
  }

  /** The items the server offered at the completion request named {@code what}. */
  private static JsonNode completion(JsonNode said, String what) {
    for (JsonNode c : said.path("completions")) {
      if (c.path("what").asText().equals(what)) {
        return c.path("items");
      }
    }
    throw new AssertionError("no completion answer for " + what);
  }

  private static String modeline() {
    return "# yaml-language-server: $schema=" + SCHEMA.toAbsolutePath().toUri() + "\n";
  }

  private static int lineOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().startsWith(text) || lines.get(i).trim().startsWith("- " + text)) {
        return i;
      }
    }
    throw new IllegalArgumentException(text);
  }

  private static int column(List<String> lines, String text) {
    return lines.get(lineOf(lines, text)).indexOf(text);
  }

  private static Path badPlan(Case c) {
    return BAD_PLANS.resolve(c.plan() + ".yaml");
  }

  private static List<Path> examplePlans() throws IOException {
    try (Stream<Path> files = Files.list(PLANS)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  private static boolean nodeIsInstalled() {
    try {
      return run(List.of("node", "--version"), null, 30).code() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  record Run(int code, String out, String err) {}

  /** Runs a command in {@code src/test/editor}, feeding it {@code input}; fails after {@code seconds}. */
  private static Run run(List<String> command, String input, int seconds) throws IOException, InterruptedException {
    Path err = Files.createTempFile("editor-test", ".err");
    try {
      Process p = new ProcessBuilder(command).directory(EDITOR.toFile()).redirectError(err.toFile()).start();
      try (var in = p.getOutputStream()) {
        if (input != null) {
          in.write(input.getBytes(StandardCharsets.UTF_8));
        }
      }
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail(String.join(" ", command) + " took longer than " + seconds + " s");
      }
      return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(err);
    }
  }
}
