package dev.planforge.render.view;

import dev.planforge.enrich.RiskFigures;
import dev.planforge.enrich.RiskLevel;
import dev.planforge.model.Risks;
import dev.planforge.render.chart.HeatMap;
import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Cell;
import dev.planforge.render.doc.Column.Role;
import dev.planforge.render.doc.Inline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** 风险管理: the heat map, the register ranked by score, the responses and the emergency response. */
final class RisksSection {

  private static final String ID = "risks";

  private RisksSection() {}

  /** @param f the risk figures, or null when the register is empty */
  static List<Block> blocks(Risks r, RiskFigures f, Ctx c) {
    Blocks heat = new Blocks();
    Blocks register = new Blocks();
    Blocks responses = new Blocks();
    if (f != null && !f.register().isEmpty()) {
      String svg = HeatMap.render(c.label("risks_heatmap"),
          f.heatMap().rows().stream().map(row -> row.cells().stream()
              .map(x -> new HeatMap.Cell(x.likelihood(), x.impact(), risksAt(f, x.likelihood(), x.impact(), c),
                  x.level().key())).toList()).toList(),
          c.label("heatmap_likelihood"), c.label("heatmap_impact"),
          Arrays.stream(RiskLevel.values()).map(l -> new HeatMap.Legend(l.key(), c.label("risk_" + l.key() + "_legend"))).toList());
      heat.add(c.figure("risk-heatmap", c.label("risks_heatmap"), svg, "", List.of(heatTable(f, c))));

      TableBuilder table = new TableBuilder("risks")
          .column(c.label("risk_id"), Role.ID)
          .column(c.label("risk_title"), Role.TEXT)
          .optional(c.label("risk_category"), Role.NAME)
          .column(c.label("risk_likelihood"), Role.NUMBER)
          .column(c.label("risk_impact"), Role.NUMBER)
          .column(c.label("risk_score"), Role.NUMBER)
          .column(c.label("risk_level"), Role.STATUS)
          .optional(c.label("risk_owner"), Role.NAME);
      for (RiskFigures.ScoredRisk s : f.ranked()) {
        Risks.Risk k = s.risk();
        table.row(Cell.text(c.riskNumber(k.id())), Cell.text(k.title()), Cell.text(k.category()), Cell.text(String.valueOf(k.likelihood())),
            Cell.text(String.valueOf(k.impact())), Cell.strong(String.valueOf(s.score())), level(s.level(), c),
            Cell.text(c.person(k.owner())))
            .key("risks.register", k.id());
        Blocks response = new Blocks();
        if (k.trigger() != null && !k.trigger().isBlank()) {
          response.paragraph(new Inline.Strong(c.label("risk_trigger")), new Inline.Text(c.label("colon") + k.trigger()));
        }
        response.labelled(c.label("risk_mitigation"), new Blocks().rich(c, "risks.register[" + k.id() + "].mitigation", k.mitigation()))
            .labelled(c.label("risk_contingency"), new Blocks().rich(c, "risks.register[" + k.id() + "].contingency", k.contingency()));
        if (!response.isEmpty()) {
          List<Inline> tag = List.of(new Inline.Tag(s.level().key(), c.label("risk_" + s.level().key())));
          responses.group("risk", new Blocks().add(new Block.Heading("", 4, c.riskNumber(k.id()) + " " + k.title(), tag))
              .add(response));
        }
      }
      register.add(table.build());
    }
    return new Blocks()
        .sub(c.heading(ID, "heatmap", "risks_heatmap"), heat)
        .sub(c.heading(ID, "register", "risks_register"), register)
        .sub(c.heading(ID, "responses", "risks_responses"), responses)
        .sub(c.heading(ID, "emergency", "risks_emergency"), new Blocks().rich(c, "risks.emergency_response", r.emergencyResponse()))
        .list();
  }

  /** The risks at one place of the heat map, by their numbers, in register order. */
  private static List<String> risksAt(RiskFigures f, int likelihood, int impact, Ctx c) {
    return f.register().stream()
        .filter(r -> r.risk().likelihood() == likelihood && r.risk().impact() == impact)
        .map(r -> c.riskNumber(r.risk().id()))
        .toList();
  }

  private static Cell level(RiskLevel level, Ctx c) {
    return Cell.tag(level.key(), c.label("risk_" + level.key()));
  }

  /** The heat map as a table of counts, for Markdown: likelihood down, impact 1–5 across. */
  private static Block heatTable(RiskFigures f, Ctx c) {
    // The same as the chart: each cell names its risks.
    TableBuilder t = new TableBuilder("heatmap")
        .column(c.label("risk_likelihood") + " / " + c.label("risk_impact"), Role.CENTER);
    for (int impact = 1; impact <= 5; impact++) {
      t.column(String.valueOf(impact), Role.CENTER);
    }
    for (RiskFigures.Row row : f.heatMap().rows()) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.strong(String.valueOf(row.likelihood())));
      row.cells().forEach(x -> cells.add(Cell.text(c.joined(risksAt(f, x.likelihood(), x.impact(), c)))));
      t.row(cells);
    }
    return t.build();
  }
}
