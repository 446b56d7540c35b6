package dev.planforge.render.doc;

import java.util.List;

/**
 * A table row; {@code style} marks a row apart ("", {@code overdue}, {@code unassigned}, and
 * {@code changed} added with {@code --changes-since}). {@code key} is "" or the plan path of the
 * item the row shows ({@code action_plan.tasks[t07]}), so a pass over the model can find it; no
 * format writes it.
 */
public record Row(List<Cell> cells, String style, String key) {

  public Row {
    cells = Checks.list(cells, "cells");
    Checks.text(style, "style");
    Checks.text(key, "key");
  }

  /** A row that shows no item of the plan's id-bearing lists. */
  public Row(List<Cell> cells, String style) {
    this(cells, style, "");
  }

  /** The same row with one more style ({@code overdue changed}). */
  public Row styled(String more) {
    return new Row(cells, style.isEmpty() ? more : style + " " + more, key);
  }

  void checkWidth(int columns) {
    int width = cells.stream().mapToInt(Cell::span).sum();
    if (width != columns) {
      throw new IllegalArgumentException("a row of " + width + " cells in a table of " + columns + " columns");
    }
  }
}
