package dev.planforge.render.view;

import dev.planforge.enrich.RiskFigures;
import dev.planforge.enrich.RiskLevel;
import dev.planforge.model.Risks;
import dev.planforge.render.chart.HeatMap;
import freemarker.core.TemplateHTMLOutputModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** 风险管理: the heat map, the register ranked by score, the responses and emergency response. */
public record RisksView(
    Head head,
    Head heatmapHead,
    TemplateHTMLOutputModel heatmap,
    Head registerHead,
    List<Risk> register,
    Head responsesHead,
    Head emergencyHead,
    Rich emergency,
    List<HeatRow> heat) implements SectionView {

  /** A row of the heat map as text (for Markdown): likelihood, then the count per impact 1–5. */
  public record HeatRow(String likelihood, List<HeatCell> cells) {}

  public record HeatCell(String count, String level) {}

  /** {@code level} is the key (for the tag's colour), {@code levelName} its label. */
  public record Risk(
      String id, String title, String category, String likelihood, String impact, String score, String level,
      String levelName, String owner, String trigger, Rich mitigation, Rich contingency) {

    public boolean hasResponse() {
      return mitigation != null || contingency != null || trigger != null;
    }
  }

  static RisksView of(Risks r, RiskFigures f, Ctx c) {
    String id = "risks";
    Head head = c.section(id, "risks");
    List<Risk> ranked = f.ranked().stream().map(s -> {
      Risks.Risk k = s.risk();
      return new Risk(k.id(), k.title(), k.category(), String.valueOf(k.likelihood()), String.valueOf(k.impact()),
          String.valueOf(s.score()), s.level().key(), c.l.text("risk_" + s.level().key()), c.person(k.owner()),
          k.trigger(), c.rich(k.mitigation()), c.rich(k.contingency()));
    }).toList();
    String heatmap = f.register().isEmpty() ? null : HeatMap.render(c.l.text("risks_heatmap"),
        f.heatMap().rows().stream().map(row -> row.cells().stream()
            .map(x -> new HeatMap.Cell(x.likelihood(), x.impact(), x.count(), x.level().key())).toList()).toList(),
        c.l.text("heatmap_likelihood"), c.l.text("heatmap_impact"),
        Arrays.stream(RiskLevel.values()).map(l -> new HeatMap.Legend(l.key(), c.l.text("risk_" + l.key() + "_legend"))).toList());
    Rich emergency = c.rich(r.emergencyResponse());
    return new RisksView(
        head,
        heatmap == null ? null : c.sub(id, "heatmap", "risks_heatmap"),
        heatmap == null ? null : Rich.trusted(heatmap),
        ranked.isEmpty() ? null : c.sub(id, "register", "risks_register"),
        ranked,
        ranked.stream().anyMatch(Risk::hasResponse) ? c.sub(id, "responses", "risks_responses") : null,
        emergency == null ? null : c.sub(id, "emergency", "risks_emergency"),
        emergency,
        f.heatMap().rows().stream().map(row -> new HeatRow(String.valueOf(row.likelihood()), row.cells().stream()
            .map(x -> new HeatCell(x.count() == 0 ? "" : String.valueOf(x.count()), c.l.text("risk_" + x.level().key())))
            .toList())).toList());
  }

  @Override
  public List<Head> subs() {
    List<Head> subs = new ArrayList<>();
    SectionView.add(subs, heatmapHead, registerHead, responsesHead, emergencyHead);
    return subs;
  }
}
