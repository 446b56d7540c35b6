package dev.planforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planforge render}, run in-process: exit code, stdout and stderr, and the files written. */
class RenderCommandTest {

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @TempDir
  Path dir;

  @Test
  void givenOnePlanAndJsonOnly_whenRenderedWithoutOut_thenStdoutCarriesTheJsonAndNothingElse() {
    CliRun r = run("render", "plans/meet-fresh.yaml", "--format", "json");

    assertEquals(0, r.code());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("{\n  \"plan_format\": 1,"));
    assertTrue(r.out().contains("\"subtotal\": \"1705300.50\""));
  }

  @Test
  void givenTwoPlans_whenRenderedToAFolder_thenEachGetsItsFileNamedAfterThePlan() throws IOException {
    Path out = dir.resolve("out");

    CliRun r = run("render", "plans/meet-fresh.yaml", "plans/annual-crm-2026.yaml", "--format", "json",
        "--out", out.toString(), "--verbose");

    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals(List.of("annual-crm-2026.json", "index.html", "meet-fresh.json"), list(out));
    assertEquals(run("render", "plans/meet-fresh.yaml", "--format", "json").out(),
        Files.readString(out.resolve("meet-fresh.json"), StandardCharsets.UTF_8));
    assertTrue(r.err().contains("planforge: wrote " + out.resolve("meet-fresh.json")), r.err());
  }

  @Test
  void givenAnInvalidPlan_whenRendered_thenItsDiagnosticsArePrintedAndNothingIsWritten() throws IOException {
    Path plan = givenPlan("""
        plan_format: 1
        title: Broken
        as_of: 2026-06-30
        currency: CNY
        budget:
          items:
            - {id: a, category: C, description: D}
        """);
    Path out = dir.resolve("out");

    CliRun r = run("render", plan.toString(), "--format", "json", "--out", out.toString());

    assertEquals(1, r.code());
    assertTrue(r.err().contains("error: budget.items[0]"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void givenAPlanWithWarnings_whenRenderedStrictly_thenNothingIsWritten_andWithoutStrictItIs() throws IOException {
    Path plan = givenPlan("""
        plan_format: 1
        title: Only warnings
        as_of: 2026-06-30
        """);
    Path out = dir.resolve("out");

    CliRun strict = run("render", plan.toString(), "--format", "json", "--out", out.toString(), "--strict");
    assertEquals(1, strict.code());
    assertTrue(strict.err().contains("9 of the 9 recommended parts are missing"), strict.err());
    assertFalse(Files.exists(out));

    CliRun lenient = run("render", plan.toString(), "--format", "json", "--out", out.toString());
    assertEquals(0, lenient.code());
    assertTrue(lenient.err().contains("9 of the 9 recommended parts are missing"));
    assertEquals(List.of("plan.json"), list(out));
  }

  @Test
  void givenAnUnknownFormat_whenRendered_thenTheCommandLineIsWrong() {
    CliRun r = run("render", "plans/meet-fresh.yaml", "--format", "json,docx");

    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown format 'docx' (expected html, md, pdf or json)"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void givenTwoPlansWithTheSameName_whenRendered_thenTheyWouldOverwriteEachOtherAndTheCommandRefuses()
      throws IOException {
    Path other = dir.resolve("sub");
    Files.createDirectories(other);
    Files.copy(Path.of("plans/meet-fresh.yaml"), other.resolve("meet-fresh.yaml"));

    CliRun r = run("render", "plans/meet-fresh.yaml", other.resolve("meet-fresh.yaml").toString(), "--format", "json",
        "--out", dir.resolve("out").toString());

    assertEquals(2, r.code());
    assertTrue(r.err().contains("would write the same output files"), r.err());
  }

  private Path givenPlan(String yaml) throws IOException {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, yaml, StandardCharsets.UTF_8);
    return plan;
  }

  private static List<String> list(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void givenACharacterNoFontCanDraw_whenRendered_thenNoFormatIsWrittenAndEarlierOutputsStay() throws IOException {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    for (String ext : List.of("html", "pdf", "md")) {
      Files.writeString(out.resolve("missing-glyph." + ext), "earlier " + ext);
    }

    CliRun r = run("render", "src/test/resources/render/missing-glyph.yaml", "--out", out.toString());

    assertEquals(1, r.code());
    assertTrue(r.err().contains("U+1F600") && r.err().contains("missing-glyph.yaml:6:"), r.err());
    for (String ext : List.of("html", "pdf", "md")) {
      assertEquals("earlier " + ext, Files.readString(out.resolve("missing-glyph." + ext)), ext + " was touched");
    }
    try (var files = Files.list(out)) {
      assertEquals(3, files.count(), "no temporary file is left behind");
    }
  }
}
