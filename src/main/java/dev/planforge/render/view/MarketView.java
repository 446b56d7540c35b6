package dev.planforge.render.view;

import dev.planforge.model.Market;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** 市场分析: PEST, competitors, SWOT, trends, today's problems and the loyalty matrix. */
public record MarketView(
    Head head,
    Head issuesHead,
    List<Issue> issues,
    Head pestHead,
    List<Quadrant> pest,
    Head competitorsHead,
    List<Competitor> competitors,
    Head swotHead,
    List<Quadrant> swot,
    Head trendsHead,
    List<String> trends,
    Head loyaltyHead,
    List<Loyalty> loyalty) implements SectionView {

  /** One box of PEST or SWOT: its name and its points. */
  public record Quadrant(String key, String name, List<String> points) {}

  public record Competitor(
      String name, String share, String positioning, String pricing, List<String> strengths, List<String> weaknesses) {}

  public record Issue(String title, Rich description) {}

  /** {@code quadrant} is the key (loyal, latent, spurious, none) and {@code quadrantName} its label. */
  public record Loyalty(String item, String attitude, String repeat, String quadrant, String quadrantName, String note) {}

  /**
   * @param quadrants the loyalty quadrant key of each loyalty item, from the figures, in item order
   *     (an empty list when the figures have none)
   */
  static MarketView of(Market m, List<String> quadrants, Ctx c) {
    String id = "market";
    Head head = c.section(id, "market");
    List<Quadrant> pest = new ArrayList<>();
    if (m.pest() != null && !m.pest().isEmpty()) {
      pest.add(new Quadrant("political", c.l.text("pest_political"), m.pest().political()));
      pest.add(new Quadrant("economic", c.l.text("pest_economic"), m.pest().economic()));
      pest.add(new Quadrant("social", c.l.text("pest_social"), m.pest().social()));
      pest.add(new Quadrant("technological", c.l.text("pest_technological"), m.pest().technological()));
    }
    List<Quadrant> swot = new ArrayList<>();
    if (m.swot() != null && !m.swot().isEmpty()) {
      swot.add(new Quadrant("strengths", c.l.text("swot_strengths"), m.swot().strengths()));
      swot.add(new Quadrant("weaknesses", c.l.text("swot_weaknesses"), m.swot().weaknesses()));
      swot.add(new Quadrant("opportunities", c.l.text("swot_opportunities"), m.swot().opportunities()));
      swot.add(new Quadrant("threats", c.l.text("swot_threats"), m.swot().threats()));
    }
    List<Loyalty> loyalty = new ArrayList<>();
    for (int i = 0; i < m.loyalty().size(); i++) {
      Market.LoyaltyItem item = m.loyalty().get(i);
      String quadrant = i < quadrants.size() ? quadrants.get(i) : null;
      loyalty.add(new Loyalty(item.item(), level(item.attitude(), c), level(item.repeat(), c), quadrant,
          quadrant == null ? "" : c.l.text("loyalty_" + quadrant), item.note()));
    }
    return new MarketView(
        head,
        m.currentIssues().isEmpty() ? null : c.sub(id, "issues", "market_issues"),
        m.currentIssues().stream().map(i -> new Issue(i.title(), c.rich(i.description()))).toList(),
        pest.isEmpty() ? null : c.sub(id, "pest", "market_pest"),
        pest,
        m.competitors().isEmpty() ? null : c.sub(id, "competitors", "market_competitors"),
        m.competitors().stream().map(k -> new Competitor(k.name(),
            k.share() == null ? "" : c.fmt.percentAsWritten(k.share()), k.positioning(), k.pricing(),
            k.strengths(), k.weaknesses())).toList(),
        swot.isEmpty() ? null : c.sub(id, "swot", "market_swot"),
        swot,
        m.trends().isEmpty() ? null : c.sub(id, "trends", "market_trends"),
        m.trends(),
        loyalty.isEmpty() ? null : c.sub(id, "loyalty", "market_loyalty"),
        loyalty);
  }

  private static String level(Market.Level level, Ctx c) {
    return level == null ? "" : c.l.text(level == Market.Level.HIGH ? "level_high" : "level_low");
  }

  /** Loyalty items by quadrant key, for the 2 × 2 matrix. */
  public Map<String, List<Loyalty>> loyaltyByQuadrant() {
    Map<String, List<Loyalty>> by = new java.util.LinkedHashMap<>();
    for (String q : List.of("loyal", "latent", "spurious", "none")) {
      by.put(q, loyalty.stream().filter(x -> q.equals(x.quadrant())).toList());
    }
    return by;
  }

  @Override
  public List<Head> subs() {
    List<Head> subs = new ArrayList<>();
    SectionView.add(subs, issuesHead, pestHead, competitorsHead, swotHead, trendsHead, loyaltyHead);
    return subs;
  }
}
