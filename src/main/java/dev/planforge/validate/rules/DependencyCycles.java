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
        visit(i, tasks, index, state, reported, report);
      }
    }
  }

  /**
   * Depth first from {@code root}, with a stack of its own rather than the thread's: a chain of
   * tens of thousands of tasks, each depending on the next, overflowed the thread's stack.
   */
  private static void visit(int root, List<ActionPlan.Task> tasks, Map<String, Integer> index, int[] state,
      Set<String> reported, Reporter report) {
    List<Integer> path = new ArrayList<>(); // the tasks on the current path, root first
    List<Integer> next = new ArrayList<>(); // per task on the path, the dependency to look at next
    int[] onPath = new int[tasks.size()]; // where a task with state 1 stands on the path
    state[root] = 1;
    path.add(root);
    next.add(0);
    while (!path.isEmpty()) {
      int top = path.size() - 1;
      int i = path.get(top);
      int d = next.get(top);
      List<String> deps = tasks.get(i).dependsOn();
      if (d == deps.size()) {
        path.remove(top);
        next.remove(top);
        state[i] = 2;
        continue;
      }
      next.set(top, d + 1);
      Integer j = index.get(deps.get(d));
      if (j == null) {
        continue; // an unknown id is the reference rule's to report
      }
      if (state[j] == 1) {
        cycle(path.subList(onPath[j], path.size()), i, d, j, tasks, reported, report);
      } else if (state[j] == 0) {
        state[j] = 1;
        onPath[j] = path.size();
        path.add(j);
        next.add(0);
      }
    }
  }

  /** The cycle {@code cycle} closed by dependency {@code d} of task {@code i} on task {@code j}. */
  private static void cycle(List<Integer> cycle, int i, int d, int j, List<ActionPlan.Task> tasks,
      Set<String> reported, Reporter report) {
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
  }
}
