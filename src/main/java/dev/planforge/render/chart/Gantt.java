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

  private Gantt() {}

  /**
   * The chart on an axis the chart chose: {@code Gantt.render(title, tasks, Axis.of(span.start(),
   * span.end(), labels), …)}.
   *
   * @param asOf the status date, drawn as a dashed line when it lies on the axis
   */
  public static String render(String title, List<Task> tasks, Axis axis, LocalDate asOf, String asOfLabel,
      List<Legend> legend, String milestoneLabel) {
    LocalDate from = axis.from();
    LocalDate to = axis.to();
    double days = ChronoUnit.DAYS.between(from, to);
    double plotX = PLOT_X;
    double plotW = PLOT_W;
    double top = TOP + (axis.years().isEmpty() ? 0 : YEAR_ROW);
    double bottom = top + ROW * tasks.size();
    double height = bottom + 44;
    Svg svg = new Svg(WIDTH, height, title).title(title);

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

    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      double y = top + i * ROW;
      double x1 = plotX + ChronoUnit.DAYS.between(from, t.start()) / days * plotW;
      double x2 = plotX + (ChronoUnit.DAYS.between(from, t.end()) + 1) / days * plotW;
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
        double cx = x2;
        double cy = y + ROW / 2;
        svg.polygon(Svg.n(cx) + "," + Svg.n(cy - 7) + " " + Svg.n(cx + 6) + "," + Svg.n(cy) + " " + Svg.n(cx) + ","
            + Svg.n(cy + 7) + " " + Svg.n(cx - 6) + "," + Svg.n(cy), Palette.INK, "#ffffff");
      }
    }

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
    return svg.end();
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
