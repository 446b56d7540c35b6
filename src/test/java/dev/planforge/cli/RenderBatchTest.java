package dev.planforge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.model.Plan;
import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import dev.planforge.render.view.Formats;
import dev.planforge.testing.GivenPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planforge render} of many plans, in-process: parallel rendering that gives the bytes of
 * one-at-a-time renders, a failing plan that stops nothing, the progress lines and summary, and
 * index.html.
 */
class RenderBatchTest {

  private static final String VALID = GivenPlan.HEADER + "conclusion: Done.\n";
  /** An error: an amount that is not a number. */
  private static final String INVALID = GivenPlan.HEADER + "budget:\n  items:\n    - {id: a, category: C, description: D, amount: lots}\n";
  /** One line of progress in a log: {@code [ 2/12] plans/x.yaml ✓ 0.3 s}, no colours, no cursor codes. */
  private static final Pattern PLAIN_LINE =
      Pattern.compile("\\[ *(\\d+)/(\\d+)\\] (\\S+) (✓|✗ (\\d+ errors?|failed|out of date)) \\d+\\.\\d s(, \\d+ warnings?)?");

  @TempDir
  Path dir;

  @Test
  void givenAFailingPlanInTheMiddle_whenRendered_thenTheOthersAreWritten_exitOne_andTheSummarySaysSo() throws IOException {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    Files.writeString(plans.resolve("a.yaml"), VALID);
    Files.writeString(plans.resolve("b.yaml"), INVALID);
    Files.writeString(plans.resolve("c.yaml"), VALID);
    Path out = dir.resolve("out");

    CliRun r = CliRun.of("render", plans.toString(), "--format", "md,html", "--out", out.toString(), "--jobs", "2");

    assertEquals(1, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals(List.of("a.html", "a.md", "c.html", "c.md", "index.html"), list(out));
    assertTrue(last(r.err()).matches("2 rendered, 1 failed \\(\\d+\\.\\d s\\)"), r.err());
    assertTrue(r.err().contains(plans.resolve("b.yaml") + ":8:"), "b's diagnostics are printed: " + r.err());
  }

  @Test
  void givenManyPlansAndNoTerminal_whenRendered_thenOneLineEachInPlainText_thenItsMessages() throws IOException {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    for (String name : List.of("a", "b", "c", "d")) {
      Files.writeString(plans.resolve(name + ".yaml"), name.equals("c") ? INVALID : VALID);
    }
    Path missing = dir.resolve("missing.yaml");

    CliRun r = CliRun.of("render", plans.toString(), missing.toString(), "--format", "md", "--out",
        dir.resolve("out").toString(), "--jobs", "3");

    assertEquals(2, r.code(), "a missing plan is the worst: " + r.err());
    assertFalse(r.err().contains("\033") || r.err().contains("\r"), "no cursor codes in a log: " + r.err());
    List<String> progress = r.err().lines().filter(l -> l.startsWith("[")).toList();
    assertEquals(5, progress.size(), r.err());
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < progress.size(); i++) {
      Matcher m = PLAIN_LINE.matcher(progress.get(i));
      assertTrue(m.matches(), progress.get(i));
      assertEquals(i + 1, Integer.parseInt(m.group(1)), "counted as they finish");
      assertEquals("5", m.group(2));
      seen.add(m.group(3) + " " + m.group(4));
    }
    assertEquals(List.of(missing + " ✗ failed", plans.resolve("a.yaml") + " ✓", plans.resolve("b.yaml") + " ✓",
        plans.resolve("c.yaml") + " ✗ 1 error", plans.resolve("d.yaml") + " ✓"), seen.stream().sorted().toList());
    // Each plan's messages follow its own line, whichever thread finished first.
    String afterMissing = r.err().substring(r.err().indexOf(missing + " ✗ failed"));
    assertTrue(afterMissing.lines().skip(1).findFirst().orElseThrow().equals("planforge: " + missing + ": no such file"),
        r.err());
    String afterC = r.err().substring(r.err().indexOf(plans.resolve("c.yaml") + " ✗"));
    assertTrue(afterC.lines().skip(1).findFirst().orElseThrow().startsWith(plans.resolve("c.yaml") + ":8:"), r.err());
    assertTrue(last(r.err()).startsWith("3 rendered, 2 failed ("), r.err());
  }

  @Test
  void givenATerminal_whenRendered_thenTheMarksAreColouredAndACountIsRedrawnInPlace() throws IOException {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    Files.writeString(plans.resolve("a.yaml"), VALID);
    Files.writeString(plans.resolve("b.yaml"), INVALID);

    CliRun r = CliRun.of("render", plans.toString(), "--format", "md", "--out", dir.resolve("out").toString(),
        "--progress", "tty", "--jobs", "1");

    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().startsWith("\r\033[K[1/2] " + plans.resolve("a.yaml") + " \033[32m✓\033[0m "), r.err());
    assertTrue(r.err().contains("rendering: 1 of 2 done\r\033[K[2/2] " + plans.resolve("b.yaml") + " \033[31m✗\033[0m 1 error "),
        r.err());
  }

  @Test
  void givenPlansOfBothLanguages_whenRendered_thenTheIndexListsEachWithItsStatusFiguresAndLinksToFilesThatExist()
      throws IOException {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    Files.writeString(plans.resolve("broken.yaml"), INVALID);
    Path out = dir.resolve("out");

    CliRun r = CliRun.of("render", "plans/meet-fresh.yaml", "plans/annual-crm-2026.yaml", plans.resolve("broken.yaml").toString(),
        dir.resolve("gone.yaml").toString(), "--format", "html,md", "--out", out.toString());

    assertEquals(2, r.code(), r.err());
    String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    assertTrue(index.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\"/>"), index);
    assertFalse(index.contains("<script") || index.contains("src=\"http") || index.contains("href=\"http"), index);
    assertTrue(index.contains(".masthead {"), "the document's stylesheet: " + index);
    assertTrue(index.contains("4 plans: 2 rendered, 1 invalid, 1 failed"), index);

    List<String> rows = rows(index);
    assertEquals(4, rows.size(), index);
    for (String plan : List.of("plans/meet-fresh.yaml", "plans/annual-crm-2026.yaml")) {
      Plan p = Pipeline.check(Path.of(plan), plan).plan();
      Checked checked = Pipeline.check(Path.of(plan), plan);
      Formats formats = new Formats(p.locale(), p.currency());
      String row = rows.get(plan.contains("meet") ? 0 : 1);
      String base = plan.substring("plans/".length(), plan.length() - ".yaml".length());
      assertTrue(row.startsWith("<tr class=\"rendered\">"), row);
      assertTrue(row.contains("<a href=\"" + base + ".html\" lang=\"" + p.locale().tag() + "\">" + escaped(p.title()) + "</a>"), row);
      assertTrue(row.contains(">" + formats.date(p.asOf()) + "<"), row);
      assertTrue(row.contains(">" + formats.money(checked.figures().budget().total()) + "<"), row);
      assertTrue(row.contains("<a href=\"" + base + ".html\">HTML</a><a href=\"" + base + ".md\">Markdown</a>"), row);
    }
    assertTrue(rows.get(2).startsWith("<tr class=\"invalid\">") && rows.get(2).contains("invalid (1 error)")
        && rows.get(2).contains("Test plan") && !rows.get(2).contains("href="), rows.get(2));
    assertTrue(rows.get(3).startsWith("<tr class=\"failed\">") && rows.get(3).contains(">gone.yaml<")
        && !rows.get(3).contains("href="), rows.get(3));
    Matcher href = Pattern.compile("href=\"([^\"]+)\"").matcher(index);
    int links = 0;
    while (href.find()) {
      assertTrue(Files.isRegularFile(out.resolve(href.group(1))), "a link to a file that exists: " + href.group(1));
      links++;
    }
    assertEquals(6, links);
  }

  @Test
  void givenOneRun_whenRenderedAgainWithCheck_thenTheIndexIsCompared_andAChangedIndexIsStale() throws IOException {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    Files.writeString(plans.resolve("a.yaml"), VALID);
    Files.writeString(plans.resolve("b.yaml"), VALID);
    Path out = dir.resolve("out");
    assertEquals(0, CliRun.of("render", plans.toString(), "--format", "md", "--out", out.toString()).code());

    CliRun fresh = CliRun.of("render", plans.toString(), "--format", "md", "--out", out.toString(), "--check");
    Files.writeString(out.resolve("index.html"), "edited by hand");
    CliRun stale = CliRun.of("render", plans.toString(), "--format", "md", "--out", out.toString(), "--check");

    assertEquals(0, fresh.code(), fresh.err());
    assertTrue(last(fresh.err()).startsWith("2 up to date ("), fresh.err());
    assertEquals(1, stale.code(), stale.err());
    assertTrue(stale.err().contains("stale: " + out.resolve("index.html") + "\n"), stale.err());
    assertEquals("edited by hand", Files.readString(out.resolve("index.html")), "--check writes nothing");
  }

  @Test
  void givenIndexOptions_thenOnePlanGetsOneWhenAsked_noIndexWritesNone_andAPlanNamedIndexIsRefused() throws IOException {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    Files.writeString(plans.resolve("a.yaml"), VALID);
    Files.writeString(plans.resolve("b.yaml"), VALID);
    Path index = Files.writeString(dir.resolve("index.yaml"), VALID);

    CliRun one = CliRun.of("render", plans.resolve("a.yaml").toString(), "--format", "md", "--out", dir.resolve("one").toString(), "--index");
    CliRun none = CliRun.of("render", plans.toString(), "--format", "md", "--out", dir.resolve("none").toString(), "--no-index");
    CliRun clash = CliRun.of("render", plans.toString(), index.toString(), "--out", dir.resolve("clash").toString());
    CliRun zero = CliRun.of("render", plans.toString(), "--jobs", "0", "--out", dir.resolve("zero").toString());

    assertEquals(0, one.code(), one.err());
    assertFalse(one.err().lines().anyMatch(l -> l.startsWith("[") || l.contains(" rendered")), "one plan: no progress, no summary");
    assertEquals(List.of("a.md", "index.html"), list(dir.resolve("one")));
    assertEquals(0, none.code(), none.err());
    assertEquals(List.of("a.md", "b.md"), list(dir.resolve("none")));
    assertEquals(2, clash.code());
    assertTrue(clash.err().contains(index + " would write index.html, where the index of the plans goes"), clash.err());
    assertFalse(Files.exists(dir.resolve("clash")));
    assertEquals(2, zero.code());
    assertTrue(zero.err().startsWith("planforge: --jobs 0: give 1 or more"), zero.err());
  }

  /**
   * Every example and render fixture, in every format but JSON's twin: rendered one at a time (each
   * its own run), then all in one run on two threads and on one; every output has the same bytes.
   */
  @Test
  void givenTheExamplesAndFixtures_whenRenderedInABatch_thenEveryOutputIsByteIdenticalToOneAtATime() throws IOException {
    List<Path> plans = new ArrayList<>(yamlIn(Path.of("plans")));
    plans.addAll(yamlIn(Path.of("src/test/resources/render-fixtures")));
    List<String> names = plans.stream().map(Path::toString).toList();
    Path single = dir.resolve("single");
    for (String plan : names) {
      CliRun r = CliRun.of("render", plan, "--format", "html,pdf,md", "--out", single.toString());
      assertEquals(0, r.code(), plan + ": " + r.err());
    }
    List<String> twoJobs = new ArrayList<>(List.of("render", "--format", "html,pdf,md", "--out", dir.resolve("two").toString(), "--jobs", "2"));
    twoJobs.addAll(names);
    List<String> oneJob = new ArrayList<>(List.of("render", "--format", "html,pdf,md", "--out", dir.resolve("one").toString(), "--jobs", "1"));
    oneJob.addAll(names);

    CliRun two = CliRun.of(twoJobs.toArray(String[]::new));
    CliRun one = CliRun.of(oneJob.toArray(String[]::new));

    assertEquals(0, two.code(), two.err());
    assertEquals(0, one.code(), one.err());
    Map<String, byte[]> expected = contents(single);
    assertEquals(3 * plans.size(), expected.size());
    Map<String, byte[]> parallel = contents(dir.resolve("two"));
    Map<String, byte[]> serial = contents(dir.resolve("one"));
    assertArrayEquals(serial.remove("index.html"), parallel.remove("index.html"), "index.html, --jobs 1 and 2");
    for (Map<String, byte[]> batch : List.of(parallel, serial)) {
      assertEquals(expected.keySet(), batch.keySet());
      for (String name : expected.keySet()) {
        assertArrayEquals(expected.get(name), batch.get(name), name + " differs from its one-at-a-time render");
      }
    }
  }

  private static String last(String text) {
    List<String> lines = text.lines().toList();
    return lines.get(lines.size() - 1);
  }

  private static List<Path> yamlIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  private static Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (String name : list(folder)) {
      files.put(name, Files.readAllBytes(folder.resolve(name)));
    }
    return files;
  }

  private static List<String> rows(String index) {
    String body = index.substring(index.indexOf("<tbody>") + "<tbody>".length(), index.indexOf("</tbody>"));
    return Pattern.compile("(?s)<tr class=.*?</tr>").matcher(body).results().map(m -> m.group()).toList();
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }

  static List<String> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
