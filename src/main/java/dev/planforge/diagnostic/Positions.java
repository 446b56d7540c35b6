package dev.planforge.diagnostic;

/** Where the keys and values of a plan stand in their file, so a path can be shown as a position. */
public interface Positions {

  /** Where the value at {@code path} starts (or its nearest ancestor that has a place). */
  Location valueOf(PlanPath path);

  /** Where the key of {@code path} stands (for a list item: where the item starts). */
  Location keyOf(PlanPath path);
}
