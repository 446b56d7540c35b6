package dev.planforge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planforge.validate.SchemaCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code planforge init}: a repository to start from, clean under --strict, that renders; it overwrites nothing. */
class CliInitTest {

  @TempDir
  Path dir;

  /** Every file init writes, relative to its folder, for the default plan name. */
  static final List<String> FILES = List.of("plans/customer-plan.yaml", "plans/customer-plan-customers.csv",
      "schema/plan.schema.json", ".vscode/settings.json", ".gitignore", ".github/workflows/plans.yml",
      ".gitlab-ci.yml");

  @ParameterizedTest
  @ValueSource(strings = {"zh-CN", "en"})
  void givenALocale_whenInit_thenEveryFileIsWritten_andThePlanPassesStrict_andRendersInEveryFormat(String locale)
      throws IOException {
    Path repo = dir.resolve("repo");

    CliRun init = CliRun.of("init", repo.toString(), "--locale", locale);

    assertEquals(0, init.code(), init.err());
    assertEquals("", init.out());
    for (String f : FILES) {
      assertTrue(Files.isRegularFile(repo.resolve(f)), f + " written\n" + init.err());
      assertTrue(init.err().contains("planforge: wrote " + repo.resolve(f) + "\n"), init.err());
    }
    try (Stream<Path> all = Files.walk(repo)) {
      assertEquals(FILES.size(), all.filter(Files::isRegularFile).count(), "no other file");
    }

    Path plans = repo.resolve("plans");
    CliRun validate = CliRun.of("validate", "--strict", plans.toString());
    assertEquals(plans.resolve("customer-plan.yaml") + ": ok\n", validate.err(), "clean: no warning at all");
    assertEquals(0, validate.code());

    Path out = repo.resolve("build");
    CliRun render = CliRun.of("render", "--strict", "--format", "html,pdf,md,json", "--out", out.toString(),
        plans.toString());
    assertEquals(0, render.code(), render.err());
    for (String ext : List.of("html", "pdf", "md", "json")) {
      assertTrue(Files.size(out.resolve("customer-plan." + ext)) > 1000, ext);
    }
    JsonNode json = new ObjectMapper().readTree(out.resolve("customer-plan.json").toFile());
    int year = LocalDate.now().getYear();
    assertEquals(locale, json.path("locale").asText());
    assertEquals(InitCommand.defaultTitle(locale, year), json.path("title").asText());
    assertEquals(year + "-01-01", json.path("period").path("start").asText(), "the plan is for this year");
    assertEquals(12, json.path("tiering").path("customers").size(), "the customers come from the CSV");
  }

  @Test
  void givenInit_thenThePlanHasTheSchemaModeline_andTheEditorSettingsMapTheSchema() throws IOException {
    CliRun init = CliRun.of("init", dir.toString());
    assertEquals(0, init.code(), init.err());

    String plan = Files.readString(dir.resolve("plans/customer-plan.yaml"), StandardCharsets.UTF_8);
    assertTrue(plan.startsWith("# yaml-language-server: $schema=../schema/plan.schema.json\n"), plan);
    assertEquals(SchemaCheck.schemaText(), Files.readString(dir.resolve("schema/plan.schema.json")));
    JsonNode settings = new ObjectMapper().readTree(dir.resolve(".vscode/settings.json").toFile());
    JsonNode globs = settings.path("yaml.schemas").path("./schema/plan.schema.json");
    assertEquals("[\"*.plan.yaml\",\"plans/*.yaml\"]", globs.toString());
    assertTrue(Files.readAllLines(dir.resolve(".gitignore")).contains("build/"));
  }

  @Test
  void givenInit_thenTheCiFilesAreTheOnesInExamplesCi() throws IOException {
    CliRun init = CliRun.of("init", dir.toString(), "--locale", "zh-CN");
    assertEquals(0, init.code(), init.err());

    for (String f : List.of(".github/workflows/plans.yml", ".gitlab-ci.yml")) {
      assertArrayEquals(Files.readAllBytes(Path.of("examples/ci").resolve(f)), Files.readAllBytes(dir.resolve(f)), f);
    }
  }

  @Test
  void givenAName_whenInit_thenItIsTheTitle_andTheFileIsNamedAfterIt() throws IOException {
    CliRun init = CliRun.of("init", dir.toString(), "--name", "Acme: \"Key\" Accounts 2027", "--locale", "en");
    assertEquals(0, init.code(), init.err());

    Path plan = dir.resolve("plans/acme-key-accounts-2027.yaml");
    assertTrue(Files.isRegularFile(dir.resolve("plans/acme-key-accounts-2027-customers.csv")));
    CliRun json = CliRun.of("render", "--format", "json", plan.toString());
    assertEquals(0, json.code(), json.err());
    assertEquals("Acme: \"Key\" Accounts 2027", new ObjectMapper().readTree(json.out()).path("title").asText());
  }

  @Test
  void givenAChineseName_thenTheFileNameKeepsTheChinese() {
    assertEquals("禾润-2027-客户计划", InitCommand.fileName(" 禾润 2027 客户计划 "));
    assertEquals("a-b-c", InitCommand.fileName("A/B:C"));
    assertEquals("plan", InitCommand.fileName("plan.yaml"));
    assertEquals("customer-plan", InitCommand.fileName("///"));
  }

  @Test
  void givenAFileInitWouldWrite_whenInit_thenExitTwoNamingIt_andNothingIsWritten() throws IOException {
    Files.writeString(dir.resolve(".gitignore"), "mine\n");

    CliRun init = CliRun.of("init", dir.toString());

    assertEquals(2, init.code());
    assertEquals("planforge: " + dir.resolve(".gitignore") + ": already exists; nothing was written "
        + "(remove them, or init another folder)\n", init.err());
    assertEquals("mine\n", Files.readString(dir.resolve(".gitignore")), "kept as it was");
    try (Stream<Path> all = Files.walk(dir)) {
      assertEquals(List.of(dir, dir.resolve(".gitignore")), all.toList(), "nothing else written, no folder made");
    }
  }

  @Test
  void givenInitTwice_thenTheSecondNamesEveryFileThatExists() {
    assertEquals(0, CliRun.of("init", dir.toString()).code());

    CliRun again = CliRun.of("init", dir.toString());

    assertEquals(2, again.code());
    for (String f : FILES) {
      assertTrue(again.err().contains(dir.resolve(f).toString()), f + " named in: " + again.err());
    }
  }

  @Test
  void givenAFileAsTheFolder_orAnUnknownLocale_thenExitTwo() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");

    CliRun notAFolder = CliRun.of("init", file.toString());
    CliRun locale = CliRun.of("init", dir.resolve("x").toString(), "--locale", "fr");

    assertEquals(2, notAFolder.code());
    assertEquals("planforge: " + file + ": is a file, not a folder\n", notAFolder.err());
    assertEquals(2, locale.code());
    assertTrue(locale.err().startsWith("planforge: Invalid value for option '--locale': 'fr' is not a locale "
        + "of the starter plan (expected zh-CN or en)\n"), locale.err());
    assertFalse(Files.exists(dir.resolve("x")));
  }
}
