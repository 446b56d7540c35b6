package dev.planforge.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * A path into the plan: key names and list indexes. Printed the way planners read it,
 * {@code budget.items[3].unit_cost} (indexes count from 0), and keyed as a JSON pointer.
 */
public final class PlanPath {

  public static final PlanPath ROOT = new PlanPath(List.of());

  private final List<Object> segments;

  private PlanPath(List<Object> segments) {
    this.segments = segments;
  }

  /** A path from segments: strings are keys, integers are list indexes. */
  public static PlanPath of(Object... segments) {
    PlanPath p = ROOT;
    for (Object s : segments) {
      p = s instanceof Integer i ? p.index(i) : p.key(s.toString());
    }
    return p;
  }

  public PlanPath key(String name) {
    return append(name);
  }

  public PlanPath index(int i) {
    return append(i);
  }

  private PlanPath append(Object segment) {
    List<Object> next = new ArrayList<>(segments.size() + 1);
    next.addAll(segments);
    next.add(segment);
    return new PlanPath(List.copyOf(next));
  }

  public boolean isRoot() {
    return segments.isEmpty();
  }

  public PlanPath parent() {
    return isRoot() ? this : new PlanPath(segments.subList(0, segments.size() - 1));
  }

  /** The last segment: a key name, or an index as a string; empty for the root. */
  public String last() {
    return isRoot() ? "" : segments.get(segments.size() - 1).toString();
  }

  public List<Object> segments() {
    return segments;
  }

  /** RFC 6901 JSON pointer, the key under which positions are stored. */
  public String pointer() {
    StringBuilder sb = new StringBuilder();
    for (Object s : segments) {
      sb.append('/').append(s.toString().replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    if (isRoot()) {
      return "(top level)";
    }
    StringBuilder sb = new StringBuilder();
    for (Object s : segments) {
      if (s instanceof Integer) {
        sb.append('[').append(s).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(Values.visible(s.toString()));
      }
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanPath p && p.segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }
}
