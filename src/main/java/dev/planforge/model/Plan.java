package dev.planforge.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan, built only from a tree that passed the schema. Optional scalars and absent sections
 * are {@code null}; lists are never null (an absent list is empty). {@code summary} is the
 * executive summary (Markdown); {@code omits} the recommended parts the plan leaves out on purpose.
 */
public record Plan(
    int planFormat,
    String title,
    String subtitle,
    PlanLocale locale,
    String currency,
    LocalDate asOf,
    DateRange period,
    String version,
    List<Author> authors,
    String confidentiality,
    String summary,
    List<Part> omits,
    Overview overview,
    List<TeamMember> team,
    Market market,
    Targeting targeting,
    Tiering tiering,
    List<Account> accounts,
    Strategy strategy,
    ActionPlan actionPlan,
    Budget budget,
    Monitoring monitoring,
    Risks risks,
    String conclusion,
    List<Appendix> appendices) {

  public Plan {
    authors = List.copyOf(authors);
    omits = List.copyOf(omits);
    team = List.copyOf(team);
    accounts = List.copyOf(accounts);
    appendices = List.copyOf(appendices);
  }

  public record Author(String name, String role) {}

  public record DateRange(LocalDate start, LocalDate end) {}

  public record TeamMember(String id, String name, String role, String department) {}

  public record Appendix(String title, String body) {}
}
