package dev.planforge.render.view;

import dev.planforge.enrich.ActionPlanFigures;
import dev.planforge.enrich.BudgetFigures;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What only the Markdown output needs: the heading anchors a git host generates (so the contents
 * list links work), and the charts as Mermaid diagrams, which GitHub and GitLab draw.
 *
 * @param anchors the anchor of each heading id, as GitHub's slugger makes it from the heading text
 * @param gantt Mermaid {@code gantt} source of the action plan, or null
 * @param budgetPie Mermaid {@code pie} source of the budget by category, or null
 */
public record MarkdownView(Map<String, String> anchors, String gantt, String budgetPie) {

  /** The anchor of a heading, for {@code [text](#anchor)}. */
  public String anchor(Head head) {
    return anchors.getOrDefault(head.id(), head.id());
  }

  static MarkdownView of(String title, SummaryView summary, List<SectionView> sections, ActionPlanFigures tasks,
      BudgetFigures budget, Ctx c) {
    Map<String, String> anchors = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    slug(title, seen);
    if (summary != null) {
      anchors.put(summary.head().id(), slug(summary.head().full(), seen));
    }
    for (SectionView s : sections) {
      anchors.put(s.head().id(), slug(s.head().full(), seen));
      for (Head h : s.subs()) {
        anchors.put(h.id(), slug(h.full(), seen));
      }
    }
    return new MarkdownView(anchors, gantt(tasks, c), pie(budget, c));
  }

  /** GitHub's heading slug: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
  static String slug(String heading, Map<String, Integer> seen) {
    StringBuilder b = new StringBuilder();
    heading.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
      if (cp == ' ') {
        b.append('-');
      } else if (cp == '-' || cp == '_' || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
          || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
        b.appendCodePoint(cp);
      }
    });
    String base = b.toString();
    int n = seen.merge(base, 1, Integer::sum) - 1;
    return n == 0 ? base : base + "-" + n;
  }

  private static String gantt(ActionPlanFigures f, Ctx c) {
    if (f == null || f.tasks().isEmpty()) {
      return null;
    }
    StringBuilder m = new StringBuilder("gantt\n    dateFormat YYYY-MM-DD\n    axisFormat %m-%d\n");
    m.append("    todayMarker off\n");
    for (ActionPlanFigures.TaskFigures t : f.tasks()) {
      String tags = switch (t.task().status()) {
        case DONE -> "done, ";
        case IN_PROGRESS -> "active, ";
        case BLOCKED -> "crit, ";
        default -> "";
      };
      m.append("    ").append(mermaidText(t.task().id() + " " + t.task().title())).append(" :").append(tags)
          .append(mermaidId(t.task().id())).append(", ").append(t.task().start()).append(", ")
          .append(t.durationDays()).append("d\n");
      if (t.task().milestone()) {
        // A milestone is reached when its task ends: a diamond on the task's last day.
        m.append("    ◆ ").append(mermaidText(t.task().id())).append(" :milestone, ")
            .append(mermaidId(t.task().id())).append("_m, ").append(t.task().end()).append(", 0d\n");
      }
    }
    return m.toString();
  }

  private static String pie(BudgetFigures f, Ctx c) {
    if (f == null || f.byCategory().groups().isEmpty() || f.subtotal().signum() == 0) {
      return null;
    }
    StringBuilder m = new StringBuilder("pie showData\n    title ").append(mermaidText(c.l.text("chart_budget_category"))).append('\n');
    for (BudgetFigures.Group g : f.byCategory().groups()) {
      m.append("    \"").append(mermaidText(g.unassigned() ? c.l.text("budget_unassigned") : g.name()).replace("\"", "'"))
          .append("\" : ").append(g.amount().toPlainString()).append('\n');
    }
    return m.toString();
  }

  /** Plan text inside a Mermaid line: its separators (: ; #) and line breaks would end the item. */
  private static String mermaidText(String s) {
    return s.replace(':', '：').replace(';', '；').replace("#", "＃").replace('\n', ' ').replace('\r', ' ');
  }

  private static String mermaidId(String id) {
    return "t_" + id.replaceAll("[^A-Za-z0-9_]", "_");
  }
}
