package dev.planforge.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** 行动计划: the tasks. */
public record ActionPlan(List<Task> tasks) {

  public ActionPlan {
    tasks = List.copyOf(tasks);
  }

  public boolean isEmpty() {
    return tasks.isEmpty();
  }

  /** {@code progress} is a percent, or null when the plan does not say. */
  public record Task(
      String id, String title, String owner, LocalDate start, LocalDate end, Status status, BigDecimal progress,
      List<String> dependsOn, String pillar, List<String> deliverables, boolean milestone) {
    public Task {
      dependsOn = List.copyOf(dependsOn);
      deliverables = List.copyOf(deliverables);
    }
  }

  public enum Status {
    PLANNED("planned"), IN_PROGRESS("in_progress"), DONE("done"), BLOCKED("blocked"), CANCELLED("cancelled");

    private final String key;

    Status(String key) {
      this.key = key;
    }

    /** The value as written in a plan. */
    public String key() {
      return key;
    }

    /** The status written as {@code key}, or null for anything else. */
    public static Status fromKey(String key) {
      for (Status s : values()) {
        if (s.key.equals(key)) {
          return s;
        }
      }
      return null;
    }
  }
}
