package dev.planforge.render.view;

import dev.planforge.enrich.ActionPlanFigures;
import dev.planforge.model.ActionPlan;
import dev.planforge.model.PlanLocale;
import dev.planforge.render.chart.Gantt;
import freemarker.core.TemplateHTMLOutputModel;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** 行动计划: the timeline, where the tasks stand, the overdue ones and the task list. */
public record ActionPlanView(
    Head head,
    Head timelineHead,
    TemplateHTMLOutputModel gantt,
    Head statusHead,
    List<StatusRow> byStatus,
    String taskCount,
    String completion,
    String span,
    Head overdueHead,
    List<Task> overdue,
    String overdueNone,
    Head tasksHead,
    List<Task> tasks) implements SectionView {

  public record StatusRow(String key, String name, String count) {}

  /** A task row; {@code status} is the key (for the tag's colour), {@code statusName} its label. */
  public record Task(
      String id, String title, String owner, String start, String end, String days, String status,
      String statusName, String progress, boolean milestone, boolean overdue, List<String> deliverables,
      List<String> dependsOn) {}

  static ActionPlanView of(ActionPlan a, ActionPlanFigures f, Ctx c) {
    String id = "action_plan";
    Head head = c.section(id, "action_plan");
    List<Task> tasks = f.tasks().stream().map(t -> task(t, c)).toList();
    int total = f.byStatus().stream().mapToInt(ActionPlanFigures.StatusCount::count).sum();
    String gantt = f.span() == null ? null : gantt(f, c);
    return new ActionPlanView(
        head,
        gantt == null ? null : c.sub(id, "timeline", "action_timeline"),
        gantt == null ? null : Rich.trusted(gantt),
        c.sub(id, "status", "action_status"),
        f.byStatus().stream().map(s -> new StatusRow(s.status().key(), c.l.text("status_" + s.status().key()),
            c.fmt.integer(s.count()))).toList(),
        c.fmt.integer(total),
        f.completion() == null ? "" : c.fmt.percent(f.completion()),
        f.span() == null ? "" : c.fmt.date(f.span().start()) + " – " + c.fmt.date(f.span().end()),
        c.sub(id, "overdue", "action_overdue"),
        tasks.stream().filter(Task::overdue).toList(),
        c.l.text("overdue_none", c.fmt.longDate(c.plan.asOf())),
        tasks.isEmpty() ? null : c.sub(id, "tasks", "action_tasks"),
        tasks);
  }

  private static Task task(ActionPlanFigures.TaskFigures f, Ctx c) {
    ActionPlan.Task t = f.task();
    return new Task(t.id(), t.title(), c.person(t.owner()), c.fmt.date(t.start()), c.fmt.date(t.end()),
        c.fmt.integer(f.durationDays()), t.status().key(), c.l.text("status_" + t.status().key()),
        t.progress() == null ? "" : c.fmt.number(t.progress()) + "%", t.milestone(), f.overdue(), t.deliverables(),
        t.dependsOn());
  }

  private static String gantt(ActionPlanFigures f, Ctx c) {
    DateTimeFormatter month = c.plan.locale() == PlanLocale.ZH_CN
        ? DateTimeFormatter.ofPattern("M月", Locale.SIMPLIFIED_CHINESE)
        : DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    DateTimeFormatter monthYear = c.plan.locale() == PlanLocale.ZH_CN
        ? DateTimeFormatter.ofPattern("uuuu年M月", Locale.SIMPLIFIED_CHINESE)
        : DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    List<Gantt.Month> months = new ArrayList<>();
    LocalDate first = f.span().start().withDayOfMonth(1);
    LocalDate last = f.span().end().withDayOfMonth(1);
    long count = java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
    // Long plans get a tick every few months so the labels never collide.
    int step = count <= 14 ? 1 : count <= 28 ? 2 : count <= 42 ? 3 : 6;
    for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      boolean labelled = java.time.temporal.ChronoUnit.MONTHS.between(first, m) % step == 0;
      boolean withYear = m.equals(first) || m.getMonthValue() == 1;
      months.add(new Gantt.Month(m, !labelled ? "" : withYear && count > 12 ? monthYear.format(m) : month.format(m)));
    }
    List<Gantt.Task> tasks = f.tasks().stream().map(t -> new Gantt.Task(
        t.task().id() + "  " + t.task().title(), t.task().start(), t.task().end(), t.task().status().key(),
        t.task().progress() == null ? null : t.task().progress().doubleValue(), t.task().milestone(), t.overdue())).toList();
    List<Gantt.Legend> legend = Arrays.stream(ActionPlan.Status.values())
        .map(s -> new Gantt.Legend(s.key(), c.l.text("status_" + s.key()))).toList();
    return Gantt.render(c.l.text("action_timeline"), tasks, months, c.plan.asOf(),
        c.l.text("as_of_line", c.fmt.monthDay(c.plan.asOf())), legend, c.l.text("task_milestone"));
  }

  @Override
  public List<Head> subs() {
    List<Head> subs = new ArrayList<>();
    SectionView.add(subs, timelineHead, statusHead, overdueHead, tasksHead);
    return subs;
  }
}
