package dev.planforge.render.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** Customers and annual value by tier: two bar panels side by side, sharing the tier labels. */
public final class TierChart {

  /** One tier: its customer count and annual value (null when customers give none). */
  public record Row(String label, int count, String countText, BigDecimal value, String valueText) {}

  private static final double WIDTH = 680;
  private static final double ROW = 30;
  private static final double BAR = 18;
  private static final double TOP = 30;

  private TierChart() {}

  /** @param valueTitle the right panel's title, or null to draw the counts only */
  public static String render(String title, String countTitle, String valueTitle, List<Row> rows) {
    double labelWidth = Math.min(WIDTH * 0.3, rows.stream().mapToDouble(r -> Svg.width(r.label(), 12)).max().orElse(0) + 14);
    int panels = valueTitle == null ? 1 : 2;
    double panelWidth = (WIDTH - labelWidth) / panels;
    double height = TOP + ROW * rows.size() + 8;
    Svg svg = new Svg(WIDTH, height, title).title(title);
    for (int i = 0; i < rows.size(); i++) {
      double y = TOP + i * ROW;
      svg.text(labelWidth - 8, y + ROW / 2 + 4, Svg.fit(rows.get(i).label(), 12, labelWidth - 10), "end", Palette.INK, 12, false);
    }
    int maxCount = rows.stream().mapToInt(Row::count).max().orElse(0);
    panel(svg, labelWidth, panelWidth, countTitle, Palette.PRIMARY, rows.stream()
        .map(r -> new double[] {maxCount == 0 ? 0 : (double) r.count() / maxCount}).toList(),
        rows.stream().map(Row::countText).toList(), rows.size());
    if (panels == 2) {
      BigDecimal max = rows.stream().map(r -> r.value() == null ? BigDecimal.ZERO : r.value())
          .reduce(BigDecimal.ZERO, BigDecimal::max);
      panel(svg, labelWidth + panelWidth, panelWidth, valueTitle, Palette.SECONDARY, rows.stream()
          .map(r -> new double[] {r.value() == null || max.signum() == 0 ? 0
              : r.value().divide(max, MathContext.DECIMAL64).doubleValue()}).toList(),
          rows.stream().map(Row::valueText).toList(), rows.size());
    }
    return svg.end();
  }

  private static void panel(Svg svg, double x, double width, String title, String colour, List<double[]> fractions,
      List<String> texts, int rows) {
    double textRoom = texts.stream().mapToDouble(t -> Svg.width(t, 11)).max().orElse(0) + 10;
    double plot = Math.max(20, width - textRoom - 16);
    svg.text(x + 4, 16, title, "start", Palette.MUTED, 11, true);
    svg.line(x + 4, TOP - 4, x + 4, TOP + ROW * rows, Palette.GRID, 1, null);
    for (int i = 0; i < rows; i++) {
      double y = TOP + i * ROW;
      double len = fractions.get(i)[0] * plot;
      svg.rect(x + 4, y + (ROW - BAR) / 2, len > 0 ? Math.max(len, 1) : 0, BAR, colour);
      svg.text(x + 4 + len + 6, y + ROW / 2 + 4, texts.get(i), "start", Palette.MUTED, 11, false);
    }
  }
}
