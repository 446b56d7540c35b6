package dev.planforge.enrich;

import dev.planforge.model.ActionPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where the action plan stands at {@code as_of}.
 *
 * @param tasks every task with its duration and whether it is overdue, in plan order
 * @param byStatus how many tasks have each status, every status listed in the order of {@link
 *     ActionPlan.Status}, zeros included
 * @param completion done tasks in percent of the tasks not cancelled, HALF_UP to 1 decimal; null
 *     when every task is cancelled (or there are none)
 * @param overdue the tasks whose {@code end} lies before {@code as_of} and that are neither done
 *     nor cancelled, in plan order
 * @param span from the earliest start to the latest end; null without tasks
 * @param byOwner per owner, in the order of the team list
 */
public record ActionPlanFigures(
    List<TaskFigures> tasks,
    List<StatusCount> byStatus,
    BigDecimal completion,
    List<ActionPlan.Task> overdue,
    Span span,
    List<OwnerCount> byOwner) {

  public ActionPlanFigures {
    tasks = List.copyOf(tasks);
    byStatus = List.copyOf(byStatus);
    overdue = List.copyOf(overdue);
    byOwner = List.copyOf(byOwner);
  }

  /**
   * A task and its figures.
   *
   * @param durationDays {@code end − start + 1}: both days count
   * @param overdue whether it is in {@link ActionPlanFigures#overdue}
   */
  public record TaskFigures(ActionPlan.Task task, long durationDays, boolean overdue) {}

  public record StatusCount(ActionPlan.Status status, int count) {}

  /** Both days inclusive. */
  public record Span(LocalDate start, LocalDate end) {

    public long days() {
      return ChronoUnit.DAYS.between(start, end) + 1;
    }
  }

  /**
   * One owner's tasks.
   *
   * @param owner the team id
   * @param name the team member's name (the id when the team list does not name it)
   * @param count all of the owner's tasks
   * @param done those done
   * @param open those neither done nor cancelled
   * @param overdue those overdue
   */
  public record OwnerCount(String owner, String name, int count, int done, int open, int overdue) {}
}
