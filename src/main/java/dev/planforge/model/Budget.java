package dev.planforge.model;

import java.math.BigDecimal;
import java.util.List;

/** 预算: the items, the reserve and the approved ceiling. */
public record Budget(BigDecimal contingencyPercent, BigDecimal cap, String approval, List<Item> items) {

  public Budget {
    items = List.copyOf(items);
  }

  public boolean isEmpty() {
    return items.isEmpty() && cap == null && approval == null;
  }

  /**
   * One line of the budget. It holds {@code amount}, or {@code quantity} and {@code unitCost}, or
   * all three; {@code period} is "2026-Q1" or "2026-03".
   */
  public record Item(
      String id, String category, String description, String task, String tier, String period, BigDecimal amount,
      BigDecimal quantity, BigDecimal unitCost) {}
}
