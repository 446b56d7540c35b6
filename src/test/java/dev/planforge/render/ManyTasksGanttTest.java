package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.bench.BigPlans;
import dev.planforge.render.chart.Gantt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A timeline of many tasks stays a chart of a few dozen rows: one row per task up to
 * {@link Gantt#MOST_ROWS}, then one per pillar or per run of tasks in list order, its drawing
 * bounded whatever the count (issue 12: 2,000 tasks took 37–44 s and 1.1 GB, nearly all of it the
 * chart).
 */
class ManyTasksGanttTest {

  private static final Pattern GANTT = Pattern.compile("<figure class=\"figure\" id=\"action-gantt\">(<svg.*?</svg>)"
      + "<figcaption class=\"caption\">([^<]*)</figcaption>", Pattern.DOTALL);
  /** A row's label: right-aligned at the end of the label column. */
  private static final Pattern ROW_LABEL = Pattern.compile("<text x=\"236\" y=\"[0-9.]+\" text-anchor=\"end\"[^>]*>([^<]*)</text>");
  private static final Gantt.Labels ENGLISH = new Gantt.Labels(
      DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH), DateTimeFormatter.ofPattern("uuuu", Locale.ENGLISH));

  @Test
  void givenSixtyTasks_whenRendered_thenEachTaskHasItsRow(@TempDir Path dir) throws IOException {
    Chart chart = chart(BigPlans.chain(dir, 60, true));

    assertEquals(60, chart.rows().size(), chart.rows()::toString);
    assertEquals("1  Step 0 of the rollout", chart.rows().get(0));
    assertTrue(chart.caption().endsWith("Timeline"), chart.caption());
  }

  @Test
  void givenSixtyOneTasksInTwoPillars_whenRendered_thenOneRowPerPillarWithItsCount(@TempDir Path dir)
      throws IOException {
    Chart chart = chart(BigPlans.chain(dir, 61, true));

    // Tasks 1-40 are Onboarding's; one of them is overdue, so its row is red like an overdue task's.
    assertEquals(List.of("Onboarding (40)", "Service (21)"), chart.rows());
    assertTrue(chart.svg().contains("fill=\"#c53030\">Onboarding (40)</text>"), chart.svg());
    assertTrue(chart.caption().contains("Timeline of the 61 tasks, a row per pillar"), chart.caption());
    assertTrue(chart.caption().contains("the task list below names each task"), chart.caption());
  }

  @Test
  void givenThreeHundredTasksWithoutPillars_whenRendered_thenRowsOfTenInListOrderAndThePdfShowsThem(
      @TempDir Path dir) throws IOException {
    Path plan = BigPlans.chain(dir, 300, false);
    Document document = Plans.document(plan);
    Chart chart = chart(document);

    assertEquals(30, chart.rows().size(), chart.rows()::toString);
    assertEquals("Tasks 1–10", chart.rows().get(0));
    assertEquals("Tasks 291–300", chart.rows().get(29));
    assertTrue(chart.caption().contains("Timeline of the 300 tasks, a row per 10 tasks in list order"), chart.caption());
    assertTrue(chart.svg().length() < 40_000, () -> "the chart is " + chart.svg().length() + " characters");

    byte[] pdf = Plans.render(new Renderers(RenderOptions.DEFAULTS).forFormat(Format.PDF), document);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("Tasks 291–300"), "the chart's last row is drawn as text in the PDF");
      assertTrue(text.contains("Timeline of the 300 tasks"), "the caption is in the PDF");
    }
  }

  @Test
  void givenTwoThousandTasks_whenRenderedToMarkdown_thenTheMermaidTimelineHasABarPerRowOfTheChart_underMermaidsLimit(
      @TempDir Path dir) throws IOException {
    Document document = Plans.document(BigPlans.chain(dir, 2000, true));

    String md = new String(Plans.render(new Renderers(RenderOptions.DEFAULTS).forFormat(Format.MD), document),
        StandardCharsets.UTF_8);

    Matcher m = Pattern.compile("```mermaid\n(gantt\n.*?)```", Pattern.DOTALL).matcher(md);
    assertTrue(m.find(), "the timeline is drawn with Mermaid");
    String gantt = m.group(1);
    // Mermaid refuses a diagram of more than 50,000 characters (its maxTextSize).
    assertTrue(gantt.length() < 2_000, () -> "the diagram is " + gantt.length() + " characters");
    List<String> bars = gantt.lines().filter(l -> l.matches("    .+ :(crit, |active, |done, )?g\\d+, \\d{4}-\\d{2}-\\d{2}, \\d+d"))
        .map(l -> l.substring(4, l.indexOf(" :"))).toList();
    assertEquals(chart(document).rows(), bars, gantt);
  }

  @Test
  void givenTwentyThousandTasksInOneLane_whenDrawn_thenTheDrawingIsBoundedByTheWidthNotTheCount() {
    LocalDate start = LocalDate.of(2026, 1, 1);
    List<Gantt.Task> tasks = new ArrayList<>();
    String[] statuses = {"done", "planned", "in_progress", "blocked", "cancelled"};
    for (int i = 0; i < 20_000; i++) {
      LocalDate from = start.plusDays(i % 700);
      tasks.add(new Gantt.Task("t" + i, from, from.plusDays(i % 13), statuses[i % 5], 50.0, i % 10 == 0, i % 7 == 0));
    }

    String svg = lanes(List.of(new Gantt.Lane("All (20,000)", tasks)), start, start.plusDays(720));

    // The plot is 428 points wide: at most one run per point and status change, one outline per
    // run of overdue days, one diamond per 8 points.
    assertTrue(count(svg, "<rect") < 428 * 2 + 40, () -> count(svg, "<rect") + " rects");
    assertTrue(count(svg, "<polygon") <= 428 / 8 + 2, () -> count(svg, "<polygon") + " diamonds");
  }

  @Test
  void givenOverlappingTasksInALane_whenDrawn_thenEachDayShowsTheMostPressingStatus() {
    LocalDate start = LocalDate.of(2026, 1, 1);
    List<Gantt.Task> tasks = List.of(
        new Gantt.Task("a", start, start.plusDays(99), "done", null, false, false),
        new Gantt.Task("b", start.plusDays(40), start.plusDays(59), "blocked", null, false, true));

    String svg = lanes(List.of(new Gantt.Lane("Lane", tasks)), start, start.plusDays(99));

    // Done, blocked (outlined: it is overdue), done again: three runs, the middle one red.
    List<String> fills = new ArrayList<>();
    Matcher m = Pattern.compile("<rect x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"[0-9.]+\" height=\"12\" fill=\"(#\\w+)\"/>").matcher(svg);
    while (m.find()) {
      fills.add(m.group(1));
    }
    assertEquals(List.of("#2f855a", "#c53030", "#2f855a"), fills, svg);
    assertEquals(1, count(svg, "fill=\"none\" stroke=\"#c53030\""), "one outline around the overdue days");
  }

  @Test
  void givenATaskOnTheLastDayOfAYearsLongAxis_whenDrawn_thenItTakesTheLastColumn() {
    LocalDate first = LocalDate.of(2026, 1, 1);
    LocalDate last = LocalDate.of(2049, 12, 31); // 24 years: a day is far less than a column
    List<Gantt.Task> tasks = List.of(
        new Gantt.Task("a", first, first, "done", null, false, false),
        new Gantt.Task("b", last, last, "done", null, true, false));

    String svg = lanes(List.of(new Gantt.Lane("Lane", tasks)), first, last);

    assertTrue(svg.contains("<rect x=\"671\" y=\"39\" width=\"1\" height=\"12\" fill=\"#2f855a\"/>"), svg);
    assertTrue(svg.contains("<polygon points=\"672,40 675.5,45 672,50 668.5,45\""), svg);
  }

  private static String lanes(List<Gantt.Lane> lanes, LocalDate first, LocalDate last) {
    return Gantt.lanes("Timeline", lanes, Gantt.Axis.of(first, last, ENGLISH), first.plusDays(30), "As of",
        List.of(new Gantt.Legend("done", "Done")), "Milestone");
  }

  private record Chart(String svg, String caption, List<String> rows) {}

  private static Chart chart(Path plan) throws IOException {
    return chart(Plans.document(plan));
  }

  private static Chart chart(Document document) throws IOException {
    String html = new String(Plans.render(new Renderers(RenderOptions.DEFAULTS).forFormat(Format.HTML), document),
        StandardCharsets.UTF_8);
    Matcher m = GANTT.matcher(html);
    assertTrue(m.find(), "the timeline is in the HTML");
    List<String> rows = new ArrayList<>();
    Matcher label = ROW_LABEL.matcher(m.group(1));
    while (label.find()) {
      rows.add(label.group(1));
    }
    return new Chart(m.group(1), m.group(2), rows);
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
