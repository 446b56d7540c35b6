package dev.planforge.enrich;

import dev.planforge.model.Market;
import java.util.List;

/**
 * The loyalty matrix ({@code market.loyalty}) classified.
 *
 * @param items every item with its quadrant, in plan order
 * @param quadrants the items of each quadrant, every quadrant listed in the order of {@link
 *     LoyaltyQuadrant} (loyal, latent, spurious, none), empty ones included
 */
public record LoyaltyFigures(List<Classified> items, List<Quadrant> quadrants) {

  public LoyaltyFigures {
    items = List.copyOf(items);
    quadrants = List.copyOf(quadrants);
  }

  public record Classified(Market.LoyaltyItem item, LoyaltyQuadrant quadrant) {}

  public record Quadrant(LoyaltyQuadrant quadrant, List<Market.LoyaltyItem> items) {

    public Quadrant {
      items = List.copyOf(items);
    }
  }
}
