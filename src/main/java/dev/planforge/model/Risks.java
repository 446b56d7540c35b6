package dev.planforge.model;

import java.util.List;

/** 风险: the register and the emergency response. */
public record Risks(List<Risk> register, String emergencyResponse) {

  public Risks {
    register = List.copyOf(register);
  }

  public boolean isEmpty() {
    return register.isEmpty() && Text.isBlank(emergencyResponse);
  }

  /** {@code likelihood} and {@code impact} run from 1 to 5. */
  public record Risk(
      String id, String title, String category, int likelihood, int impact, String mitigation, String contingency,
      String owner, String trigger) {}
}
