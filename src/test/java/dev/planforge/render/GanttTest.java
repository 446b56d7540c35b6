package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.render.chart.Gantt;
import dev.planforge.render.pdf.PdfRenderer;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Gantt chart's axis is chosen by the span (months under a row of years, or years, decades,
 * centuries …), so the chart stays small whatever the dates, and its labels never touch.
 */
class GanttTest {

  private static final Gantt.Labels CHINESE = new Gantt.Labels(
      DateTimeFormatter.ofPattern("M月", Locale.SIMPLIFIED_CHINESE),
      DateTimeFormatter.ofPattern("uuuu年", Locale.SIMPLIFIED_CHINESE));
  private static final Gantt.Labels ENGLISH = new Gantt.Labels(
      DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH), DateTimeFormatter.ofPattern("uuuu", Locale.ENGLISH));
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final Pattern TEXT =
      Pattern.compile("<text x=\"([-0-9.]+)\" y=\"([-0-9.]+)\"(?: text-anchor=\"(\\w+)\")?[^>]*>([^<]*)</text>");

  /** The chart font, to measure labels as the PDF draws them (not as the chart estimates them). */
  private static Font font;

  @BeforeAll
  static void loadTheChartFont() throws Exception {
    try (InputStream in =
        GanttTest.class.getResourceAsStream("/dev/planforge/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf")) {
      font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(10f);
    }
  }

  @Test
  void aTaskFromYearOneToYear9999MakesASmallChart() {
    Gantt.Axis axis = Gantt.Axis.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), ENGLISH);
    assertTrue(axis.bands().size() <= 20, "bands: " + axis.bands().size());
    assertEquals(List.of(), axis.years(), "no row of years above years");
    assertEquals("1000", axis.bands().get(1).label(), "a band per millennium");
    String svg = chart(axis, task(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)));
    assertTrue(svg.length() < 20_000, "bytes: " + svg.length());
    assertTrue(elements(svg) < 120, "elements: " + elements(svg));
  }

  @Test
  void aOneDaySpanIsItsMonthUnderItsYear() {
    LocalDate day = LocalDate.of(2026, 3, 5);
    Gantt.Axis axis = Gantt.Axis.of(day, day, CHINESE);
    assertEquals(List.of(new Gantt.Band(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), "3月")), axis.bands());
    assertEquals(List.of(new Gantt.Band(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), "2026年")), axis.years());
    String svg = chart(axis, task(day, day));
    Matcher bar = Pattern.compile("<rect x=\"([0-9.]+)\" y=\"[0-9.]+\" width=\"([0-9.]+)\" height=\"12\"").matcher(svg);
    assertTrue(bar.find(), svg);
    assertTrue(Double.parseDouble(bar.group(2)) >= 2, "the day's bar is visible: " + bar.group());
  }

  @Test
  void thirteenMonthsAreThirteenMonthsUnderTwoYears() {
    Gantt.Axis axis = Gantt.Axis.of(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 31), ENGLISH);
    assertEquals(13, axis.bands().size());
    assertEquals(List.of("Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"),
        axis.bands().stream().map(Gantt.Band::label).toList());
    assertEquals(List.of("2026", "2027"), axis.years().stream().map(Gantt.Band::label).toList());
    assertEquals(LocalDate.of(2026, 3, 1), axis.from());
    assertEquals(LocalDate.of(2027, 4, 1), axis.to());
  }

  @Test
  void longerSpansTakeCoarserUnitsOnTheirBoundaries() {
    Gantt.Axis quarters = Gantt.Axis.of(LocalDate.of(2025, 2, 10), LocalDate.of(2027, 11, 20), CHINESE);
    assertTrue(quarters.bands().stream().allMatch(b -> b.start().getMonthValue() % 3 == 1), "quarters: " + quarters);
    Gantt.Axis decades = Gantt.Axis.of(LocalDate.of(1987, 5, 1), LocalDate.of(2090, 1, 1), ENGLISH);
    assertEquals(LocalDate.of(1980, 1, 1), decades.from());
    assertTrue(decades.bands().stream().allMatch(b -> b.start().getYear() % 10 == 0), "decades: " + decades);
  }

  /** From one day to ten thousand years, starting anywhere, in both languages: labels never touch. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 27, 45, 59, 89, 180, 364, 365, 395, 420, 700, 1000, 1500, 2200, 4000, 8000, 15000, 40000,
      100000, 400000, 1000000, 3652058})
  void labelsNeverTouchWhateverTheSpan(int days) {
    for (LocalDate start : List.of(LocalDate.of(1, 1, 1), LocalDate.of(2025, 12, 10), LocalDate.of(2026, 1, 1),
        LocalDate.of(1999, 7, 31))) {
      LocalDate end = start.plusDays(Math.min(days, LocalDate.of(9999, 12, 31).toEpochDay() - start.toEpochDay()));
      for (Gantt.Labels labels : List.of(CHINESE, ENGLISH)) {
        Gantt.Axis axis = Gantt.Axis.of(start, end, labels);
        assertTrue(!axis.from().isAfter(start) && axis.to().isAfter(end), "the axis covers the span: " + axis);
        String svg = chart(axis, task(start, end));
        assertTrue(elements(svg) < 200, start + " + " + days + " days: " + elements(svg) + " elements");
        assertNoLabelsTouch(svg);
      }
    }
  }

  /** Renders, in a real PDF, a plan whose task runs from year 1 to 9999: small and quick. */
  @Test
  void aPlanSpanningMillenniaMakesASmallPdf(@TempDir Path dir) throws IOException {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, """
        plan_format: 1
        title: Forever
        locale: zh-CN
        as_of: 2026-06-30
        team:
          - id: t1
            name: Ana
        action_plan:
          tasks:
            - id: a
              title: Keep going
              owner: t1
              start: 0001-01-01
              end: 9999-12-31
              status: in_progress
              progress: 40
        """, StandardCharsets.UTF_8);
    Document document = Plans.document(plan);
    long start = System.nanoTime();
    byte[] pdf = Plans.render(new PdfRenderer(new Composer(null), false, null), document);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(pdf.length < 300_000, "PDF bytes: " + pdf.length);
    assertTrue(millis < 20_000, "PDF in " + millis + " ms");
    String html = new String(Plans.render(new HtmlRenderer(new Composer(null)), document), StandardCharsets.UTF_8);
    assertTrue(html.length() < 200_000, "HTML bytes: " + html.length());
  }

  private static String chart(Gantt.Axis axis, Gantt.Task task) {
    return Gantt.render("Timeline", List.of(task), axis, AS_OF, "as of 30 Jun",
        List.of(new Gantt.Legend("done", "Done")), "Milestone");
  }

  private static Gantt.Task task(LocalDate start, LocalDate end) {
    return new Gantt.Task("a  Task", start, end, "in_progress", 40.0, true, false);
  }

  private static int elements(String svg) {
    return svg.split("<[a-z]", -1).length - 1;
  }

  /**
   * Every axis label (the rows above the first task) measured in the chart font: within a row, no
   * two overlap and each keeps a point clear of the next.
   */
  private static void assertNoLabelsTouch(String svg) {
    FontRenderContext frc = new FontRenderContext(null, true, true);
    Map<Double, List<double[]>> rows = new TreeMap<>();
    Matcher m = TEXT.matcher(svg);
    while (m.find()) {
      double y = Double.parseDouble(m.group(2));
      String label = m.group(4);
      if (y >= 40 || label.isEmpty() || !svg.substring(m.start(), m.end()).contains("font-size=\"10\"")) {
        continue; // task rows start at y 49
      }
      double x = Double.parseDouble(m.group(1));
      double width = font.getStringBounds(label, frc).getWidth();
      double left = "middle".equals(m.group(3)) ? x - width / 2 : x;
      rows.computeIfAbsent(y, k -> new ArrayList<>()).add(new double[] {left, left + width});
    }
    assertTrue(!rows.isEmpty(), "axis labels found in " + svg);
    for (Map.Entry<Double, List<double[]>> row : rows.entrySet()) {
      List<double[]> labels = row.getValue();
      labels.sort((a, b) -> Double.compare(a[0], b[0]));
      for (int i = 1; i < labels.size(); i++) {
        assertTrue(labels.get(i - 1)[1] + 1 <= labels.get(i)[0], "labels touch at y " + row.getKey() + ": "
            + labels.get(i - 1)[1] + " > " + labels.get(i)[0] + " in " + svg);
      }
    }
  }
}
