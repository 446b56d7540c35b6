package dev.planforge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.render.template.Templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planforge render} writes each plan's outputs as a set: a failure at any step leaves every
 * earlier output byte for byte as it was and no temporary file behind.
 */
class RenderCommandOutputTest {

  @TempDir
  Path dir;

  static final String VALID = "plan_format: 1\ntitle: T\nas_of: 2026-06-30\n";

  Path givenPlan(String name) throws IOException {
    Path plan = dir.resolve(name);
    Files.writeString(plan, VALID, StandardCharsets.UTF_8);
    return plan;
  }

  /** Earlier outputs with content no renderer would write, to tell them apart. */
  Map<Path, byte[]> givenEarlierOutputs(Path out, String... names) throws IOException {
    Files.createDirectories(out);
    Map<Path, byte[]> earlier = new LinkedHashMap<>();
    for (String name : names) {
      byte[] bytes = ("earlier " + name + " \u0000\u00ff").getBytes(StandardCharsets.UTF_8);
      Files.write(out.resolve(name), bytes);
      earlier.put(out.resolve(name), bytes);
    }
    return earlier;
  }

  static void thenUnchanged(Map<Path, byte[]> earlier) throws IOException {
    for (Map.Entry<Path, byte[]> e : earlier.entrySet()) {
      assertArrayEquals(e.getValue(), Files.readAllBytes(e.getKey()), e.getKey() + " was touched");
    }
  }

  static List<String> list(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void givenEarlierOutputs_whenTheLastFormatFailsToRender_thenAllStayByteIdentical_andNoTempFileIsLeft()
      throws IOException {
    Path plan = givenPlan("plan.yaml");
    Path out = dir.resolve("out");
    Map<Path, byte[]> earlier = givenEarlierOutputs(out, "plan.html", "plan.md");
    Path templates = Files.createDirectories(dir.resolve("templates"));
    for (String name : Templates.builtInNames()) {
      if (name.endsWith(".ftlmd")) {
        Files.writeString(templates.resolve(name), "${no_such_value}", StandardCharsets.UTF_8);
      }
    }

    CliRun r = CliRun.of("render", plan.toString(), "--format", "html,md", "--templates", templates.toString(),
        "--out", out.toString());

    assertEquals(3, r.code(), r.err());
    thenUnchanged(earlier);
    assertEquals(List.of("plan.html", "plan.md"), list(out), "no temporary file is left behind");
  }

  @Test
  void givenAnOutputThatIsAFolder_thenItIsNamed_exitOne_theOtherFormatsAreUntouched_andTheNextPlanIsRendered()
      throws IOException {
    Path plan = givenPlan("plan.yaml");
    Path next = givenPlan("next.yaml");
    Path out = dir.resolve("out");
    Map<Path, byte[]> earlier = givenEarlierOutputs(out, "plan.html", "plan.json");
    Files.createDirectories(out.resolve("plan.md"));

    CliRun r = CliRun.of("render", plan.toString(), next.toString(), "--format", "html,md,json", "--out",
        out.toString());

    assertEquals(1, r.code(), r.err());
    assertEquals("planforge: " + plan + ": " + out.resolve("plan.md") + ": is a folder, not a file; "
        + "remove or rename it (no output of this plan was written)\n", r.own());
    thenUnchanged(earlier);
    assertTrue(Files.isDirectory(out.resolve("plan.md")));
    assertEquals(List.of("index.html", "next.html", "next.json", "next.md", "plan.html", "plan.json", "plan.md"), list(out),
        "the next plan is rendered and no temporary file is left");
  }

  @Test
  void givenTemporaryFilesOfAnEarlierRun_whenRendered_thenOnlyOursForThesePlansAreRemoved() throws IOException {
    Path plan = givenPlan("plan.yaml");
    Path out = Files.createDirectories(dir.resolve("out"));
    List<String> ours = List.of(".plan.html.k3j9x0a1.tmp", ".plan.pdf.0.tmp", ".plan.json.zzzzzzzzzzzzz.tmp");
    List<String> notOurs = List.of(".other.html.k3j9x0a1.tmp", ".plan.html.tmp", ".plan.docx.abc.tmp",
        ".plan.html.ABC.tmp", "plan.html.abc.tmp", "notes.tmp");
    for (String name : ours) {
      Files.writeString(out.resolve(name), "left by a killed run");
    }
    for (String name : notOurs) {
      Files.writeString(out.resolve(name), "not planforge's");
    }

    CliRun r = CliRun.of("render", plan.toString(), "--format", "json", "--out", out.toString());

    assertEquals(0, r.code(), r.err());
    List<String> expected = new java.util.ArrayList<>(notOurs);
    expected.add("plan.json");
    assertEquals(expected.stream().sorted().toList(), list(out));
  }

  @Test
  void givenOutNamingAFile_thenTheFolderTheUserGaveIsNamed_andExitTwo() throws IOException {
    Path plan = givenPlan("plan.yaml");
    Path file = dir.resolve("x");
    Files.writeString(file, "a file");

    CliRun r = CliRun.of("render", plan.toString(), "--format", "json", "--out", file.toString());
    CliRun below = CliRun.of("render", plan.toString(), "--format", "json", "--out", file.resolve("sub").toString());

    assertEquals("planforge: --out " + file + ": is a file, not a folder\n", r.err());
    assertEquals(2, r.code());
    assertEquals("planforge: --out " + file.resolve("sub") + ": " + file + " is a file, not a folder\n", below.err());
    assertEquals(2, below.code());
    assertEquals("a file", Files.readString(file));
  }

  @Test
  void givenNoFormatAtAll_thenTheCommandLineIsWrong_andNothingIsWritten() throws IOException {
    Path plan = givenPlan("plan.yaml");
    Path out = dir.resolve("out");

    for (String formats : List.of(",", "", " , ")) {
      CliRun r = CliRun.of("render", plan.toString(), "--format", formats, "--out", out.toString());

      assertEquals(2, r.code(), "--format '" + formats + "': " + r.err());
      assertTrue(r.err().startsWith("planforge: "), r.err());
      assertTrue(r.err().contains("Usage: planforge render"), r.err());
      assertFalse(Files.exists(out));
    }
  }
}
