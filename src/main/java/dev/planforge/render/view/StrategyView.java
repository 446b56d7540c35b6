package dev.planforge.render.view;

import dev.planforge.model.Strategy;
import java.util.ArrayList;
import java.util.List;

/** 客户关系策略: pillars and the customer lifecycle. */
public record StrategyView(
    Head head, Head pillarsHead, List<Pillar> pillars, Head lifecycleHead, List<Stage> lifecycle)
    implements SectionView {

  public record Pillar(String name, String objective, List<String> tactics, List<String> tiers) {}

  public record Stage(String stage, String goal, List<String> tactics) {}

  static StrategyView of(Strategy s, Ctx c) {
    String id = "strategy";
    Head head = c.section(id, "strategy");
    return new StrategyView(
        head,
        s.pillars().isEmpty() ? null : c.sub(id, "pillars", "strategy_pillars"),
        s.pillars().stream().map(p -> new Pillar(p.name(), p.objective(), p.tactics(), c.names(p.tiers(), c::tier))).toList(),
        s.lifecycle().isEmpty() ? null : c.sub(id, "lifecycle", "strategy_lifecycle"),
        s.lifecycle().stream().map(x -> new Stage(x.stage(), x.goal(), x.tactics())).toList());
  }

  @Override
  public List<Head> subs() {
    List<Head> subs = new ArrayList<>();
    SectionView.add(subs, pillarsHead, lifecycleHead);
    return subs;
  }
}
