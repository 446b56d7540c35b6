package dev.planforge.enrich;

/** How serious a risk is, by {@code score = likelihood × impact}; {@link #key} is the JSON value. */
public enum RiskLevel {
  /** Score 4 or less. */
  LOW("low"),
  /** Score 5 to 9. */
  MEDIUM("medium"),
  /** Score 10 to 16. */
  HIGH("high"),
  /** Score 20 or more (no product of two numbers from 1 to 5 lies between 16 and 20). */
  CRITICAL("critical");

  private final String key;

  RiskLevel(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static RiskLevel of(int score) {
    return score >= 20 ? CRITICAL : score >= 10 ? HIGH : score >= 5 ? MEDIUM : LOW;
  }
}
