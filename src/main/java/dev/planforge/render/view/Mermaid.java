package dev.planforge.render.view;

import dev.planforge.enrich.ActionPlanFigures;
import dev.planforge.enrich.BudgetFigures;
import dev.planforge.model.ActionPlan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The charts that Markdown readers' git hosts can draw (GitHub, GitLab), as Mermaid source: the
 * action plan's Gantt chart and the budget by category as a pie.
 */
final class Mermaid {

  private Mermaid() {}

  /**
   * @param section the section a task is drawn in (its pillar's name, say); tasks are grouped by
   *     it in the order sections first appear
   * @param label what a task is called on its row (its number and title)
   */
  static String gantt(ActionPlanFigures f, java.util.function.Function<ActionPlanFigures.TaskFigures, String> section,
      java.util.function.Function<ActionPlanFigures.TaskFigures, String> label) {
    StringBuilder m = new StringBuilder("gantt\n    dateFormat YYYY-MM-DD\n    axisFormat %m-%d\n");
    m.append("    todayMarker off\n");
    java.util.Map<String, List<ActionPlanFigures.TaskFigures>> sections = new java.util.LinkedHashMap<>();
    f.tasks().forEach(t -> sections.computeIfAbsent(section.apply(t), k -> new java.util.ArrayList<>()).add(t));
    for (var s : sections.entrySet()) {
      m.append("    section ").append(text(s.getKey())).append('\n');
      tasks(m, s.getValue(), label);
    }
    return m.toString();
  }

  /**
   * A row of the timeline that stands for several tasks (a pillar's, or a run of them in list
   * order).
   */
  record Group(String label, List<ActionPlanFigures.TaskFigures> tasks) {}

  /**
   * The timeline of a plan with more tasks than a chart can show one per row, as the SVG chart
   * draws it: one bar per group, from its first start to its last end, marked by its most pressing
   * status (blocked, in progress, all done). Mermaid refuses a diagram over 50,000 characters,
   * which a row per task reached at about 700 tasks; this stays one line per group, whatever the
   * count.
   */
  static String groups(List<Group> groups) {
    StringBuilder m = new StringBuilder("gantt\n    dateFormat YYYY-MM-DD\n    axisFormat %m-%d\n");
    m.append("    todayMarker off\n");
    int n = 0;
    for (Group g : groups) {
      LocalDate start = g.tasks().stream().map(t -> t.task().start()).min(Comparator.naturalOrder()).orElseThrow();
      LocalDate end = g.tasks().stream().map(t -> t.task().end()).max(Comparator.naturalOrder()).orElseThrow();
      boolean blocked = g.tasks().stream().anyMatch(t -> t.task().status() == ActionPlan.Status.BLOCKED);
      boolean active = g.tasks().stream().anyMatch(t -> t.task().status() == ActionPlan.Status.IN_PROGRESS);
      boolean done = g.tasks().stream().allMatch(t -> t.task().status() == ActionPlan.Status.DONE);
      String tags = blocked ? "crit, " : active ? "active, " : done ? "done, " : "";
      m.append("    ").append(text(g.label())).append(" :").append(tags).append("g").append(++n).append(", ")
          .append(start).append(", ").append(ChronoUnit.DAYS.between(start, end) + 1).append("d\n");
    }
    return m.toString();
  }

  private static void tasks(StringBuilder m, List<ActionPlanFigures.TaskFigures> tasks,
      java.util.function.Function<ActionPlanFigures.TaskFigures, String> label) {
    for (ActionPlanFigures.TaskFigures t : tasks) {
      String tags = switch (t.task().status()) {
        case DONE -> "done, ";
        case IN_PROGRESS -> "active, ";
        case BLOCKED -> "crit, ";
        default -> "";
      };
      m.append("    ").append(text(label.apply(t))).append(" :").append(tags)
          .append(id(t.task().id())).append(", ").append(t.task().start()).append(", ")
          .append(t.durationDays()).append("d\n");
      if (t.task().milestone()) {
        // A milestone is reached when its task ends: a diamond on the task's last day.
        m.append("    ◆ ").append(text(label.apply(t))).append(" :milestone, ")
            .append(id(t.task().id())).append("_m, ").append(t.task().end()).append(", 0d\n");
      }
    }
  }

  /** More slices than this make an unreadable pie; the table beside it says it all then. */
  private static final int MOST_SLICES = 6;

  /** The budget by category as a pie, or "" when there is nothing to divide or too much. */
  static String pie(BudgetFigures f, String title, String unassigned) {
    if (f.byCategory().groups().isEmpty() || f.byCategory().groups().size() > MOST_SLICES || f.subtotal().signum() == 0) {
      return "";
    }
    StringBuilder m = new StringBuilder("pie showData\n    title ").append(text(title)).append('\n');
    for (BudgetFigures.Group g : f.byCategory().groups()) {
      m.append("    \"").append(text(g.unassigned() ? unassigned : g.name()).replace("\"", "'"))
          .append("\" : ").append(g.amount().toPlainString()).append('\n');
    }
    return m.toString();
  }

  /** Plan text inside a Mermaid line: its separators (: ; #) and line breaks would end the item. */
  private static String text(String s) {
    return s.replace(':', '：').replace(';', '；').replace("#", "＃").replace('\n', ' ').replace('\r', ' ');
  }

  private static String id(String id) {
    return "t_" + id.replaceAll("[^A-Za-z0-9_]", "_");
  }
}
