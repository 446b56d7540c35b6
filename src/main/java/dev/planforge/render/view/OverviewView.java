package dev.planforge.render.view;

import dev.planforge.model.Overview;
import java.util.ArrayList;
import java.util.List;

/** 企业概况: the company, background, purpose, goals and the customer-management objectives. */
public record OverviewView(
    Head head,
    Head companyHead,
    Company company,
    Head backgroundHead,
    Rich background,
    Head purposeHead,
    String mission,
    String vision,
    List<String> values,
    Head goalsHead,
    List<String> strategicGoals,
    Head objectivesHead,
    List<Objective> objectives) implements SectionView {

  public record Company(String name, String founded, String industry, String scale, Rich description) {}

  public record Objective(String id, String statement, String kpi, String due) {}

  static OverviewView of(Overview o, Ctx c) {
    String id = "overview";
    Head head = c.section(id, "overview");
    Company company = o.company() == null ? null : new Company(
        o.company().name(), o.company().founded(), o.company().industry(), o.company().scale(),
        c.rich(o.company().description()));
    Rich background = c.rich(o.background());
    boolean purpose = o.mission() != null || o.vision() != null || !o.values().isEmpty();
    return new OverviewView(
        head,
        company == null ? null : c.sub(id, "company", "overview_company"),
        company,
        background == null ? null : c.sub(id, "background", "overview_background"),
        background,
        purpose ? c.sub(id, "purpose", "overview_purpose") : null,
        o.mission(),
        o.vision(),
        o.values(),
        o.strategicGoals().isEmpty() ? null : c.sub(id, "goals", "overview_goals"),
        o.strategicGoals(),
        o.objectives().isEmpty() ? null : c.sub(id, "objectives", "overview_objectives"),
        o.objectives().stream()
            .map(j -> new Objective(j.id(), j.statement(), c.kpi(j.kpi()), c.fmt.date(j.due())))
            .toList());
  }

  @Override
  public List<Head> subs() {
    List<Head> subs = new ArrayList<>();
    SectionView.add(subs, companyHead, backgroundHead, purposeHead, goalsHead, objectivesHead);
    return subs;
  }
}
