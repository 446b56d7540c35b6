package dev.planforge.validate.rules;

import dev.planforge.model.Plan;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.validate.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every {@code id} is unique within its list, so references are unambiguous. */
public final class UniqueIds implements Rule {

  @Override
  public void check(Plan plan, Reporter report) {
    unique(Lists.ids(plan.team(), Plan.TeamMember::id), PlanPath.of("team"), report);
    unique(Lists.ids(Lists.of(plan.overview(), o -> o.objectives()), o -> o.id()),
        PlanPath.of("overview", "objectives"), report);
    unique(Lists.ids(Lists.of(plan.targeting(), t -> t.segments()), s -> s.id()),
        PlanPath.of("targeting", "segments"), report);
    unique(Lists.ids(Lists.of(plan.tiering(), t -> t.dimensions()), d -> d.id()),
        PlanPath.of("tiering", "dimensions"), report);
    unique(Lists.ids(Lists.of(plan.tiering(), t -> t.tiers()), t -> t.id()), PlanPath.of("tiering", "tiers"), report);
    unique(Lists.ids(Lists.of(plan.tiering(), t -> t.customers()), c -> c.id()),
        PlanPath.of("tiering", "customers"), report);
    unique(Lists.ids(Lists.of(plan.strategy(), s -> s.pillars()), p -> p.id()),
        PlanPath.of("strategy", "pillars"), report);
    unique(Lists.ids(Lists.of(plan.actionPlan(), a -> a.tasks()), t -> t.id()),
        PlanPath.of("action_plan", "tasks"), report);
    unique(Lists.ids(Lists.of(plan.budget(), b -> b.items()), i -> i.id()), PlanPath.of("budget", "items"), report);
    unique(Lists.ids(Lists.of(plan.monitoring(), m -> m.kpis()), k -> k.id()),
        PlanPath.of("monitoring", "kpis"), report);
    unique(Lists.ids(Lists.of(plan.risks(), r -> r.register()), r -> r.id()), PlanPath.of("risks", "register"), report);
  }

  private static void unique(List<String> ids, PlanPath list, Reporter report) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i) == null) {
        continue;
      }
      Integer earlier = first.putIfAbsent(ids.get(i), i);
      if (earlier != null) {
        report.error("check.duplicateId", list.index(i).key("id"), "check.duplicateId", ids.get(i),
            list.index(earlier));
      }
    }
  }
}
