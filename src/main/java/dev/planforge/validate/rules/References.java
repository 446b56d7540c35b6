package dev.planforge.validate.rules;

import dev.planforge.model.Account;
import dev.planforge.model.ActionPlan;
import dev.planforge.model.Budget;
import dev.planforge.model.Monitoring;
import dev.planforge.model.Plan;
import dev.planforge.model.Risks;
import dev.planforge.model.Strategy;
import dev.planforge.model.Targeting;
import dev.planforge.model.Tiering;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.diagnostic.Suggestions;
import dev.planforge.validate.Rule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every reference names something the plan defines: owners are team ids, and segment, tier,
 * task, pillar, KPI, dimension and customer references name ids of their lists. A reference that
 * gives the name of what it means ({@code owner: 李主管} for the team member {@code li} of that
 * name) is told the id to write instead.
 */
public final class References implements Rule {

  /** The schema's reference types ({@code $defs}) and the kind of thing each names. */
  private static final Map<String, String> KINDS = Map.of(
      "teamRef", "owner", "segmentRef", "segment", "tierRef", "tier", "taskRef", "task", "pillarRef", "pillar",
      "kpiRef", "kpi");

  /** The kind of reference a schema {@code $defs} name stands for ({@code owner} for teamRef), or null. */
  public static String kindOf(String schemaDef) {
    return KINDS.get(schemaDef);
  }

  /**
   * Reports {@code id}, a reference of {@code kind} (from {@link #kindOf}) at {@code at} that names
   * nothing the plan defines — also when the schema found it malformed (a name with spaces), so
   * that the planner hears what to write, not what form an id has.
   */
  public static void unknown(Plan plan, String kind, String id, PlanPath at, Reporter report) {
    List<Named> named = named(plan, kind);
    report(id, set(named.stream().map(Named::id).toList()), named, kind, at, false, report);
  }

  /** Something a reference can name: its id, and the name (or title) people call it by. */
  private record Named(String id, String name) {}

  /** What references of {@code kind} can name, in the plan's order. */
  private static List<Named> named(Plan plan, String kind) {
    return switch (kind) {
      case "owner" -> plan.team().stream().map(t -> new Named(t.id(), t.name())).toList();
      case "segment" -> Lists.of(plan.targeting(), Targeting::segments).stream()
          .map(s -> new Named(s.id(), s.name())).toList();
      case "tier" -> Lists.of(plan.tiering(), Tiering::tiers).stream().map(t -> new Named(t.id(), t.name())).toList();
      case "task" -> Lists.of(plan.actionPlan(), ActionPlan::tasks).stream()
          .map(t -> new Named(t.id(), t.title())).toList();
      case "pillar" -> Lists.of(plan.strategy(), Strategy::pillars).stream()
          .map(p -> new Named(p.id(), p.name())).toList();
      case "kpi" -> Lists.of(plan.monitoring(), Monitoring::kpis).stream()
          .map(k -> new Named(k.id(), k.name())).toList();
      default -> List.of();
    };
  }

  @Override
  public void check(Plan plan, Reporter report) {
    Set<String> team = set(Lists.ids(plan.team(), Plan.TeamMember::id));
    Set<String> segments = set(Lists.ids(Lists.of(plan.targeting(), Targeting::segments), Targeting.Segment::id));
    List<Tiering.Tier> tierList = Lists.of(plan.tiering(), Tiering::tiers);
    Set<String> tiers = set(Lists.ids(tierList, Tiering.Tier::id));
    List<ActionPlan.Task> tasks = Lists.of(plan.actionPlan(), ActionPlan::tasks);
    Set<String> taskIds = set(Lists.ids(tasks, ActionPlan.Task::id));
    Set<String> pillars = set(Lists.ids(Lists.of(plan.strategy(), Strategy::pillars), Strategy.Pillar::id));
    Set<String> kpis = set(Lists.ids(Lists.of(plan.monitoring(), Monitoring::kpis), Monitoring.Kpi::id));
    Set<String> dimensions = set(Lists.ids(Lists.of(plan.tiering(), Tiering::dimensions), Tiering.Dimension::id));
    List<Tiering.Customer> customers = Lists.of(plan.tiering(), Tiering::customers);

    if (plan.overview() != null) {
      var objectives = plan.overview().objectives();
      for (int i = 0; i < objectives.size(); i++) {
        ref(plan, objectives.get(i).kpi(), kpis, "kpi", PlanPath.of("overview", "objectives", i, "kpi"), report);
      }
    }
    for (int i = 0; i < tierList.size(); i++) {
      ref(plan, tierList.get(i).owner(), team, "owner", PlanPath.of("tiering", "tiers", i, "owner"), report);
    }
    for (int i = 0; i < customers.size(); i++) {
      Tiering.Customer c = customers.get(i);
      PlanPath at = PlanPath.of("tiering", "customers", i);
      ref(plan, c.segment(), segments, "segment", at.key("segment"), report);
      for (String d : c.scores().keySet()) {
        ref(plan, d, dimensions, "dimension", at.key("scores").key(d), true, report);
      }
    }
    if (plan.targeting() != null) {
      var personas = plan.targeting().personas();
      for (int i = 0; i < personas.size(); i++) {
        ref(plan, personas.get(i).segment(), segments, "segment", PlanPath.of("targeting", "personas", i, "segment"),
            report);
      }
    }
    List<Account> accounts = plan.accounts();
    Set<String> customerKeys = set(Lists.ids(customers, Tiering.Customer::id));
    customerKeys.addAll(set(Lists.ids(customers, Tiering.Customer::name)));
    for (int i = 0; i < accounts.size(); i++) {
      PlanPath at = PlanPath.of("accounts", i);
      if (!customers.isEmpty()) { // without a customer list, an account names its customer freely
        ref(plan, accounts.get(i).customer(), customerKeys, "customer", at.key("customer"), report);
      }
      refs(plan, accounts.get(i).actions(), taskIds, "task", at.key("actions"), report);
    }
    if (plan.strategy() != null) {
      var list = plan.strategy().pillars();
      for (int i = 0; i < list.size(); i++) {
        refs(plan, list.get(i).tiers(), tiers, "tier", PlanPath.of("strategy", "pillars", i, "tiers"), report);
      }
    }
    for (int i = 0; i < tasks.size(); i++) {
      ActionPlan.Task t = tasks.get(i);
      PlanPath at = PlanPath.of("action_plan", "tasks", i);
      ref(plan, t.owner(), team, "owner", at.key("owner"), report);
      ref(plan, t.pillar(), pillars, "pillar", at.key("pillar"), report);
      refs(plan, t.dependsOn(), taskIds, "task", at.key("depends_on"), report);
    }
    List<Budget.Item> items = Lists.of(plan.budget(), Budget::items);
    for (int i = 0; i < items.size(); i++) {
      PlanPath at = PlanPath.of("budget", "items", i);
      ref(plan, items.get(i).task(), taskIds, "task", at.key("task"), report);
      ref(plan, items.get(i).tier(), tiers, "tier", at.key("tier"), report);
    }
    if (plan.monitoring() != null) {
      var list = plan.monitoring().kpis();
      for (int i = 0; i < list.size(); i++) {
        ref(plan, list.get(i).owner(), team, "owner", PlanPath.of("monitoring", "kpis", i, "owner"), report);
      }
      var reviews = plan.monitoring().reviews();
      for (int i = 0; i < reviews.size(); i++) {
        refs(plan, reviews.get(i).participants(), team, "owner",
            PlanPath.of("monitoring", "reviews", i, "participants"), report);
      }
    }
    List<Risks.Risk> risks = Lists.of(plan.risks(), Risks::register);
    for (int i = 0; i < risks.size(); i++) {
      ref(plan, risks.get(i).owner(), team, "owner", PlanPath.of("risks", "register", i, "owner"), report);
    }
  }

  private static void refs(
      Plan plan, List<String> ids, Set<String> known, String kind, PlanPath list, Reporter report) {
    for (int i = 0; i < ids.size(); i++) {
      ref(plan, ids.get(i), known, kind, list.index(i), report);
    }
  }

  private static void ref(Plan plan, String id, Set<String> known, String kind, PlanPath at, Reporter report) {
    ref(plan, id, known, kind, at, false, report);
  }

  private static void ref(
      Plan plan, String id, Set<String> known, String kind, PlanPath at, boolean atKey, Reporter report) {
    if (id != null && !known.contains(id)) {
      report(id, known, named(plan, kind), kind, at, atKey, report);
    }
  }

  private static void report(
      String id, Set<String> known, List<Named> named, String kind, PlanPath at, boolean atKey, Reporter report) {
    String kindName = report.messages().text("ref.kind." + kind);
    String meant = idNamed(id, named);
    if (meant != null) {
      // "write owner: li" for a field, "write li in its place" for an item of a list.
      boolean item = at.segments().get(at.segments().size() - 1) instanceof Integer;
      report.error("check.ref." + kind, at, item ? "ref.namedInList" : "ref.named", kindName, id, meant, at.last());
      return;
    }
    String where = report.messages().text("ref.where." + kind);
    report.errorSuggesting("check.ref." + kind, at, atKey, id, known,
        known.isEmpty() ? "ref.unknownEmpty" : "ref.unknown", kindName, id, where);
  }

  /**
   * The id of the one thing called {@code written} — exactly, or but for letter case and spaces —
   * or null when nothing or several things are.
   */
  private static String idNamed(String written, List<Named> named) {
    List<String> exact = named.stream().filter(n -> written.equals(n.name())).map(Named::id).distinct().toList();
    if (exact.size() == 1) {
      return exact.get(0);
    }
    if (!exact.isEmpty()) {
      return null;
    }
    String loose = Suggestions.sameWord(written,
        named.stream().map(Named::name).filter(n -> n != null).toList());
    List<String> ids = named.stream().filter(n -> n.name() != null && n.name().equals(loose)).map(Named::id)
        .distinct().toList();
    return ids.size() == 1 ? ids.get(0) : null;
  }

  private static Set<String> set(List<String> ids) {
    Set<String> set = new LinkedHashSet<>(ids);
    set.remove(null);
    return set;
  }
}
