package dev.planforge.render.chart;

import java.util.List;

/**
 * The 5 × 5 risk matrix: likelihood up the side, impact along the bottom, and in each cell the
 * risks that sit there by the numbers the register shows (R1, R3), so a reader can find them.
 */
public final class HeatMap {

  /** A cell as drawn: its level key (low … critical) and the risks that sit there (R1, R3 …). */
  public record Cell(int likelihood, int impact, List<String> risks, String level) {}

  /** Names in a cell at most; more show as the first ones and "+N". */
  private static final int NAMES = 3;

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
        List<String> lines = names(cell.risks());
        double first = y + CELL / 2 - (lines.size() - 1) * 6.5 + 4;
        for (int k = 0; k < lines.size(); k++) {
          svg.text(x + CELL / 2, first + k * 13, lines.get(k), "middle", Palette.INK, 10.5, true);
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

  /** What a cell says: up to three risks a line, or two and "+N" when more sit there. */
  static List<String> names(List<String> risks) {
    if (risks.size() <= NAMES) {
      return risks;
    }
    return List.of(risks.get(0), risks.get(1), "+" + (risks.size() - 2));
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
