package dev.planforge.validate.rules;

import dev.planforge.model.ActionPlan;
import dev.planforge.model.Plan;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.validate.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code depends_on} never loops back: each cycle is reported once, at its first task. */
public final class DependencyCycles implements Rule {

  @Override
  public void check(Plan plan, Reporter report) {
    List<ActionPlan.Task> tasks = Lists.of(plan.actionPlan(), ActionPlan::tasks);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < tasks.size(); i++) {
      index.putIfAbsent(tasks.get(i).id(), i);
    }
    int[] state = new int[tasks.size()]; // 0 unseen, 1 on the current path, 2 finished
    Set<String> reported = new HashSet<>();
    for (int i = 0; i < tasks.size(); i++) {
      if (state[i] == 0) {
        visit(i, tasks, index, state, new ArrayList<>(), reported, report);
      }
    }
  }

  private static void visit(int i, List<ActionPlan.Task> tasks, Map<String, Integer> index, int[] state,
      List<Integer> path, Set<String> reported, Reporter report) {
    state[i] = 1;
    path.add(i);
    List<String> deps = tasks.get(i).dependsOn();
    for (int d = 0; d < deps.size(); d++) {
      Integer j = index.get(deps.get(d));
      if (j == null) {
        continue; // an unknown id is the reference rule's to report
      }
      if (state[j] == 1) {
        List<Integer> cycle = path.subList(path.indexOf(j), path.size());
        StringBuilder chain = new StringBuilder();
        int first = cycle.stream().min(Integer::compare).orElseThrow();
        for (int k : cycle) {
          chain.append(tasks.get(k).id()).append(" → ");
        }
        chain.append(tasks.get(j).id());
        String key = cycle.stream().sorted().toList().toString();
        if (reported.add(key)) {
          if (cycle.size() == 1) {
            report.error("check.cycle", PlanPath.of("action_plan", "tasks", i, "depends_on", d),
                "check.selfDependency", tasks.get(i).id());
          } else {
            PlanPath at = first == i
                ? PlanPath.of("action_plan", "tasks", i, "depends_on", d)
                : PlanPath.of("action_plan", "tasks", first, "depends_on");
            report.error("check.cycle", at, "check.cycle", chain);
          }
        }
      } else if (state[j] == 0) {
        visit(j, tasks, index, state, path, reported, report);
      }
    }
    path.remove(path.size() - 1);
    state[i] = 2;
  }
}
