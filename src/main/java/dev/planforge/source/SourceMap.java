package dev.planforge.source;

import dev.planforge.diagnostic.Location;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.diagnostic.Positions;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each key and value of the plan stands in its file. Paths without an entry of their own
 * (a missing key, a value inside an alias) resolve to their nearest ancestor that has one.
 */
public final class SourceMap implements Positions {

  private final Map<String, Location> keys = new HashMap<>();
  private final Map<String, Location> values = new HashMap<>();

  void putKey(PlanPath path, Location at) {
    keys.put(path.pointer(), at);
  }

  void putValue(PlanPath path, Location at) {
    values.put(path.pointer(), at);
  }

  /** Adds positions from another file, e.g. customers read from a CSV file. */
  public void put(PlanPath path, Location at) {
    keys.put(path.pointer(), at);
    values.put(path.pointer(), at);
  }

  /** Where the value at {@code path} starts. */
  public Location valueOf(PlanPath path) {
    return find(path, values);
  }

  /** Where the key of {@code path} stands (for a list item: where the item starts). */
  public Location keyOf(PlanPath path) {
    return find(path, keys);
  }

  private Location find(PlanPath path, Map<String, Location> first) {
    Map<String, Location> second = first == keys ? values : keys;
    for (PlanPath p = path; ; p = p.parent()) {
      Location at = first.get(p.pointer());
      if (at == null) {
        at = second.get(p.pointer());
      }
      if (at != null || p.isRoot()) {
        return at;
      }
    }
  }
}
