package dev.planforge.render;

import dev.planforge.render.doc.Block;
import java.util.List;
import java.util.Set;

/**
 * What changed in the plan since an earlier version, for {@code render --changes-since REV}: the
 * document marks the rows and text whose plan path is in {@code paths} with a change bar, and
 * shows {@code blocks} (the list of changes, in the plan's language) under {@code title} right
 * after the summary. {@link #NONE} changes nothing in any output.
 *
 * @param paths the plan paths that changed, with ids in brackets: {@code action_plan.tasks[t07].end},
 *     {@code overview.background}, {@code budget.items[crm]} for an item added or removed whole
 */
public record ChangesSince(String title, Set<String> paths, List<Block> blocks) {

  public static final ChangesSince NONE = new ChangesSince("", Set.of(), List.of());

  public ChangesSince {
    paths = Set.copyOf(paths);
    blocks = List.copyOf(blocks);
    if (title.isEmpty() != blocks.isEmpty()) {
      throw new IllegalArgumentException("a list of changes needs a title, and a title a list");
    }
  }

  public boolean isNone() {
    return title.isEmpty();
  }

  /**
   * Whether the plan item or field at {@code key} ({@code action_plan.tasks[t07]}) changed: a
   * change inside it, of it, or of what holds it (a part added whole).
   */
  public boolean marks(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (String p : paths) {
      if (within(p, key) || within(key, p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code path} is {@code outer} or lies inside it. */
  private static boolean within(String path, String outer) {
    return path.startsWith(outer)
        && (path.length() == outer.length() || path.charAt(outer.length()) == '.' || path.charAt(outer.length()) == '[');
  }
}
