package dev.planforge.render.view;

import dev.planforge.model.Overview;
import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Cell;
import dev.planforge.render.doc.Column.Role;
import java.util.List;

/** 企业概况: the company, background, mission and values, goals and the objectives. */
final class OverviewSection {

  private static final String ID = "overview";

  private OverviewSection() {}

  static List<Block> blocks(Overview o, Ctx c) {
    Blocks company = new Blocks();
    if (o.company() != null) {
      Overview.Company k = o.company();
      company.add(new Blocks.Facts()
          .add(c.label("company_name"), k.name())
          .add(c.label("company_founded"), k.founded())
          .add(c.label("company_industry"), k.industry())
          .add(c.label("company_scale"), k.scale())
          .build());
      company.rich(c, "overview.company.description", k.description());
    }
    Blocks purpose = new Blocks().add(new Blocks.Facts()
        .add(c.label("mission"), o.mission())
        .add(c.label("vision"), o.vision())
        .add(c.label("values"), Cell.text(c.joined(o.values())), "")
        .build());
    TableBuilder objectives = new TableBuilder("objectives")
        .column(c.label("objective_statement"), Role.TEXT)
        .optional(c.label("objective_kpi"), Role.NAME)
        .optional(c.label("objective_due"), Role.DATE);
    for (Overview.Objective j : o.objectives()) {
      objectives.row(Cell.text(j.statement()), Cell.text(c.kpi(j.kpi())), Cell.text(c.fmt.date(j.due())))
          .key("overview.objectives", j.id());
    }
    return new Blocks()
        .sub(c.heading(ID, "company", "overview_company"), company)
        .sub(c.heading(ID, "background", "overview_background"), new Blocks().rich(c, "overview.background", o.background()))
        .sub(c.heading(ID, "purpose", "overview_purpose"), purpose)
        .sub(c.heading(ID, "goals", "overview_goals"), new Blocks().bullets(o.strategicGoals()))
        .sub(c.heading(ID, "objectives", "overview_objectives"), new Blocks().add(objectives.build()))
        .list();
  }
}
