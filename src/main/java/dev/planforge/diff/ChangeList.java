package dev.planforge.diff;

import dev.planforge.render.ChangesSince;
import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Inline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link PlanDiff} as the document shows it with {@code render --changes-since REV}: the paths
 * that changed, for the change bars, and a short list in the plan's language — the summary, the
 * key figures' deltas (the budget's totals, tasks that slipped, KPIs, risks, tiers, warnings) and
 * the items added, removed and changed, each named once with the fields that changed in it. The
 * full story is {@code planforge diff}'s; the breakdowns of the budget are left to it.
 */
public final class ChangeList {

  private final PlanDiff diff;
  private final DiffView view;
  private final DiffLabels l;

  private ChangeList(PlanDiff diff) {
    this.diff = diff;
    this.view = DiffView.of(diff);
    this.l = view.labels();
  }

  /** @param rev the revision as the user named it ({@code HEAD~1}, {@code main}) */
  public static ChangesSince of(PlanDiff diff, String rev) {
    return new ChangeList(diff).build(rev);
  }

  private ChangesSince build(String rev) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(List.of(new Inline.Text(view.summary()),
        new Inline.Note(l.text("compared", diff.oldName(), diff.newName()))), ""));
    List<Block> figures = new ArrayList<>();
    for (int i = 0; i < view.figures().size(); i++) {
      DiffView.Block b = view.figures().get(i);
      // The budget's totals lead the figures; its breakdowns and item amounts are for diff to show.
      if (b.isTable() && i > 0) {
        continue;
      }
      List<String> lines = new ArrayList<>();
      for (DiffView.Row r : b.rows()) {
        if (!r.cells().get(1).equals(r.cells().get(2))) { // a total that did not move (the cap) is no news
          lines.add(amounts(r.cells()));
        }
      }
      b.notes().forEach(n -> lines.add(n.subject() + l.text("colon") + n.text()));
      if (lines.isEmpty()) {
        continue;
      }
      label(figures, b.heading());
      figures.add(new Block.BulletList(lines));
    }
    if (!figures.isEmpty()) {
      blocks.add(new Block.Heading("", 4, l.text("figures"), List.of()));
      blocks.addAll(figures);
    }
    if (diff.differs()) {
      blocks.add(new Block.Heading("", 4, l.text("changes"), List.of()));
      for (Map.Entry<String, List<Change>> e : diff.bySection().entrySet()) {
        label(blocks, l.text("section_" + e.getKey()));
        blocks.add(new Block.BulletList(items(e.getValue())));
      }
    }
    Set<String> paths = new TreeSet<>();
    diff.changes().forEach(c -> paths.add(c.path()));
    return new ChangesSince(l.text("changes_since", rev), paths, blocks);
  }

  private static void label(List<Block> blocks, String text) {
    blocks.add(new Block.Paragraph(List.of(new Inline.Text(text)), "label"));
  }

  /** A row of figures: name, old, new, Δ and (for money) Δ %, as one line. */
  private String amounts(List<String> cells) {
    String line = cells.get(0) + l.text("colon") + cells.get(1) + " → " + cells.get(2);
    return cells.size() > 4 ? l.text("paren", line, cells.get(3) + ", " + cells.get(4))
        : cells.size() > 3 ? l.text("paren", line, cells.get(3)) : line;
  }

  /** One line per item: its kind, its id and name, and the fields that changed in it. */
  private List<String> items(List<Change> changes) {
    Map<String, Item> items = new LinkedHashMap<>();
    for (Change c : changes) {
      String path = c.path();
      int close = path.indexOf(']');
      String item = close < 0 ? path : path.substring(0, close + 1);
      Item it = items.computeIfAbsent(item, k -> new Item(k, new ArrayList<>(), new ArrayList<>()));
      it.changes().add(c);
      String field = path.substring(item.length()).replaceFirst("^\\.", "");
      if (!field.isEmpty() && !it.fields().contains(field)) {
        it.fields().add(field);
      }
    }
    List<String> lines = new ArrayList<>();
    for (Item it : items.values()) {
      Change first = it.changes().get(0);
      Change.Kind kind = it.changes().size() == 1 && first.path().equals(it.path()) ? first.kind() : Change.Kind.CHANGED;
      String line = l.text("kind_" + kind.key()) + l.text("colon") + name(it.path(), first.label());
      lines.add(it.fields().isEmpty() || kind != Change.Kind.CHANGED ? line
          : l.text("paren", line, String.join(", ", it.fields())));
    }
    return lines;
  }

  /** An item by its id and name ({@code t07 Go-live}); a field, or an item without an id, by its path. */
  private static String name(String path, String label) {
    int open = path.lastIndexOf('[');
    if (open < 0 || !path.endsWith("]")) {
      return path;
    }
    String id = path.substring(open + 1, path.length() - 1);
    if (id.chars().allMatch(Character::isDigit)) { // a list without ids: its index says nothing to a reader
      return label == null ? path : label;
    }
    return label == null ? id : id + " " + label;
  }

  private record Item(String path, List<Change> changes, List<String> fields) {}
}
