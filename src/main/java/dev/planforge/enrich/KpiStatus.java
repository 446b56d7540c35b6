package dev.planforge.enrich;

/** Where a KPI stands; {@link #key} is the value written in the JSON output. */
public enum KpiStatus {
  /** Progress is 100 % or more (or, holding a level, the level is held). */
  ACHIEVED("achieved"),
  /** Progress is at least the share of time elapsed. */
  ON_TRACK("on_track"),
  /** Progress lags the time elapsed, or there is no time to compare with and it is not achieved. */
  AT_RISK("at_risk"),
  /** No {@code current} or no {@code baseline}: nothing to compute. */
  NO_DATA("no_data");

  private final String key;

  KpiStatus(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
