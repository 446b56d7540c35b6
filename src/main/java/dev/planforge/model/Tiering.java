package dev.planforge.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 客户分级: how customers are scored and which tier each one lands in. */
public record Tiering(
    Method method, List<Dimension> dimensions, List<Tier> tiers, List<Customer> customers, String customersFile) {

  public Tiering {
    dimensions = List.copyOf(dimensions);
    tiers = List.copyOf(tiers);
    customers = List.copyOf(customers);
  }

  /** Holds nothing to show: no dimensions, tiers or customers. */
  public boolean isEmpty() {
    return dimensions.isEmpty() && tiers.isEmpty() && customers.isEmpty();
  }

  public enum Method {
    WEIGHTED_SCORE, ANNUAL_VALUE
  }

  public record Dimension(String id, String name, BigDecimal weight) {}

  /** {@code min} is a composite score or money per year, depending on the method. */
  public record Tier(
      String id, String name, BigDecimal min, TargetShare targetShare, String strategy, List<String> measures,
      String owner, String resources, List<String> targets) {
    public Tier {
      measures = List.copyOf(measures);
      targets = List.copyOf(targets);
    }
  }

  /** The share of customers a tier should hold, both bounds inclusive, in percent. */
  public record TargetShare(BigDecimal low, BigDecimal high) {
    public boolean contains(BigDecimal share) {
      return low.compareTo(share) <= 0 && share.compareTo(high) <= 0;
    }
  }

  /** {@code scores} keeps the order in which the plan lists them. */
  public record Customer(String id, String name, String segment, Map<String, BigDecimal> scores, BigDecimal annualValue) {
    public Customer {
      scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }
  }
}
