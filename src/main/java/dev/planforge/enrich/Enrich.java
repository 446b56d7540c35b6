package dev.planforge.enrich;

import dev.planforge.model.Plan;

/** The enrich stage: pure functions from the model to its figures. */
public final class Enrich {

  private Enrich() {}

  public static Figures compute(Plan plan) {
    return new Figures();
  }
}
