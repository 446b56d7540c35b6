package dev.planforge.enrich;

import dev.planforge.model.Market;

/**
 * The quadrants of the Dick &amp; Basu loyalty matrix, by relative attitude and repeat
 * patronage; {@link #key} is the JSON value.
 */
public enum LoyaltyQuadrant {
  /** High attitude, high repeat: 忠诚. */
  LOYAL("loyal"),
  /** High attitude, low repeat: 潜在忠诚. */
  LATENT("latent"),
  /** Low attitude, high repeat: 虚假忠诚. */
  SPURIOUS("spurious"),
  /** Low attitude, low repeat: 不忠诚. */
  NONE("none");

  private final String key;

  LoyaltyQuadrant(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static LoyaltyQuadrant of(Market.Level attitude, Market.Level repeat) {
    boolean highAttitude = attitude == Market.Level.HIGH;
    boolean highRepeat = repeat == Market.Level.HIGH;
    return highAttitude ? (highRepeat ? LOYAL : LATENT) : (highRepeat ? SPURIOUS : NONE);
  }
}
