package dev.planforge.render.chart;

import java.util.List;

/**
 * KPI progress: one bar per KPI from 0 to 100 % of the way from baseline to target, coloured by
 * status, with a tick where it should be by now (the share of time elapsed). Progress beyond the
 * scale is drawn to its end with an arrow; the label gives the exact figure.
 */
public final class KpiChart {

  /** {@code progress} and {@code timeShare} in percent or null; {@code status} is the status key. */
  public record Kpi(String label, Double progress, String progressText, Double timeShare, String status) {}

  /** The legend: a status key and its label; {@code timeShareLabel} names the tick. */
  public record Legend(String status, String label) {}

  private static final double WIDTH = 680;
  private static final double ROW = 24;
  private static final double BAR = 12;
  private static final double TOP = 22;

  /** The most KPIs a chart draws, one row each; the caller charts the first ones of a longer list. */
  public static final int MOST_ROWS = 60;

  private KpiChart() {}

  public static String render(String title, List<Kpi> kpis, List<Legend> legend, String timeShareLabel) {
    double labelWidth = Math.min(WIDTH * 0.34, kpis.stream().mapToDouble(k -> Svg.width(k.label(), 11)).max().orElse(0) + 12);
    double textRoom = 64;
    double plotX = labelWidth + 4;
    double plotW = WIDTH - plotX - textRoom;
    double bottom = TOP + ROW * kpis.size();
    double height = bottom + 30;
    Svg svg = new Svg(WIDTH, height, title).title(title);
    for (int p = 0; p <= 100; p += 25) {
      double x = plotX + p / 100.0 * plotW;
      svg.line(x, TOP - 6, x, bottom, Palette.GRID, 0.8, p == 0 || p == 100 ? null : "2 3");
      svg.text(x, TOP - 9, p + "%", "middle", Palette.MUTED, 9, false);
    }
    for (int i = 0; i < kpis.size(); i++) {
      Kpi k = kpis.get(i);
      double y = TOP + i * ROW;
      double by = y + (ROW - BAR) / 2;
      svg.text(labelWidth - 4, y + ROW / 2 + 4, Svg.fit(k.label(), 11, labelWidth - 8), "end", Palette.INK, 11, false);
      svg.rect(plotX, by, plotW, BAR, Palette.TRACK);
      if (k.progress() != null) {
        double clamped = Math.max(0, Math.min(100, k.progress()));
        svg.rect(plotX, by, clamped / 100 * plotW, BAR, colour(k.status()));
        if (k.progress() > 100) {
          double x = plotX + plotW;
          svg.polygon(Svg.n(x) + "," + Svg.n(by - 2) + " " + Svg.n(x + 7) + "," + Svg.n(by + BAR / 2) + " " + Svg.n(x)
              + "," + Svg.n(by + BAR + 2), colour(k.status()), "none");
        }
      }
      if (k.timeShare() != null) {
        double x = plotX + Math.max(0, Math.min(100, k.timeShare())) / 100 * plotW;
        svg.line(x, by - 3, x, by + BAR + 3, Palette.INK, 1.5, null);
      }
      svg.text(plotX + plotW + 12, y + ROW / 2 + 4, k.progressText(), "start", Palette.MUTED, 11, false);
    }
    double lx = plotX;
    double ly = height - 8;
    for (Legend l : legend) {
      svg.rect(lx, ly - 9, 14, 9, colour(l.status()));
      svg.text(lx + 18, ly, l.label(), "start", Palette.MUTED, 10, false);
      lx += 28 + Svg.width(l.label(), 10);
    }
    svg.line(lx + 4, ly - 11, lx + 4, ly + 2, Palette.INK, 1.5, null);
    svg.text(lx + 10, ly, timeShareLabel, "start", Palette.MUTED, 10, false);
    return svg.end();
  }

  static String colour(String status) {
    return switch (status) {
      case "achieved" -> Palette.DONE;
      case "on_track" -> Palette.IN_PROGRESS;
      case "at_risk" -> Palette.BLOCKED;
      default -> Palette.PLANNED;
    };
  }
}
