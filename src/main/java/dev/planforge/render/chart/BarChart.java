package dev.planforge.render.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** Horizontal bars with their labels on the left and their values on the right. */
public final class BarChart {

  /** One bar: its label, its value (≥ 0; drawn to scale) and the text shown beside it. */
  public record Bar(String label, BigDecimal value, String valueText) {}

  private static final double WIDTH = 680;
  private static final double ROW = 26;
  private static final double BAR = 16;
  private static final double TOP = 8;

  private BarChart() {}

  public static String render(String title, List<Bar> bars) {
    return render(title, bars, Palette.PRIMARY, WIDTH);
  }

  static String render(String title, List<Bar> bars, String colour, double width) {
    double labelWidth = Math.min(width * 0.36,
        bars.stream().mapToDouble(b -> Svg.width(b.label(), 12)).max().orElse(0) + 12);
    double valueWidth = bars.stream().mapToDouble(b -> Svg.width(b.valueText(), 11)).max().orElse(0) + 10;
    double plot = width - labelWidth - valueWidth - 4;
    BigDecimal max = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
    double height = TOP * 2 + ROW * bars.size();
    Svg svg = new Svg(width, height, title).title(title);
    double x0 = labelWidth;
    svg.line(x0, TOP - 2, x0, height - TOP + 2, Palette.GRID, 1, null);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = TOP + i * ROW;
      double len = max.signum() == 0 ? 0 : b.value().divide(max, MathContext.DECIMAL64).doubleValue() * plot;
      svg.text(x0 - 8, y + ROW / 2 + 4, Svg.fit(b.label(), 12, labelWidth - 10), "end", Palette.INK, 12, false);
      svg.rect(x0, y + (ROW - BAR) / 2, Math.max(len, b.value().signum() > 0 ? 1 : 0), BAR, colour);
      svg.text(x0 + len + 6, y + ROW / 2 + 4, b.valueText(), "start", Palette.MUTED, 11, false);
    }
    return svg.end();
  }
}
