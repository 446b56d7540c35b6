package dev.planforge.render.view;

import dev.planforge.model.Plan;
import java.util.List;

/** 组织与职责: the decision team and owners. */
public record TeamView(Head head, List<Member> members) implements SectionView {

  /** {@code tasks} is how many tasks the member owns, as text ("" when the plan has no tasks). */
  public record Member(String name, String role, String department, String tasks) {}

  static TeamView of(List<Plan.TeamMember> team, java.util.Map<String, Long> tasksByOwner, Ctx c) {
    return new TeamView(
        c.section("team", "team"),
        team.stream().map(m -> new Member(m.name(), m.role(), m.department(),
            tasksByOwner == null ? "" : c.fmt.integer(tasksByOwner.getOrDefault(m.id(), 0L)))).toList());
  }
}
