package dev.planforge.diff;

import dev.planforge.model.Account;
import dev.planforge.model.Part;
import dev.planforge.model.Plan;
import dev.planforge.model.Tiering;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The changes between two plans, field by field, walking the model's records. Every component of
 * every record is compared, so a key added to the model is compared without a change here.
 *
 * <ul>
 *   <li>Items of a list whose records have an {@code id} (and accounts, by {@code customer}) are
 *       matched by it: added, removed, or changed field by field. Order does not matter.
 *   <li>Items of other lists (strings, competitors, personas, …) are matched by content, so a
 *       reordering alone is no change; an item left over on each side that is mostly the same
 *       (half its words or fields) is one changed item, anything else is removed or added.
 *   <li>Numbers are compared by value ({@code 8.5} equals {@code 8.50}).
 * </ul>
 */
final class ModelDiff {

  /** Components that name an item for a reader, in order of preference. */
  private static final List<String> LABELS =
      List.of("title", "name", "statement", "description", "item", "stage", "customer");

  /** How alike two leftover items must be to count as one item changed rather than one removed, one added. */
  private static final double SAME_ITEM = 0.5;

  private final ModelJson oldJson;
  private final ModelJson newJson;
  private final List<Change> out = new ArrayList<>();

  private ModelDiff(ModelJson oldJson, ModelJson newJson) {
    this.oldJson = oldJson;
    this.newJson = newJson;
  }

  static List<Change> of(Plan a, Plan b) {
    ModelDiff diff = new ModelDiff(json(a), json(b));
    for (RecordComponent c : Plan.class.getRecordComponents()) {
      String key = ModelJson.snake(c.getName());
      String section = Part.ofKey(key) == null ? "plan" : key;
      diff.compare(key, section, null, Plan.class, c.getName(), read(c, a), read(c, b));
    }
    return List.copyOf(diff.out);
  }

  private static ModelJson json(Plan p) {
    return new ModelJson(p.currency(),
        p.tiering() != null && p.tiering().method() == Tiering.Method.ANNUAL_VALUE);
  }

  private void compare(String path, String section, String label, Class<?> owner, String component, Object a,
      Object b) {
    if (same(a, b)) {
      return;
    }
    if (a == null || b == null) {
      add(path, a == null ? Change.Kind.ADDED : Change.Kind.REMOVED, section, label, owner, component, a, b);
    } else if (a instanceof List<?> x && b instanceof List<?> y) {
      list(path, section, label, owner, component, x, y);
    } else if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      map(path, section, label, owner, component, x, y);
    } else if (isRecord(a) && a.getClass() == b.getClass()) {
      record(path, section, label, a, b);
    } else {
      add(path, Change.Kind.CHANGED, section, label, owner, component, a, b);
    }
  }

  private void record(String path, String section, String label, Object a, Object b) {
    String named = label != null ? label : label(b);
    for (RecordComponent c : a.getClass().getRecordComponents()) {
      compare(path + "." + ModelJson.snake(c.getName()), section, named, a.getClass(), c.getName(), read(c, a),
          read(c, b));
    }
  }

  private void map(String path, String section, String label, Class<?> owner, String component, Map<?, ?> a,
      Map<?, ?> b) {
    for (Map.Entry<?, ?> e : b.entrySet()) {
      compare(path + "." + e.getKey(), section, label, owner, component, a.get(e.getKey()), e.getValue());
    }
    for (Map.Entry<?, ?> e : a.entrySet()) {
      if (!b.containsKey(e.getKey())) {
        compare(path + "." + e.getKey(), section, label, owner, component, e.getValue(), null);
      }
    }
  }

  private void list(String path, String section, String label, Class<?> owner, String component, List<?> a,
      List<?> b) {
    Object sample = b.isEmpty() ? a.get(0) : b.get(0);
    String key = keyOf(sample);
    if (key != null && unique(a, key) && unique(b, key)) {
      byKey(path, section, owner, component, a, b, key);
    } else {
      byContent(path, section, label, owner, component, a, b);
    }
  }

  private void byKey(String path, String section, Class<?> owner, String component, List<?> a, List<?> b,
      String key) {
    Map<String, Object> old = new LinkedHashMap<>();
    a.forEach(x -> old.put(keyValue(x, key), x));
    Set<String> seen = new HashSet<>();
    for (Object y : b) {
      String id = keyValue(y, key);
      seen.add(id);
      compare(path + "[" + id + "]", section, label(y), owner, component, old.get(id), y);
    }
    old.forEach((id, x) -> {
      if (!seen.contains(id)) {
        compare(path + "[" + id + "]", section, label(x), owner, component, x, null);
      }
    });
  }

  private void byContent(String path, String section, String label, Class<?> owner, String component, List<?> a,
      List<?> b) {
    boolean[] oldMatched = new boolean[a.size()];
    List<Integer> newLeft = new ArrayList<>();
    for (int j = 0; j < b.size(); j++) {
      int i = find(a, oldMatched, b.get(j));
      if (i >= 0) {
        oldMatched[i] = true;
      } else {
        newLeft.add(j);
      }
    }
    List<Integer> removed = new ArrayList<>();
    for (int j : newLeft) {
      int best = -1;
      double bestScore = SAME_ITEM;
      for (int i = 0; i < a.size(); i++) {
        if (oldMatched[i]) {
          continue;
        }
        double s = similarity(a.get(i), b.get(j));
        if (s > bestScore || s == bestScore && best < 0 || s == bestScore && i == j) {
          best = i;
          bestScore = s;
        }
      }
      Object y = b.get(j);
      String itemLabel = isRecord(y) ? label(y) : label;
      if (best >= 0) {
        oldMatched[best] = true;
        compare(path + "[" + j + "]", section, itemLabel, owner, component, a.get(best), y);
      } else {
        compare(path + "[" + j + "]", section, itemLabel, owner, component, null, y);
      }
    }
    for (int i = 0; i < a.size(); i++) {
      if (!oldMatched[i]) {
        removed.add(i);
      }
    }
    for (int i : removed) {
      Object x = a.get(i);
      compare(path + "[" + i + "]", section, isRecord(x) ? label(x) : label, owner, component, x, null);
    }
  }

  private static int find(List<?> a, boolean[] matched, Object y) {
    for (int i = 0; i < a.size(); i++) {
      if (!matched[i] && same(a.get(i), y)) {
        return i;
      }
    }
    return -1;
  }

  /** How alike two items of a list without ids are, from 0 to 1. */
  private static double similarity(Object a, Object b) {
    if (a instanceof String x && b instanceof String y) {
      return Words.similarity(x, y);
    }
    if (isRecord(a) && a.getClass() == b.getClass()) {
      RecordComponent[] cs = a.getClass().getRecordComponents();
      int equal = 0;
      int compared = 0;
      for (RecordComponent c : cs) {
        Object x = read(c, a);
        Object y = read(c, b);
        if (x == null && y == null) {
          continue; // a field neither gives says nothing about whether they are one item
        }
        compared++;
        equal += same(x, y) ? 1 : 0;
      }
      return compared == 0 ? 1 : (double) equal / compared;
    }
    return 0;
  }

  private void add(String path, Change.Kind kind, String section, String label, Class<?> owner, String component,
      Object a, Object b) {
    List<Words.Span> words = a instanceof String x && b instanceof String y && Words.isProse(x, y)
        ? Words.diff(x, y)
        : List.of();
    out.add(new Change(path, kind, section, label,
        a == null ? null : oldJson.of(a, owner, component),
        b == null ? null : newJson.of(b, owner, component), words));
  }

  /** Equal by value: numbers by magnitude, lists without regard to order, records field by field. */
  static boolean same(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return isEmpty(a) && isEmpty(b);
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      boolean[] matched = new boolean[x.size()];
      for (Object v : y) {
        int i = find(x, matched, v);
        if (i < 0) {
          return false;
        }
        matched[i] = true;
      }
      return true;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(k -> same(x.get(k), y.get(k)));
    }
    if (isRecord(a) && a.getClass() == b.getClass()) {
      for (RecordComponent c : a.getClass().getRecordComponents()) {
        if (!same(read(c, a), read(c, b))) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(a, b);
  }

  /** An absent list and an empty one are the same: the model gives empty lists, never null, but be sure. */
  private static boolean isEmpty(Object v) {
    return v == null || v instanceof List<?> l && l.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty();
  }

  private static boolean isRecord(Object o) {
    return o != null && o.getClass().isRecord() && !(o instanceof Tiering.TargetShare);
  }

  /** The component that identifies an item: {@code id}, or an account's {@code customer}; null for none. */
  private static String keyOf(Object item) {
    if (item instanceof Account) {
      return "customer";
    }
    if (!isRecord(item)) {
      return null;
    }
    for (RecordComponent c : item.getClass().getRecordComponents()) {
      if (c.getName().equals("id") && c.getType() == String.class) {
        return "id";
      }
    }
    return null;
  }

  /** Whether every item has its key and no two share one; else the list is compared by content. */
  private static boolean unique(List<?> items, String key) {
    Set<String> seen = new HashSet<>();
    for (Object item : items) {
      String k = keyValue(item, key);
      if (k == null || !seen.add(k)) {
        return false;
      }
    }
    return true;
  }

  private static String keyValue(Object item, String key) {
    for (RecordComponent c : item.getClass().getRecordComponents()) {
      if (c.getName().equals(key)) {
        Object v = read(c, item);
        return v == null ? null : v.toString();
      }
    }
    return null;
  }

  /** How a reader knows an item: its title, name, …; null for a value that is not a record or has none. */
  static String label(Object item) {
    if (!isRecord(item)) {
      return null;
    }
    for (String name : LABELS) {
      for (RecordComponent c : item.getClass().getRecordComponents()) {
        if (c.getName().equals(name) && read(c, item) instanceof String s && !s.isBlank()) {
          return s.strip().lines().findFirst().orElse(s);
        }
      }
    }
    return null;
  }

  static Object read(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getSimpleName(), e);
    }
  }
}
