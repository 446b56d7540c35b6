package dev.planforge.render.view;

import dev.planforge.enrich.ActionPlanFigures;
import dev.planforge.model.Plan;
import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Cell;
import dev.planforge.render.doc.Column.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 组织与职责: the decision team and owners, with the tasks each one owns. */
final class TeamSection {

  private TeamSection() {}

  /** @param tasks the action plan's figures, or null when the plan has none */
  static List<Block> blocks(List<Plan.TeamMember> team, ActionPlanFigures tasks, Ctx c) {
    Map<String, Integer> owned = new HashMap<>();
    boolean hasTasks = tasks != null && !tasks.tasks().isEmpty();
    if (hasTasks) {
      tasks.byOwner().forEach(o -> owned.put(o.owner(), o.count()));
    }
    TableBuilder table = new TableBuilder("team")
        .column(c.label("team_name"), Role.NAME)
        .optional(c.label("team_role"), Role.TEXT)
        .optional(c.label("team_department"), Role.NAME)
        .optional(c.label("team_tasks"), Role.NUMBER);
    for (Plan.TeamMember m : team) {
      table.row(Cell.text(m.name()), Cell.text(m.role()), Cell.text(m.department()),
          hasTasks ? Cell.text(c.fmt.integer(owned.getOrDefault(m.id(), 0))) : Cell.EMPTY).key("team", m.id());
    }
    return new Blocks().add(table.build()).list();
  }
}
