package dev.planforge.model;

import java.time.LocalDate;
import java.util.List;

/** 企业概况: the company, its mission and the customer-management goals. */
public record Overview(
    Company company,
    String mission,
    String vision,
    List<String> values,
    List<String> strategicGoals,
    List<Objective> objectives,
    String background) {

  public Overview {
    values = List.copyOf(values);
    strategicGoals = List.copyOf(strategicGoals);
    objectives = List.copyOf(objectives);
  }

  public boolean isEmpty() {
    return company == null && Text.isBlank(mission) && Text.isBlank(vision) && values.isEmpty()
        && strategicGoals.isEmpty() && objectives.isEmpty() && Text.isBlank(background);
  }

  /** {@code founded} is kept as written: a year or a phrase. */
  public record Company(String name, String founded, String industry, String scale, String description) {}

  public record Objective(String id, String statement, String kpi, LocalDate due) {}
}
