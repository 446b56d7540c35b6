package dev.planforge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render --check}: the outputs rendered in memory against those in {@code --out}. It can
 * only pass if rendering is deterministic, so a render followed by a check proves that too.
 */
class RenderCheckTest {

  @TempDir
  Path dir;

  /** A small plan with a table, a Gantt chart and Chinese text, so every format has some work to do. */
  Path givenPlan(String title) throws IOException {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, """
        plan_format: 1
        title: %s
        as_of: 2026-06-30
        locale: zh-CN
        omits: [overview, market, targeting, strategy, budget, monitoring, risks, conclusion]
        team:
          - id: li
            name: 李主管
        action_plan:
          tasks:
            - {id: t1, title: 调研, owner: li, start: 2026-07-01, end: 2026-08-15, status: planned}
            - {id: t2, title: 上线, owner: li, start: 2026-08-16, end: 2026-09-30, status: planned, depends_on: [t1]}
        """.formatted(title), StandardCharsets.UTF_8);
    return plan;
  }

  @Test
  void givenFreshOutputs_whenChecked_thenExitZeroAndNothingPrinted_thenEditedPlanIsStaleAndNothingChanges()
      throws IOException {
    Path plan = givenPlan("会员计划");
    Path out = dir.resolve("build");
    CliRun rendered = CliRun.of("render", plan.toString(), "--out", out.toString());
    assertEquals(0, rendered.code(), rendered.err());
    Map<String, byte[]> before = snapshot(out);
    Map<String, FileTime> times = times(out);

    CliRun fresh = CliRun.of("render", plan.toString(), "--out", out.toString(), "--check");

    assertEquals(0, fresh.code(), fresh.err());
    assertEquals("", fresh.out());
    assertEquals("", fresh.err());

    givenPlan("会员计划 2026");
    CliRun stale = CliRun.of("render", plan.toString(), "--out", out.toString(), "--check");

    assertEquals(1, stale.code(), stale.err());
    assertEquals("stale: " + out.resolve("plan.html") + "\n"
        + "stale: " + out.resolve("plan.pdf") + "\n"
        + "stale: " + out.resolve("plan.md") + "\n", stale.err());
    assertEquals("", stale.out());
    assertSame(before, snapshot(out));
    assertEquals(times, times(out));
  }

  @Test
  void givenAMissingOutput_whenChecked_thenItIsNamedMissingAndTheOthersPass() throws IOException {
    Path plan = givenPlan("T");
    Path out = dir.resolve("build");
    assertEquals(0, CliRun.of("render", plan.toString(), "--out", out.toString(), "--format", "md,json").code());
    Files.delete(out.resolve("plan.json"));

    CliRun r = CliRun.of("render", plan.toString(), "--out", out.toString(), "--format", "md,json", "--check");

    assertEquals(1, r.code());
    assertEquals("missing: " + out.resolve("plan.json") + "\n", r.err());
    assertEquals(List.of("plan.md"), CliCiFormatsTest.list(out));
  }

  @Test
  void givenNoOutputFolder_whenChecked_thenEveryOutputIsMissingAndTheFolderIsNotMade() throws IOException {
    Path plan = givenPlan("T");
    Path out = dir.resolve("nowhere/build");

    CliRun r = CliRun.of("render", plan.toString(), "--out", out.toString(), "--format", "json", "--check");

    assertEquals(1, r.code());
    assertEquals("missing: " + out.resolve("plan.json") + "\n", r.err());
    assertFalse(Files.exists(dir.resolve("nowhere")));
  }

  @Test
  void givenJsonAloneWithoutOut_whenChecked_thenTheDefaultFolderIsComparedNotStdout() throws IOException {
    Path plan = givenPlan("T");

    CliRun r = CliRun.of("render", plan.toString(), "--format", "json", "--check");

    assertEquals(1, r.code());
    assertEquals("", r.out());
    assertEquals("missing: " + Path.of("build", "plan.json") + "\n", r.err());
  }

  @Test
  void givenAnInvalidPlan_whenChecked_thenItsDiagnosticsAndExitOne_andNothingIsWritten() throws IOException {
    Path plan = dir.resolve("bad.yaml");
    Files.writeString(plan, "plan_format: 1\ntitle: T\nas_of: 2026-02-30\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("build");

    CliRun r = CliRun.of("render", plan.toString(), "--out", out.toString(), "--check");

    assertEquals(1, r.code());
    assertEquals(plan + ":3:8: error: as_of: \"2026-02-30\" is not a day of the calendar; check the month and day",
        r.err().lines().findFirst().orElse(""));
    assertFalse(Files.exists(out));
  }

  private static Map<String, byte[]> snapshot(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : list.toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static Map<String, FileTime> times(Path folder) throws IOException {
    Map<String, FileTime> times = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : list.toList()) {
        times.put(p.getFileName().toString(), Files.getLastModifiedTime(p));
      }
    }
    return times;
  }

  private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet()); // no file added, not even a temporary one
    expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
  }
}
