package dev.planforge.enrich;

import dev.planforge.model.ActionPlan;
import dev.planforge.model.Plan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Computes {@link ActionPlanFigures}: durations, status counts, completion, overdue, span, owners. */
final class TaskSchedule {

  private TaskSchedule() {}

  static ActionPlanFigures compute(Plan plan) {
    ActionPlan actionPlan = plan.actionPlan();
    if (actionPlan == null) {
      return null;
    }
    List<ActionPlanFigures.TaskFigures> tasks = new ArrayList<>();
    List<ActionPlan.Task> overdue = new ArrayList<>();
    Map<ActionPlan.Status, Integer> byStatus = new EnumMap<>(ActionPlan.Status.class);
    for (ActionPlan.Status s : ActionPlan.Status.values()) {
      byStatus.put(s, 0);
    }
    LocalDate start = null;
    LocalDate end = null;
    for (ActionPlan.Task t : actionPlan.tasks()) {
      boolean late = isOverdue(t, plan.asOf());
      tasks.add(new ActionPlanFigures.TaskFigures(t, ChronoUnit.DAYS.between(t.start(), t.end()) + 1, late));
      if (late) {
        overdue.add(t);
      }
      byStatus.merge(t.status(), 1, Integer::sum);
      start = start == null || t.start().isBefore(start) ? t.start() : start;
      end = end == null || t.end().isAfter(end) ? t.end() : end;
    }
    int done = byStatus.get(ActionPlan.Status.DONE);
    int counted = tasks.size() - byStatus.get(ActionPlan.Status.CANCELLED);
    return new ActionPlanFigures(
        tasks,
        byStatus.entrySet().stream().map(e -> new ActionPlanFigures.StatusCount(e.getKey(), e.getValue())).toList(),
        counted == 0 ? null : Decimals.percent(done, counted),
        overdue,
        start == null ? null : new ActionPlanFigures.Span(start, end),
        byOwner(plan, tasks));
  }

  /** Past its end at {@code as_of} (the end day itself still counts as on time) and still open. */
  static boolean isOverdue(ActionPlan.Task task, LocalDate asOf) {
    return task.end().isBefore(asOf) && isOpen(task);
  }

  private static boolean isOpen(ActionPlan.Task task) {
    return task.status() != ActionPlan.Status.DONE && task.status() != ActionPlan.Status.CANCELLED;
  }

  /** Owners in the order of the team list, so the table reads like it; owners without tasks left out. */
  private static List<ActionPlanFigures.OwnerCount> byOwner(Plan plan, List<ActionPlanFigures.TaskFigures> tasks) {
    Map<String, String> names = new HashMap<>();
    Map<String, List<ActionPlan.Task>> byOwner = new LinkedHashMap<>();
    for (Plan.TeamMember m : plan.team()) {
      names.putIfAbsent(m.id(), m.name());
      byOwner.putIfAbsent(m.id(), new ArrayList<>());
    }
    tasks.forEach(f -> byOwner.computeIfAbsent(f.task().owner(), k -> new ArrayList<>()).add(f.task()));
    List<ActionPlanFigures.OwnerCount> out = new ArrayList<>();
    byOwner.forEach((owner, owned) -> {
      if (!owned.isEmpty()) {
        out.add(new ActionPlanFigures.OwnerCount(owner, names.getOrDefault(owner, owner), owned.size(),
            count(owned, t -> t.status() == ActionPlan.Status.DONE),
            count(owned, TaskSchedule::isOpen),
            count(owned, t -> isOverdue(t, plan.asOf()))));
      }
    });
    return out;
  }

  private static int count(List<ActionPlan.Task> tasks, Predicate<ActionPlan.Task> which) {
    return (int) tasks.stream().filter(which).count();
  }
}
