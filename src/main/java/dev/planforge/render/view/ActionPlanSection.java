package dev.planforge.render.view;

import dev.planforge.enrich.ActionPlanFigures;
import dev.planforge.model.ActionPlan;
import dev.planforge.model.PlanLocale;
import dev.planforge.render.chart.Gantt;
import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Cell;
import dev.planforge.render.doc.Column.Role;
import dev.planforge.render.doc.Inline;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** 行动计划: the timeline, where the tasks stand, the overdue ones and the task list. */
final class ActionPlanSection {

  private static final String ID = "action_plan";

  private ActionPlanSection() {}

  static List<Block> blocks(ActionPlanFigures f, Ctx c) {
    Blocks blocks = new Blocks();
    if (f.span() != null) {
      Timeline timeline = gantt(f, c);
      blocks.sub(c.heading(ID, "timeline", "action_timeline"), new Blocks().add(c.figure("action-gantt",
          timeline.caption(), timeline.svg(), timeline.mermaid(), List.of())));
    }
    TableBuilder status = new TableBuilder("task-status").keep()
        .column(c.label("task_status"), Role.STATUS)
        .column(c.label("status_count"), Role.NUMBER);
    int total = 0;
    for (ActionPlanFigures.StatusCount s : f.byStatus()) {
      status.row(Cell.tag(s.status().key(), c.label("status_" + s.status().key())), Cell.text(c.fmt.integer(s.count())));
      total += s.count();
    }
    status.foot(Cell.strong(c.label("budget_total")), Cell.strong(c.fmt.integer(total)));
    Blocks.Facts totals = new Blocks.Facts("totals")
        .add(c.label("completion"), Cell.text(c.fmt.percent(f.completion())), "")
        .add(c.label("span"), Cell.text(f.span() == null ? null
            : c.fmt.date(f.span().start()) + " – " + c.fmt.date(f.span().end())), "");
    blocks.sub(c.heading(ID, "status", "action_status"), new Blocks()
        .add(status.build())
        .add(totals.build())
        .callout("note", f.completion() == null ? null : c.label("completion_note")));

    List<ActionPlanFigures.TaskFigures> overdue = f.tasks().stream().filter(ActionPlanFigures.TaskFigures::overdue).toList();
    if (!f.tasks().isEmpty()) {
      blocks.sub(c.heading(ID, "overdue", "action_overdue"), overdue.isEmpty()
          ? new Blocks().paragraph(new Inline.Text(c.label("overdue_none", c.fmt.date(c.plan.asOf()))))
          : new Blocks().add(tasks(overdue, c)));
      blocks.sub(c.heading(ID, "tasks", "action_tasks"), new Blocks().add(tasks(f.tasks(), c)));
    }
    return blocks.list();
  }

  private static Block tasks(List<ActionPlanFigures.TaskFigures> tasks, Ctx c) {
    TableBuilder table = new TableBuilder("tasks")
        .column(c.label("task_id"), Role.NUMBER)
        .column(c.label("task_title"), Role.TEXT)
        .column(c.label("task_owner"), Role.NAME)
        .column(c.label("task_dates"), Role.DATE)
        .column(c.label("task_days"), Role.NUMBER)
        .column(c.label("task_status"), Role.STATUS);
    for (ActionPlanFigures.TaskFigures f : tasks) {
      ActionPlan.Task t = f.task();
      Cell title = Cell.text(t.title())
          .with(t.milestone() ? new Inline.Mark("◆", c.label("task_milestone")) : null,
              t.deliverables().isEmpty() ? null : new Inline.Note(c.label("task_deliverables") + c.label("colon")
                  + c.joined(t.deliverables())));
      table.styledRow(f.overdue() ? "overdue" : "", Cell.text(c.taskNumber(t.id())), title, Cell.text(c.person(t.owner())),
          Cell.text(c.fmt.dateRange(t.start(), t.end())), Cell.text(c.fmt.integer(f.durationDays())),
          // Progress beside the status it qualifies: one column fewer for the task's title.
          Cell.tag(t.status().key(), c.label("status_" + t.status().key()))
              .with(t.progress() == null ? null : new Inline.Text(" " + c.fmt.number(t.progress()) + "%")))
          .key("action_plan.tasks", t.id());
    }
    return table.build();
  }

  /**
   * The timeline as the SVG chart, its caption (which says how a chart of many tasks groups them),
   * and the Mermaid source the Markdown draws it with.
   */
  private record Timeline(String svg, String caption, String mermaid) {}

  /**
   * One row per task, or for more than {@link Gantt#MOST_ROWS} tasks one row per pillar (when
   * the tasks have two or more) or per run of tasks in list order: a chart of thousands of rows
   * took most of a big plan's render and could not be read.
   */
  private static Timeline gantt(ActionPlanFigures f, Ctx c) {
    Gantt.Labels labels = c.plan.locale() == PlanLocale.ZH_CN
        ? new Gantt.Labels(DateTimeFormatter.ofPattern("M月", Locale.SIMPLIFIED_CHINESE),
            DateTimeFormatter.ofPattern("uuuu年", Locale.SIMPLIFIED_CHINESE))
        : new Gantt.Labels(DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH), DateTimeFormatter.ofPattern("uuuu", Locale.ENGLISH));
    List<Gantt.Legend> legend = Arrays.stream(ActionPlan.Status.values())
        .map(s -> new Gantt.Legend(s.key(), c.label("status_" + s.key()))).toList();
    Gantt.Axis axis = Gantt.Axis.of(f.span().start(), f.span().end(), labels);
    String asOf = c.label("as_of_line", c.fmt.date(c.plan.asOf()));
    String title = c.label("action_timeline");
    if (f.tasks().size() <= Gantt.MOST_ROWS) {
      List<Gantt.Task> tasks = f.tasks().stream().map(t -> task(t, c)).toList();
      return new Timeline(Gantt.render(title, tasks, axis, c.plan.asOf(), asOf, legend, c.label("task_milestone")), title,
          Mermaid.gantt(f, t -> t.task().pillar() == null ? c.label("action_tasks") : c.pillar(t.task().pillar()),
              t -> c.taskNumber(t.task().id()) + " " + t.task().title()));
    }
    Map<String, List<ActionPlanFigures.TaskFigures>> byPillar = new LinkedHashMap<>();
    List<ActionPlanFigures.TaskFigures> withoutPillar = new ArrayList<>();
    for (ActionPlanFigures.TaskFigures t : f.tasks()) {
      String pillar = t.task().pillar();
      (pillar == null ? withoutPillar : byPillar.computeIfAbsent(pillar, k -> new ArrayList<>())).add(t);
    }
    int groups = byPillar.size() + (withoutPillar.isEmpty() ? 0 : 1);
    List<Mermaid.Group> rows = new ArrayList<>();
    String caption;
    if (groups >= 2 && groups <= Gantt.MOST_ROWS) {
      byPillar.forEach((pillar, tasks) -> rows.add(new Mermaid.Group(
          c.label("action_timeline_lane", c.pillar(pillar), c.fmt.integer(tasks.size())), tasks)));
      if (!withoutPillar.isEmpty()) {
        rows.add(new Mermaid.Group(c.label("action_timeline_lane", c.label("action_timeline_other"),
            c.fmt.integer(withoutPillar.size())), withoutPillar));
      }
      caption = c.label("action_timeline_pillars", c.fmt.integer(f.tasks().size()));
    } else {
      int run = runLength(f.tasks().size());
      for (int from = 0; from < f.tasks().size(); from += run) {
        List<ActionPlanFigures.TaskFigures> part = f.tasks().subList(from, Math.min(f.tasks().size(), from + run));
        rows.add(new Mermaid.Group(c.label("action_timeline_run", c.taskNumber(part.get(0).task().id()),
            c.taskNumber(part.get(part.size() - 1).task().id())), part));
      }
      caption = c.label("action_timeline_runs", c.fmt.integer(f.tasks().size()), c.fmt.integer(run));
    }
    List<Gantt.Lane> lanes = rows.stream()
        .map(g -> new Gantt.Lane(g.label(), g.tasks().stream().map(t -> task(t, c)).toList())).toList();
    return new Timeline(Gantt.lanes(title, lanes, axis, c.plan.asOf(), asOf, legend, c.label("task_milestone")), caption,
        Mermaid.groups(rows));
  }

  /** Rows of runs of tasks: at most 40 of them, each a round number of tasks (10, 20, 25, 50, 100 …). */
  static int runLength(int tasks) {
    int least = Math.max(10, (tasks + 39) / 40);
    for (int decade = 10; ; decade *= 10) {
      for (int step : new int[] {decade, decade * 2, decade * 5 / 2, decade * 5}) {
        if (step >= least) {
          return step;
        }
      }
    }
  }

  private static Gantt.Task task(ActionPlanFigures.TaskFigures t, Ctx c) {
    return new Gantt.Task(c.taskNumber(t.task().id()) + "  " + t.task().title(), t.task().start(), t.task().end(),
        t.task().status().key(), t.task().progress() == null ? null : t.task().progress().doubleValue(),
        t.task().milestone(), t.overdue());
  }
}
