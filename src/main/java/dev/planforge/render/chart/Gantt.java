package dev.planforge.render.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The timeline of the action plan: one bar per task from start to end (both days inclusive),
 * coloured by status with the done part darker, a diamond for milestones, months along the top
 * and a dashed line at the status date.
 */
public final class Gantt {

  /** A task as drawn; {@code status} is the plan's status key, {@code progress} 0–100 or null. */
  public record Task(String label, LocalDate start, LocalDate end, String status, Double progress, boolean milestone,
      boolean overdue) {}

  /** A month tick: its first day and its label ("3月", "Mar"). */
  public record Month(LocalDate first, String label) {}

  /** The legend: a status key and its label. */
  public record Legend(String status, String label) {}

  private static final double WIDTH = 680;
  private static final double LABEL = 236;
  private static final double ROW = 22;
  private static final double BAR = 12;
  private static final double TOP = 34;

  private Gantt() {}

  public static String render(String title, List<Task> tasks, List<Month> months, LocalDate asOf, String asOfLabel,
      List<Legend> legend, String milestoneLabel) {
    LocalDate from = months.get(0).first();
    LocalDate to = months.get(months.size() - 1).first().plusMonths(1);
    double days = ChronoUnit.DAYS.between(from, to);
    double plotX = LABEL + 8;
    double plotW = WIDTH - plotX - 8;
    double bottom = TOP + ROW * tasks.size();
    double height = bottom + 44;
    Svg svg = new Svg(WIDTH, height, title).title(title);

    // Month bands and labels.
    for (int i = 0; i < months.size(); i++) {
      Month m = months.get(i);
      double x = plotX + ChronoUnit.DAYS.between(from, m.first()) / days * plotW;
      double next = plotX + ChronoUnit.DAYS.between(from, m.first().plusMonths(1)) / days * plotW;
      if (i % 2 == 1) {
        svg.rect(x, TOP - 4, next - x, bottom - TOP + 8, "#f5f7fa");
      }
      svg.line(x, TOP - 14, x, bottom + 4, Palette.GRID, 0.8, null);
      svg.text((x + next) / 2, TOP - 16, m.label(), "middle", Palette.MUTED, 10, false);
    }
    svg.line(plotX + plotW, TOP - 14, plotX + plotW, bottom + 4, Palette.GRID, 0.8, null);

    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      double y = TOP + i * ROW;
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
      svg.line(x, TOP - 6, x, bottom + 4, Palette.AS_OF, 1.5, "4 3");
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
}
