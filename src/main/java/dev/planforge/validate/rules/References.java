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
import dev.planforge.validate.Rule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every reference names something the plan defines: owners are team ids, and segment, tier,
 * task, pillar, KPI, dimension and customer references name ids of their lists.
 */
public final class References implements Rule {

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
        ref(objectives.get(i).kpi(), kpis, "kpi", PlanPath.of("overview", "objectives", i, "kpi"), report);
      }
    }
    for (int i = 0; i < tierList.size(); i++) {
      ref(tierList.get(i).owner(), team, "owner", PlanPath.of("tiering", "tiers", i, "owner"), report);
    }
    for (int i = 0; i < customers.size(); i++) {
      Tiering.Customer c = customers.get(i);
      PlanPath at = PlanPath.of("tiering", "customers", i);
      ref(c.segment(), segments, "segment", at.key("segment"), report);
      for (String d : c.scores().keySet()) {
        ref(d, dimensions, "dimension", at.key("scores").key(d), true, report);
      }
    }
    if (plan.targeting() != null) {
      var personas = plan.targeting().personas();
      for (int i = 0; i < personas.size(); i++) {
        ref(personas.get(i).segment(), segments, "segment", PlanPath.of("targeting", "personas", i, "segment"), report);
      }
    }
    List<Account> accounts = plan.accounts();
    Set<String> customerKeys = set(Lists.ids(customers, Tiering.Customer::id));
    customerKeys.addAll(set(Lists.ids(customers, Tiering.Customer::name)));
    for (int i = 0; i < accounts.size(); i++) {
      PlanPath at = PlanPath.of("accounts", i);
      if (!customers.isEmpty()) { // without a customer list, an account names its customer freely
        ref(accounts.get(i).customer(), customerKeys, "customer", at.key("customer"), report);
      }
      refs(accounts.get(i).actions(), taskIds, "task", at.key("actions"), report);
    }
    if (plan.strategy() != null) {
      var list = plan.strategy().pillars();
      for (int i = 0; i < list.size(); i++) {
        refs(list.get(i).tiers(), tiers, "tier", PlanPath.of("strategy", "pillars", i, "tiers"), report);
      }
    }
    for (int i = 0; i < tasks.size(); i++) {
      ActionPlan.Task t = tasks.get(i);
      PlanPath at = PlanPath.of("action_plan", "tasks", i);
      ref(t.owner(), team, "owner", at.key("owner"), report);
      ref(t.pillar(), pillars, "pillar", at.key("pillar"), report);
      refs(t.dependsOn(), taskIds, "task", at.key("depends_on"), report);
    }
    List<Budget.Item> items = Lists.of(plan.budget(), Budget::items);
    for (int i = 0; i < items.size(); i++) {
      PlanPath at = PlanPath.of("budget", "items", i);
      ref(items.get(i).task(), taskIds, "task", at.key("task"), report);
      ref(items.get(i).tier(), tiers, "tier", at.key("tier"), report);
    }
    if (plan.monitoring() != null) {
      var list = plan.monitoring().kpis();
      for (int i = 0; i < list.size(); i++) {
        ref(list.get(i).owner(), team, "owner", PlanPath.of("monitoring", "kpis", i, "owner"), report);
      }
      var reviews = plan.monitoring().reviews();
      for (int i = 0; i < reviews.size(); i++) {
        refs(reviews.get(i).participants(), team, "owner",
            PlanPath.of("monitoring", "reviews", i, "participants"), report);
      }
    }
    List<Risks.Risk> risks = Lists.of(plan.risks(), Risks::register);
    for (int i = 0; i < risks.size(); i++) {
      ref(risks.get(i).owner(), team, "owner", PlanPath.of("risks", "register", i, "owner"), report);
    }
  }

  private static void refs(List<String> ids, Set<String> known, String kind, PlanPath list, Reporter report) {
    for (int i = 0; i < ids.size(); i++) {
      ref(ids.get(i), known, kind, list.index(i), report);
    }
  }

  private static void ref(String id, Set<String> known, String kind, PlanPath at, Reporter report) {
    ref(id, known, kind, at, false, report);
  }

  private static void ref(String id, Set<String> known, String kind, PlanPath at, boolean atKey, Reporter report) {
    if (id != null && !known.contains(id)) {
      String where = report.messages().text("ref.where." + kind);
      report.errorSuggesting("check.ref." + kind, at, atKey, id, known, known.isEmpty() ? "ref.unknownEmpty" : "ref.unknown",
          report.messages().text("ref.kind." + kind), id, where);
    }
  }

  private static Set<String> set(List<String> ids) {
    Set<String> set = new LinkedHashSet<>(ids);
    set.remove(null);
    return set;
  }
}
