package dev.planforge.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** 监控与评估: KPIs, review meetings and oversight. */
public record Monitoring(List<Kpi> kpis, List<Review> reviews, String oversight) {

  public Monitoring {
    kpis = List.copyOf(kpis);
    reviews = List.copyOf(reviews);
  }

  public boolean isEmpty() {
    return kpis.isEmpty() && reviews.isEmpty() && Text.isBlank(oversight);
  }

  public record Kpi(
      String id, String name, String unit, BigDecimal baseline, BigDecimal target, BigDecimal current,
      Direction direction, String frequency, String owner, LocalDate due, String source) {}

  public enum Direction {
    UP, DOWN
  }

  public record Review(String name, String cadence, List<String> participants) {
    public Review {
      participants = List.copyOf(participants);
    }
  }
}
