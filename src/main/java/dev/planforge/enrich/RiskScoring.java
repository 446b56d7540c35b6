package dev.planforge.enrich;

import dev.planforge.model.Plan;
import dev.planforge.model.Risks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Computes {@link RiskFigures}: scores, levels, the ranking and the heat map. */
final class RiskScoring {

  static final int SCALE = 5;

  private RiskScoring() {}

  static RiskFigures compute(Plan plan) {
    Risks risks = plan.risks();
    if (risks == null) {
      return null;
    }
    List<RiskFigures.ScoredRisk> register = risks.register().stream().map(RiskScoring::scored).toList();
    List<RiskFigures.ScoredRisk> ranked = new ArrayList<>(register);
    ranked.sort(Comparator.comparingInt(RiskFigures.ScoredRisk::score).reversed()); // stable: ties keep plan order

    int[][] counts = new int[SCALE + 1][SCALE + 1];
    for (Risks.Risk r : risks.register()) {
      if (inScale(r.likelihood()) && inScale(r.impact())) {
        counts[r.likelihood()][r.impact()]++;
      }
    }
    List<RiskFigures.Row> rows = new ArrayList<>();
    for (int likelihood = SCALE; likelihood >= 1; likelihood--) {
      List<RiskFigures.Cell> cells = new ArrayList<>();
      for (int impact = 1; impact <= SCALE; impact++) {
        cells.add(new RiskFigures.Cell(likelihood, impact, counts[likelihood][impact],
            RiskLevel.of(likelihood * impact)));
      }
      rows.add(new RiskFigures.Row(likelihood, cells));
    }

    List<RiskFigures.LevelCount> byLevel = new ArrayList<>();
    for (RiskLevel level : RiskLevel.values()) {
      byLevel.add(new RiskFigures.LevelCount(level, (int) register.stream().filter(r -> r.level() == level).count()));
    }
    return new RiskFigures(register, ranked, new RiskFigures.HeatMap(rows), byLevel);
  }

  static RiskFigures.ScoredRisk scored(Risks.Risk risk) {
    int score = risk.likelihood() * risk.impact();
    return new RiskFigures.ScoredRisk(risk, score, RiskLevel.of(score));
  }

  private static boolean inScale(int value) {
    return value >= 1 && value <= SCALE;
  }
}
