package dev.planforge.render.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline of the action plan: one bar per task from start to end (both days inclusive),
 * coloured by status with the done part darker, a diamond for milestones, a time axis along the
 * top and a dashed line at the status date.
 *
 * <p>The axis ({@link Axis#of}) picks its unit from the span, so the chart stays a few dozen
 * elements whatever the dates: months (one to six per band) under a row of years, or years, ten
 * years, a century … per band.
 */
public final class Gantt {

  /** A task as drawn; {@code status} is the plan's status key, {@code progress} 0–100 or null. */
  public record Task(String label, LocalDate start, LocalDate end, String status, Double progress, boolean milestone,
      boolean overdue) {}

  /** The legend: a status key and its label. */
  public record Legend(String status, String label) {}

  /**
   * How the plan's locale writes the axis: a month without its year ("3月", "Mar") and a year
   * ("2026年", "2026").
   */
  public record Labels(DateTimeFormatter month, DateTimeFormatter year) {}

  /**
   * A stretch of the axis, {@code start} inclusive, {@code end} exclusive, and its label: centred
   * when the band is one month or one year, at its start when it is several.
   */
  public record Band(LocalDate start, LocalDate end, String label) {}

  /**
   * The time axis: {@code bands} cover {@code [from, to)} end to end; {@code years} is a row of
   * calendar years above them when the bands are months (empty otherwise). A label that would not
   * fit is empty.
   */
  public record Axis(LocalDate from, LocalDate to, List<Band> bands, List<Band> years) {

    public Axis {
      bands = List.copyOf(bands);
      years = List.copyOf(years);
      if (bands.isEmpty() || !from.isBefore(to)) {
        throw new IllegalArgumentException("an axis needs at least one band: " + from + " to " + to);
      }
    }

    /**
     * The axis for tasks from {@code first} to {@code last} (both inclusive): the finest unit whose
     * labels all fit their bands, from one month per band up through 2, 3 and 6 months, then 1, 2,
     * 5, 10, 20, 50, 100 … years. Bands start on unit boundaries (quarters in January, April …,
     * decades in years ending in 0), so the axis may reach a little before and after the span.
     */
    public static Axis of(LocalDate first, LocalDate last, Labels labels) {
      if (last.isBefore(first)) {
        throw new IllegalArgumentException("the axis ends (" + last + ") before it starts (" + first + ")");
      }
      for (int months : MONTH_STEPS) {
        Axis axis = months(first, last, months, labels);
        if (axis != null) {
          return axis;
        }
      }
      // 1, 2, 5, 10, 20, 50 … years: one band at the end of this ladder holds any span there is.
      for (long years = 1; ; years = nextStep(years)) {
        Axis axis = years(first, last, years, labels);
        if (axis != null) {
          return axis;
        }
      }
    }

    private static Axis months(LocalDate first, LocalDate last, int step, Labels labels) {
      long firstIndex = Math.floorDiv(monthIndex(first), step) * step;
      long lastIndex = Math.floorDiv(monthIndex(last), step) * step;
      long count = (lastIndex - firstIndex) / step + 1;
      if (count > MAX_BANDS) {
        return null;
      }
      LocalDate from = month(firstIndex);
      LocalDate to = month(lastIndex + step);
      double days = ChronoUnit.DAYS.between(from, to);
      List<Band> bands = new ArrayList<>();
      for (long i = firstIndex; i <= lastIndex; i += step) {
        Band band = new Band(month(i), month(i + step), labels.month().format(month(i)));
        if (!fits(band, days)) {
          return null;
        }
        bands.add(band);
      }
      List<Band> years = new ArrayList<>();
      for (LocalDate y = from; y.isBefore(to); y = y.withDayOfYear(1).plusYears(1)) {
        LocalDate end = y.withDayOfYear(1).plusYears(1);
        end = end.isAfter(to) ? to : end;
        String label = labels.year().format(y);
        // A year the axis shows only a sliver of (a December before a long next year) keeps its
        // separator but not its label, rather than crowding its neighbour.
        Band year = new Band(y, end, label);
        years.add(fits(year, days) ? year : new Band(y, end, ""));
      }
      return new Axis(from, to, bands, years);
    }

    private static Axis years(LocalDate first, LocalDate last, long step, Labels labels) {
      long firstYear = Math.floorDiv(first.getYear(), step) * step;
      long lastYear = Math.floorDiv(last.getYear(), step) * step;
      long count = (lastYear - firstYear) / step + 1;
      if (count > MAX_BANDS) {
        return null;
      }
      LocalDate from = LocalDate.of(Math.toIntExact(firstYear), 1, 1);
      LocalDate to = LocalDate.of(Math.toIntExact(lastYear + step), 1, 1);
      double days = ChronoUnit.DAYS.between(from, to);
      List<Band> bands = new ArrayList<>();
      for (long y = firstYear; y <= lastYear; y += step) {
        LocalDate start = LocalDate.of(Math.toIntExact(y), 1, 1);
        Band band = new Band(start, LocalDate.of(Math.toIntExact(y + step), 1, 1), labels.year().format(start));
        if (!fits(band, days)) {
          return null;
        }
        bands.add(band);
      }
      return new Axis(from, to, bands, List.of());
    }

  }

  private static final double WIDTH = 680;
  private static final double LABEL = 236;
  private static final double PLOT_X = LABEL + 8;
  private static final double PLOT_W = WIDTH - PLOT_X - 8;
  private static final double ROW = 22;
  private static final double BAR = 12;
  /** Where the first task row starts; a row of years adds {@link #YEAR_ROW} above the months. */
  private static final double TOP = 34;
  private static final double YEAR_ROW = 16;
  private static final double AXIS_FONT = 10;
  /** The least room between two axis labels. */
  private static final double LABEL_GAP = 6;
  /** A safety bound; labels that fit their bands keep the count well below it. */
  private static final int MAX_BANDS = 48;
  private static final int[] MONTH_STEPS = {1, 2, 3, 6};
  /** The most rows a chart draws: one per task up to this many tasks, else one per lane. */
  public static final int MOST_ROWS = 60;
  /** The statuses from the most pressing to the least: a column shows the first that runs there. */
  private static final String[] PRESSING = {"blocked", "in_progress", "planned", "done", "cancelled"};
  /** The plot in columns of one point: the finest a lane needs to tell its runs apart. */
  private static final int COLUMNS = (int) PLOT_W;
  /** Milestones closer than this share one diamond, so a lane of hundreds stays legible. */
  private static final int MILESTONE_GAP = 8;

  private Gantt() {}

  /**
   * The chart on an axis the chart chose: {@code Gantt.render(title, tasks, Axis.of(span.start(),
   * span.end(), labels), …)}. One row per task, so for at most {@link #MOST_ROWS} tasks; more go
   * through {@link #lanes}.
   *
   * @param asOf the status date, drawn as a dashed line when it lies on the axis
   */
  public static String render(String title, List<Task> tasks, Axis axis, LocalDate asOf, String asOfLabel,
      List<Legend> legend, String milestoneLabel) {
    double top = TOP + (axis.years().isEmpty() ? 0 : YEAR_ROW);
    double bottom = top + ROW * tasks.size();
    double height = bottom + 44;
    Svg svg = new Svg(WIDTH, height, title).title(title);
    axis(svg, axis, top, bottom);

    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      double y = top + i * ROW;
      double x1 = x(axis, t.start());
      double x2 = x(axis, t.end().plusDays(1));
      double w = Math.max(2, x2 - x1);
      String colour = colour(t.status());
      svg.text(LABEL, y + ROW / 2 + 4, Svg.fit(t.label(), 11, LABEL - 4), "end",
          t.overdue() ? Palette.BLOCKED : Palette.INK, 11, false);
      double by = y + (ROW - BAR) / 2;
      switch (t.status()) {
        case "done" -> svg.rect(x1, by, w, BAR, colour);
        case "in_progress", "blocked" -> {
          svg.rect(x1, by, w, BAR, tint(t.status()));
          double done = t.progress() == null ? 0 : Math.min(100, Math.max(0, t.progress())) / 100 * w;
          svg.rect(x1, by, done, BAR, colour);
        }
        case "cancelled" -> {
          svg.rect(x1, by, w, BAR, tint(t.status()));
          svg.line(x1, by + BAR / 2, x1 + w, by + BAR / 2, Palette.MUTED, 1, null);
        }
        default -> svg.rect(x1 + 0.5, by + 0.5, w - 1, BAR - 1, tint(t.status()), colour, 2);
      }
      if (t.overdue()) {
        svg.rect(x1 - 1, by - 1, w + 2, BAR + 2, "none", Palette.BLOCKED, 2);
      }
      if (t.milestone()) {
        diamond(svg, x2, y + ROW / 2, 6, 7);
      }
    }
    asOfAndLegend(svg, axis, top, bottom, height, asOf, asOfLabel, legend, milestoneLabel);
    return svg.end();
  }

  /**
   * A row of the grouped chart: a pillar, say, or a run of tasks in list order, and its tasks.
   * {@code label} is what the row is called (with its count of tasks, if the caller wants it).
   */
  public record Lane(String label, List<Task> tasks) {
    public Lane {
      tasks = List.copyOf(tasks);
    }
  }

  /**
   * The chart for many tasks: one row per lane, on which every day some task of the lane runs is
   * coloured by the most pressing status among the tasks running then (blocked, in progress,
   * planned, done, cancelled), the days of overdue tasks outlined in red, and milestones as
   * diamonds. The work is linear in the number of tasks and the drawing is bounded by lanes ×
   * the plot's width in points, whatever the count; at most {@link #MOST_ROWS} lanes.
   */
  public static String lanes(String title, List<Lane> lanes, Axis axis, LocalDate asOf, String asOfLabel,
      List<Legend> legend, String milestoneLabel) {
    if (lanes.size() > MOST_ROWS) {
      throw new IllegalArgumentException(lanes.size() + " lanes; at most " + MOST_ROWS + " fit a chart");
    }
    double top = TOP + (axis.years().isEmpty() ? 0 : YEAR_ROW);
    double bottom = top + ROW * lanes.size();
    double height = bottom + 44;
    Svg svg = new Svg(WIDTH, height, title).title(title);
    axis(svg, axis, top, bottom);
    for (int i = 0; i < lanes.size(); i++) {
      lane(svg, axis, lanes.get(i), top + i * ROW);
    }
    asOfAndLegend(svg, axis, top, bottom, height, asOf, asOfLabel, legend, milestoneLabel);
    return svg.end();
  }

  private static void lane(Svg svg, Axis axis, Lane lane, double y) {
    // Per status, how many tasks start and end at each column (a difference array): linear in
    // the tasks, whatever their lengths.
    int[][] running = new int[PRESSING.length + 1][COLUMNS + 1];
    int overdueRow = PRESSING.length;
    boolean[] milestones = new boolean[COLUMNS + 1];
    boolean overdue = false;
    for (Task t : lane.tasks()) {
      // At least one column, the last one for a task on the axis's last days.
      int from = Math.min(COLUMNS - 1, column(axis, t.start()));
      int to = Math.max(from + 1, column(axis, t.end().plusDays(1)));
      int status = pressing(t.status());
      running[status][from]++;
      running[status][to]--;
      if (t.overdue()) {
        running[overdueRow][from]++;
        running[overdueRow][to]--;
        overdue = true;
      }
      if (t.milestone()) {
        milestones[Math.min(COLUMNS, column(axis, t.end().plusDays(1)))] = true;
      }
    }
    int[] shown = new int[COLUMNS]; // the status index drawn in each column, or -1
    boolean[] late = new boolean[COLUMNS];
    int[] count = new int[PRESSING.length + 1];
    for (int c = 0; c < COLUMNS; c++) {
      shown[c] = -1;
      for (int s = 0; s <= PRESSING.length; s++) {
        count[s] += running[s][c];
      }
      for (int s = PRESSING.length - 1; s >= 0; s--) {
        if (count[s] > 0) {
          shown[c] = s;
        }
      }
      late[c] = count[overdueRow] > 0;
    }

    svg.text(LABEL, y + ROW / 2 + 4, Svg.fit(lane.label(), 11, LABEL - 4), "end",
        overdue ? Palette.BLOCKED : Palette.INK, 11, false);
    double by = y + (ROW - BAR) / 2;
    for (int c = 0; c < COLUMNS; ) {
      int end = c + 1;
      while (end < COLUMNS && shown[end] == shown[c]) {
        end++;
      }
      if (shown[c] >= 0) {
        String status = PRESSING[shown[c]];
        double x1 = columnX(c);
        double w = columnX(end) - x1;
        // As the legend shows them; "planned" and "cancelled" as in the one-row-per-task chart.
        switch (status) {
          case "planned" -> svg.rect(x1 + 0.5, by + 0.5, Math.max(1, w - 1), BAR - 1, tint(status), colour(status), 2);
          case "cancelled" -> {
            svg.rect(x1, by, w, BAR, tint(status));
            svg.line(x1, by + BAR / 2, x1 + w, by + BAR / 2, Palette.MUTED, 1, null);
          }
          default -> svg.rect(x1, by, w, BAR, colour(status));
        }
      }
      c = end;
    }
    for (int c = 0; c < COLUMNS; ) {
      int end = c + 1;
      while (end < COLUMNS && late[end] == late[c]) {
        end++;
      }
      if (late[c]) {
        svg.rect(columnX(c) - 1, by - 1, columnX(end) - columnX(c) + 2, BAR + 2, "none", Palette.BLOCKED, 2);
      }
      c = end;
    }
    int last = -MILESTONE_GAP;
    for (int c = 0; c <= COLUMNS; c++) {
      if (milestones[c] && c - last >= MILESTONE_GAP) {
        // Smaller than a task's diamond: the bar it marks stays visible beside it.
        diamond(svg, columnX(c), y + ROW / 2, 3.5, 5);
        last = c;
      }
    }
  }

  private static int pressing(String status) {
    for (int i = 0; i < PRESSING.length; i++) {
      if (PRESSING[i].equals(status)) {
        return i;
      }
    }
    return 2; // an unknown status draws as planned, as in the one-row-per-task chart
  }

  /** The column a day starts in, 0 to {@link #COLUMNS}. */
  private static int column(Axis axis, LocalDate day) {
    double days = ChronoUnit.DAYS.between(axis.from(), axis.to());
    long c = Math.round(ChronoUnit.DAYS.between(axis.from(), day) / days * COLUMNS);
    return (int) Math.max(0, Math.min(COLUMNS, c));
  }

  private static double columnX(int column) {
    return PLOT_X + column * (PLOT_W / COLUMNS);
  }

  /** Where a day starts on the plot. */
  private static double x(Axis axis, LocalDate day) {
    return PLOT_X + ChronoUnit.DAYS.between(axis.from(), day) / (double) ChronoUnit.DAYS.between(axis.from(), axis.to())
        * PLOT_W;
  }

  private static void diamond(Svg svg, double cx, double cy, double halfWidth, double halfHeight) {
    svg.polygon(Svg.n(cx) + "," + Svg.n(cy - halfHeight) + " " + Svg.n(cx + halfWidth) + "," + Svg.n(cy) + " " + Svg.n(cx)
        + "," + Svg.n(cy + halfHeight) + " " + Svg.n(cx - halfWidth) + "," + Svg.n(cy), Palette.INK, "#ffffff");
  }

  /** The row of years, the bands with their labels and grid lines, from {@code top} to {@code bottom}. */
  private static void axis(Svg svg, Axis axis, double top, double bottom) {
    LocalDate from = axis.from();
    double days = ChronoUnit.DAYS.between(from, axis.to());
    double plotX = PLOT_X;
    double plotW = PLOT_W;
    // The row of years: a separator at each new year and the year centred over its months.
    for (Band y : axis.years()) {
      double x = plotX + ChronoUnit.DAYS.between(from, y.start()) / days * plotW;
      double next = plotX + ChronoUnit.DAYS.between(from, y.end()) / days * plotW;
      svg.line(x, top - 14 - YEAR_ROW, x, top - 14, Palette.GRID, 0.8, null);
      if (!y.label().isEmpty()) {
        svg.text((x + next) / 2, top - 16 - YEAR_ROW, y.label(), "middle", Palette.INK, AXIS_FONT, false);
      }
    }

    // Bands and their labels.
    List<Band> bands = axis.bands();
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      double x = plotX + ChronoUnit.DAYS.between(from, b.start()) / days * plotW;
      double next = plotX + ChronoUnit.DAYS.between(from, b.end()) / days * plotW;
      if (i % 2 == 1) {
        svg.rect(x, top - 4, next - x, bottom - top + 8, "#f5f7fa");
      }
      svg.line(x, top - 14, x, bottom + 4, Palette.GRID, 0.8, null);
      if (oneCalendarUnit(b)) {
        svg.text((x + next) / 2, top - 16, b.label(), "middle", Palette.MUTED, AXIS_FONT, false);
      } else {
        // "2020" centred over 2020–2029 would read as the year in the middle: a tick's label is at the tick.
        svg.text(x + LABEL_GAP / 2, top - 16, b.label(), "start", Palette.MUTED, AXIS_FONT, false);
      }
    }
    svg.line(plotX + plotW, top - 14 - (axis.years().isEmpty() ? 0 : YEAR_ROW), plotX + plotW, bottom + 4,
        Palette.GRID, 0.8, null);
  }

  /** The dashed line at the status date and the legend along the bottom. */
  private static void asOfAndLegend(Svg svg, Axis axis, double top, double bottom, double height, LocalDate asOf,
      String asOfLabel, List<Legend> legend, String milestoneLabel) {
    LocalDate from = axis.from();
    LocalDate to = axis.to();
    double days = ChronoUnit.DAYS.between(from, to);
    double plotX = PLOT_X;
    double plotW = PLOT_W;
    if (!asOf.isBefore(from) && asOf.isBefore(to)) {
      double x = plotX + (ChronoUnit.DAYS.between(from, asOf) + 1) / days * plotW;
      svg.line(x, top - 6, x, bottom + 4, Palette.AS_OF, 1.5, "4 3");
      svg.text(x, bottom + 16, asOfLabel, "middle", Palette.AS_OF, 10, true);
    }

    // Legend along the bottom.
    double lx = plotX;
    double ly = height - 8;
    for (Legend l : legend) {
      svg.rect(lx, ly - 9, 14, 9, colour(l.status()));
      svg.text(lx + 18, ly, l.label(), "start", Palette.MUTED, 10, false);
      lx += 26 + Svg.width(l.label(), 10);
    }
    svg.polygon(Svg.n(lx + 5) + "," + Svg.n(ly - 10) + " " + Svg.n(lx + 10) + "," + Svg.n(ly - 4.5) + " " + Svg.n(lx + 5)
        + "," + Svg.n(ly + 1) + " " + Svg.n(lx) + "," + Svg.n(ly - 4.5), Palette.INK, "#ffffff");
    svg.text(lx + 14, ly, milestoneLabel, "start", Palette.MUTED, 10, false);
  }

  static String colour(String status) {
    return switch (status) {
      case "done" -> Palette.DONE;
      case "in_progress" -> Palette.IN_PROGRESS;
      case "blocked" -> Palette.BLOCKED;
      case "cancelled" -> Palette.CANCELLED;
      default -> Palette.PLANNED;
    };
  }

  private static String tint(String status) {
    return switch (status) {
      case "in_progress" -> "#bee3f8";
      case "blocked" -> "#fed7d7";
      case "cancelled" -> "#edf2f7";
      default -> "#edf2f7";
    };
  }

  /** A month or a year, which its label names (rather than the first of several). */
  private static boolean oneCalendarUnit(Band band) {
    return band.start().plusMonths(1).equals(band.end()) || band.start().plusYears(1).equals(band.end());
  }

  /**
   * Whether the band's label, centred on it or at its start, fits inside it with room to spare on both sides, on
   * an axis {@code axisDays} long: then no two labels of a row can touch.
   */
  private static boolean fits(Band band, double axisDays) {
    double width = ChronoUnit.DAYS.between(band.start(), band.end()) / axisDays * PLOT_W;
    return Svg.width(band.label(), AXIS_FONT) + LABEL_GAP <= width;
  }

  /** 1, 2, 5, 10, 20, 50, 100 … */
  private static long nextStep(long step) {
    long decade = 1;
    while (step >= decade * 10) {
      decade *= 10;
    }
    long lead = step / decade;
    return (lead == 1 ? 2 : lead == 2 ? 5 : 10) * decade;
  }

  /** Months since year 0, so month bands can start on multiples of their step. */
  private static long monthIndex(LocalDate d) {
    return d.getYear() * 12L + d.getMonthValue() - 1;
  }

  private static LocalDate month(long index) {
    return LocalDate.of(Math.toIntExact(Math.floorDiv(index, 12)), (int) Math.floorMod(index, 12) + 1, 1);
  }
}
