package dev.planforge.render.chart;

import java.util.List;

/** The 5 × 5 risk matrix: likelihood up the side, impact along the bottom, counts in the cells. */
public final class HeatMap {

  /** A cell as drawn: its level key (low … critical) and how many risks sit there. */
  public record Cell(int likelihood, int impact, int count, String level) {}

  /** The legend: a level key and its label. */
  public record Legend(String level, String label) {}

  private static final double CELL = 52;
  private static final double LEFT = 56;
  private static final double TOP = 10;

  private HeatMap() {}

  /** @param rows likelihood 5 at the top down to 1, each with impact 1 to 5 */
  public static String render(String title, List<List<Cell>> rows, String likelihoodLabel, String impactLabel,
      List<Legend> legend) {
    double gridW = CELL * 5;
    double legendX = LEFT + gridW + 28;
    double width = legendX + 150;
    double height = TOP + CELL * 5 + 48;
    Svg svg = new Svg(width, height, title).title(title);
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> row = rows.get(r);
      double y = TOP + r * CELL;
      svg.text(LEFT - 10, y + CELL / 2 + 4, String.valueOf(row.get(0).likelihood()), "end", Palette.MUTED, 11, false);
      for (int i = 0; i < row.size(); i++) {
        Cell cell = row.get(i);
        double x = LEFT + i * CELL;
        svg.rect(x, y, CELL, CELL, fill(cell.level()), "#ffffff", 0);
        if (cell.count() > 0) {
          svg.raw("<circle cx=\"" + Svg.n(x + CELL / 2) + "\" cy=\"" + Svg.n(y + CELL / 2) + "\" r=\"13\" fill=\"#ffffff\" stroke=\""
              + Palette.INK + "\" stroke-width=\"1\"/>");
          svg.text(x + CELL / 2, y + CELL / 2 + 5, String.valueOf(cell.count()), "middle", Palette.INK, 13, true);
        }
      }
    }
    for (int i = 0; i < 5; i++) {
      svg.text(LEFT + i * CELL + CELL / 2, TOP + 5 * CELL + 16, String.valueOf(i + 1), "middle", Palette.MUTED, 11, false);
    }
    svg.text(LEFT + gridW / 2, TOP + 5 * CELL + 36, impactLabel, "middle", Palette.INK, 11, true);
    double cy = TOP + 2.5 * CELL;
    svg.raw("<text x=\"16\" y=\"" + Svg.n(cy) + "\" text-anchor=\"middle\" font-weight=\"bold\" transform=\"rotate(-90 16 "
        + Svg.n(cy) + ")\">" + Svg.esc(likelihoodLabel) + "</text>");
    for (int i = 0; i < legend.size(); i++) {
      Legend l = legend.get(legend.size() - 1 - i);
      double y = TOP + 8 + i * 24;
      svg.rect(legendX, y, 16, 16, fill(l.level()), Palette.GRID, 0);
      svg.text(legendX + 24, y + 12, l.label(), "start", Palette.INK, 11, false);
    }
    return svg.end();
  }

  static String fill(String level) {
    return switch (level) {
      case "critical" -> "#f56565";
      case "high" -> "#f6ad55";
      case "medium" -> "#faf089";
      default -> "#9ae6b4";
    };
  }
}
