package dev.planforge.model;

import java.util.Arrays;
import java.util.List;

/**
 * The parts of a plan in document order, under the plan's own keys. The one list of what a
 * section is: the completeness figure, the document's sections and the JSON all follow it.
 */
public enum Part {
  OVERVIEW("overview", true),
  TEAM("team", false),
  MARKET("market", true),
  TARGETING("targeting", true),
  TIERING("tiering", false),
  ACCOUNTS("accounts", false),
  STRATEGY("strategy", true),
  ACTION_PLAN("action_plan", true),
  BUDGET("budget", true),
  MONITORING("monitoring", true),
  RISKS("risks", true),
  CONCLUSION("conclusion", true),
  APPENDICES("appendices", false);

  private final String key;
  private final boolean recommended;

  Part(String key, boolean recommended) {
    this.key = key;
    this.recommended = recommended;
  }

  /** The plan's key for the part, e.g. {@code action_plan}; also the section's anchor. */
  public String key() {
    return key;
  }

  /** One of the nine parts every customer-management plan should have (seed {@code 000_*}). */
  public boolean recommended() {
    return recommended;
  }

  /** The part whose plan key is {@code key}, or null. */
  public static Part ofKey(String key) {
    return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst().orElse(null);
  }

  public static List<Part> recommendedParts() {
    return Arrays.stream(values()).filter(Part::recommended).toList();
  }

  /**
   * Whether {@code plan} holds something in this part: an absent part, an empty text, list or
   * mapping does not count.
   */
  public boolean in(Plan plan) {
    return switch (this) {
      case OVERVIEW -> plan.overview() != null && !plan.overview().isEmpty();
      case TEAM -> !plan.team().isEmpty();
      case MARKET -> plan.market() != null && !plan.market().isEmpty();
      case TARGETING -> plan.targeting() != null && !plan.targeting().isEmpty();
      case TIERING -> plan.tiering() != null && !plan.tiering().isEmpty();
      case ACCOUNTS -> !plan.accounts().isEmpty();
      case STRATEGY -> plan.strategy() != null && !plan.strategy().isEmpty();
      case ACTION_PLAN -> plan.actionPlan() != null && !plan.actionPlan().isEmpty();
      case BUDGET -> plan.budget() != null && !plan.budget().isEmpty();
      case MONITORING -> plan.monitoring() != null && !plan.monitoring().isEmpty();
      case RISKS -> plan.risks() != null && !plan.risks().isEmpty();
      case CONCLUSION -> plan.conclusion() != null && !plan.conclusion().isBlank();
      case APPENDICES -> !plan.appendices().isEmpty();
    };
  }
}
