package dev.planforge.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One difference between two versions of a plan.
 *
 * @param path where, in the plan's own keys, with ids in brackets: {@code action_plan.tasks[t07].end};
 *     an item of a list without ids has its index (in the new version; in the old one when removed)
 * @param section the plan part it lies in ({@code budget}, {@code action_plan}, …), or {@code plan}
 *     for the top-level keys (title, as_of, summary, …)
 * @param label how a reader knows the item the change is in (a task's title, a KPI's name), or null
 * @param oldValue the old value as JSON (money as strings), null when added
 * @param newValue the new value as JSON, null when removed
 * @param words for changed prose, the word diff (a character diff for Chinese); else empty
 */
public record Change(
    String path, Kind kind, String section, String label, JsonNode oldValue, JsonNode newValue,
    List<Words.Span> words) {

  public Change {
    words = List.copyOf(words);
  }

  public enum Kind {
    ADDED("added"), REMOVED("removed"), CHANGED("changed");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The value written in the JSON output. */
    public String key() {
      return key;
    }
  }
}
