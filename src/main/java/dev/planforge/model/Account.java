package dev.planforge.model;

import java.util.List;

/** 大客户计划: a strategic-account plan. {@code customer} is a customer id or a name. */
public record Account(
    String customer,
    String industry,
    Contact contact,
    Integer since,
    String history,
    List<String> challenges,
    List<String> goals,
    List<String> requirements,
    String valueProposition,
    List<String> actions,
    String review) {

  public Account {
    challenges = List.copyOf(challenges);
    goals = List.copyOf(goals);
    requirements = List.copyOf(requirements);
    actions = List.copyOf(actions);
  }

  public record Contact(String name, String title, String email, String phone) {}
}
