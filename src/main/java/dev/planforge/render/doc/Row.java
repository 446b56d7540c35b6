package dev.planforge.render.doc;

import java.util.List;

/** A table row; {@code style} marks a row apart ("", {@code overdue}, {@code unassigned}). */
public record Row(List<Cell> cells, String style) {

  public Row {
    cells = Checks.list(cells, "cells");
    Checks.text(style, "style");
  }

  void checkWidth(int columns) {
    int width = cells.stream().mapToInt(Cell::span).sum();
    if (width != columns) {
      throw new IllegalArgumentException("a row of " + width + " cells in a table of " + columns + " columns");
    }
  }
}
