package dev.planforge.cli;

import static dev.planforge.cli.DiffCommandTest.git;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.pipeline.Pipeline;
import dev.planforge.render.Format;
import dev.planforge.render.RenderOptions;
import dev.planforge.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planforge render PLAN --changes-since REV} in a temporary git repository: a plan is
 * committed, then a task's end, a budget item's amount and the background text are changed.
 */
class RenderChangesSinceTest {

  private static final String BACKGROUND_OLD = "Offices buy coffee by the cheapest quote.";
  private static final String BACKGROUND_NEW = "Offices now buy coffee by service, not by the cheapest quote.";

  @TempDir
  Path dir;

  private Path plan;

  @BeforeEach
  void givenACommittedPlanThenChanged() throws Exception {
    String old = Files.readString(Path.of("src/test/resources/diff/every-change/old.yaml"))
        .replace("overview:\n", "overview:\n  background: " + BACKGROUND_OLD + "\n");
    plan = Files.createDirectories(dir.resolve("plans")).resolve("plan.yaml");
    Files.writeString(plan, old);
    git(dir, "init", "-q");
    git(dir, "add", ".");
    git(dir, "commit", "-q", "-m", "first");
    String now = old.replace("start: 2026-04-01, end: 2026-07-31", "start: 2026-04-01, end: 2026-08-14")
        .replace("description: Loyalty rewards, task: t2, amount: 25000", "description: Loyalty rewards, task: t2, amount: 27500")
        .replace(BACKGROUND_OLD, BACKGROUND_NEW);
    assertEquals(3, differences(old, now), "the three edits took");
    Files.writeString(plan, now);
  }

  @Test
  void whenRenderedWithChangesSince_thenTheChangedRowsAndTextHaveABarAndTheListFollowsTheSummary() throws Exception {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("render", "--changes-since", "HEAD", "--format", "html,md,pdf", "--out", out.toString(),
        plan.toString());
    assertEquals(0, run.code(), run.err());
    String html = Files.readString(out.resolve("plan.html"));

    List<String> rows = matches(html, "<tr class=\"[a-z ]*changed\">(.*?)</tr>");
    assertEquals(2, rows.size(), rows.toString());
    assertTrue(rows.get(0).contains("Launch the loyalty programme"), rows.get(0));
    assertTrue(rows.get(1).contains("Loyalty rewards"), rows.get(1));
    List<String> texts = matches(html, "<div class=\"group changed\">(.*?)</div>\\s*</div>");
    assertEquals(1, texts.size(), texts.toString());
    assertTrue(texts.get(0).contains(BACKGROUND_NEW), texts.get(0));

    int summary = html.indexOf("id=\"section-summary\"");
    int list = html.indexOf("id=\"section-changes-since\"");
    int overview = html.indexOf("id=\"section-overview\"");
    assertTrue(summary >= 0 && summary < list && list < overview, "the list right after the summary");
    String section = html.substring(list, overview);
    assertTrue(section.contains("<h2 id=\"changes-since\">Changes since HEAD</h2>"), section);
    assertTrue(section.contains("3 changes: 0 added, 0 removed, 3 changed"), section);
    assertTrue(section.contains("t2 Launch the loyalty programme: slipped 14 days, now ends 14 Aug 2026"), section);
    assertTrue(section.contains("Total: 50,400.00 → 53,025.00 (+2,625.00, +5.2%)"), section);
    assertTrue(section.contains("changed: overview.background"), section);
    assertTrue(section.contains("changed: t2 Launch the loyalty programme (end)"), section);
    assertTrue(section.contains("changed: b2 Loyalty rewards (amount)"), section);

    String md = Files.readString(out.resolve("plan.md"));
    assertTrue(md.contains("## Changes since HEAD\n"), md);
    assertTrue(md.contains("- changed: b2 Loyalty rewards (amount)"), md);
    assertFalse(md.contains("changed\">"), "Markdown has the list only, no change bars");

    String pdf = pdfText(out.resolve("plan.pdf"));
    assertTrue(pdf.contains("Changes since HEAD"), pdf);
    assertTrue(pdf.contains("slipped 14 days"), pdf);
    assertTrue(pdf.contains("changed: b2 Loyalty rewards (amount)"), pdf);
  }

  @Test
  void whenRenderedWithoutTheOption_thenTheOutputIsTheNormalRender() throws Exception {
    Path out = dir.resolve("plain");
    CliRun run = CliRun.of("render", "--format", "html,md", "--out", out.toString(), plan.toString());
    assertEquals(0, run.code(), run.err());
    var document = Pipeline.document(Pipeline.check(plan, plan.toString()));
    Renderers renderers = new Renderers(RenderOptions.DEFAULTS);
    for (Format f : List.of(Format.HTML, Format.MD)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      renderers.forFormat(f).render(document, bytes);
      byte[] written = Files.readAllBytes(out.resolve("plan." + f.extension()));
      assertArrayEquals(bytes.toByteArray(), written, f + " differs from the render through the API");
      String text = new String(written, java.nio.charset.StandardCharsets.UTF_8);
      assertFalse(text.contains("Changes since") || text.contains("class=\"changed\"")
          || text.contains("group changed"), f.toString());
    }
  }

  @Test
  void givenAnUnknownRevisionOrAPlanNotAtIt_thenDiffsErrorsExitTwoAndNothingWritten() throws Exception {
    Path out = dir.resolve("out");
    CliRun unknown = CliRun.of("render", "--changes-since", "no-such-branch", "--out", out.toString(), plan.toString());
    assertEquals(2, unknown.code());
    assertTrue(unknown.own().contains("unknown revision no-such-branch"), unknown.err());
    Path fresh = plan.resolveSibling("fresh.yaml");
    Files.copy(plan, fresh);
    CliRun notThere = CliRun.of("render", "--changes-since", "HEAD", "--out", out.toString(), plan.toString(),
        fresh.toString());
    assertEquals(2, notThere.code());
    assertTrue(notThere.own().contains("fresh.yaml: not in HEAD"), notThere.err());
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void givenThePlanAtTheRevisionInvalid_thenItsDiagnosticsExitTwoAndNothingWritten() throws Exception {
    String now = Files.readString(plan);
    Files.writeString(plan, now.replace("amount: 27500", "amount: lots"));
    git(dir, "commit", "-q", "-a", "-m", "broken");
    Files.writeString(plan, now);
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("render", "--changes-since", "HEAD", "--out", out.toString(), plan.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains("HEAD:plans/plan.yaml:"), run.err());
    assertTrue(run.err().contains("budget.items[1].amount"), run.err());
    assertFalse(Files.exists(out), "nothing written");
  }

  private static List<String> matches(String text, String regex) {
    Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static int differences(String a, String b) {
    List<String> x = a.lines().toList();
    List<String> y = b.lines().toList();
    int n = 0;
    for (int i = 0; i < x.size(); i++) {
      n += x.get(i).equals(y.get(i)) ? 0 : 1;
    }
    return n;
  }

  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
