package dev.planforge.model;

import java.math.BigDecimal;
import java.util.List;

/** 市场分析: PEST, competitors, SWOT, trends, today's problems and the loyalty matrix. */
public record Market(
    Pest pest,
    List<Competitor> competitors,
    Swot swot,
    List<String> trends,
    List<CurrentIssue> currentIssues,
    List<LoyaltyItem> loyalty) {

  public Market {
    competitors = List.copyOf(competitors);
    trends = List.copyOf(trends);
    currentIssues = List.copyOf(currentIssues);
    loyalty = List.copyOf(loyalty);
  }

  public boolean isEmpty() {
    return (pest == null || pest.isEmpty()) && competitors.isEmpty() && (swot == null || swot.isEmpty())
        && trends.isEmpty() && currentIssues.isEmpty() && loyalty.isEmpty();
  }

  public record Pest(List<String> political, List<String> economic, List<String> social, List<String> technological) {
    public Pest {
      political = List.copyOf(political);
      economic = List.copyOf(economic);
      social = List.copyOf(social);
      technological = List.copyOf(technological);
    }

    public boolean isEmpty() {
      return political.isEmpty() && economic.isEmpty() && social.isEmpty() && technological.isEmpty();
    }
  }

  /** {@code share} is a percent of the market, or null. */
  public record Competitor(
      String name, BigDecimal share, String positioning, String pricing, List<String> strengths, List<String> weaknesses) {
    public Competitor {
      strengths = List.copyOf(strengths);
      weaknesses = List.copyOf(weaknesses);
    }
  }

  public record Swot(List<String> strengths, List<String> weaknesses, List<String> opportunities, List<String> threats) {
    public Swot {
      strengths = List.copyOf(strengths);
      weaknesses = List.copyOf(weaknesses);
      opportunities = List.copyOf(opportunities);
      threats = List.copyOf(threats);
    }

    public boolean isEmpty() {
      return strengths.isEmpty() && weaknesses.isEmpty() && opportunities.isEmpty() && threats.isEmpty();
    }
  }

  public record CurrentIssue(String title, String description) {}

  /** One row of the Dick &amp; Basu loyalty matrix. */
  public record LoyaltyItem(String item, Level attitude, Level repeat, String note) {}

  public enum Level {
    HIGH, LOW
  }
}
