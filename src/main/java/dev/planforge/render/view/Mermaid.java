package dev.planforge.render.view;

import dev.planforge.enrich.ActionPlanFigures;
import dev.planforge.enrich.BudgetFigures;

/**
 * The charts that Markdown readers' git hosts can draw (GitHub, GitLab), as Mermaid source: the
 * action plan's Gantt chart and the budget by category as a pie.
 */
final class Mermaid {

  private Mermaid() {}

  static String gantt(ActionPlanFigures f) {
    StringBuilder m = new StringBuilder("gantt\n    dateFormat YYYY-MM-DD\n    axisFormat %m-%d\n");
    m.append("    todayMarker off\n");
    for (ActionPlanFigures.TaskFigures t : f.tasks()) {
      String tags = switch (t.task().status()) {
        case DONE -> "done, ";
        case IN_PROGRESS -> "active, ";
        case BLOCKED -> "crit, ";
        default -> "";
      };
      m.append("    ").append(text(t.task().id() + " " + t.task().title())).append(" :").append(tags)
          .append(id(t.task().id())).append(", ").append(t.task().start()).append(", ")
          .append(t.durationDays()).append("d\n");
      if (t.task().milestone()) {
        // A milestone is reached when its task ends: a diamond on the task's last day.
        m.append("    ◆ ").append(text(t.task().id())).append(" :milestone, ")
            .append(id(t.task().id())).append("_m, ").append(t.task().end()).append(", 0d\n");
      }
    }
    return m.toString();
  }

  /** The budget by category as a pie, or "" when there is nothing to divide. */
  static String pie(BudgetFigures f, String title, String unassigned) {
    if (f.byCategory().groups().isEmpty() || f.subtotal().signum() == 0) {
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
