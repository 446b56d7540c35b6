package dev.planforge.enrich;

import dev.planforge.model.Risks;
import java.util.List;

/**
 * The risk register scored.
 *
 * @param register every risk with its score and level, in plan order
 * @param ranked the same, by score, highest first; equal scores keep plan order
 * @param heatMap counts per likelihood and impact
 * @param byLevel how many risks have each level, every level listed from low to critical
 */
public record RiskFigures(List<ScoredRisk> register, List<ScoredRisk> ranked, HeatMap heatMap, List<LevelCount> byLevel) {

  public RiskFigures {
    register = List.copyOf(register);
    ranked = List.copyOf(ranked);
    byLevel = List.copyOf(byLevel);
  }

  /** A risk with {@code score = likelihood × impact} and its level. */
  public record ScoredRisk(Risks.Risk risk, int score, RiskLevel level) {}

  public record LevelCount(RiskLevel level, int count) {}

  /**
   * The 5 × 5 matrix as it is drawn: {@code rows} from likelihood 5 at the top down to 1, each
   * with {@code cells} from impact 1 on the left to 5.
   */
  public record HeatMap(List<Row> rows) {

    public HeatMap {
      rows = List.copyOf(rows);
    }
  }

  public record Row(int likelihood, List<Cell> cells) {

    public Row {
      cells = List.copyOf(cells);
    }
  }

  /** How many risks sit at one likelihood and impact; {@code level} is that of the cell's score. */
  public record Cell(int likelihood, int impact, int count, RiskLevel level) {}
}
