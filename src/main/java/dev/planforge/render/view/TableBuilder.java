package dev.planforge.render.view;

import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Cell;
import dev.planforge.render.doc.Column;
import dev.planforge.render.doc.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Block.Table}. An optional column that no body row fills is left out, so a plan
 * that gives no owners shows no empty owner column; the decision is made here once for every
 * format.
 */
final class TableBuilder {

  private final String style;
  private final List<Column> columns = new ArrayList<>();
  private final List<Boolean> optional = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();
  private final List<Row> foot = new ArrayList<>();
  private boolean keep;

  TableBuilder(String style) {
    this.style = style;
  }

  TableBuilder column(String header, Column.Role role) {
    columns.add(new Column(header, role));
    optional.add(false);
    return this;
  }

  /** A column left out when every body cell in it is empty. */
  TableBuilder optional(String header, Column.Role role) {
    columns.add(new Column(header, role));
    optional.add(true);
    return this;
  }

  TableBuilder row(Cell... cells) {
    return styledRow("", cells);
  }

  TableBuilder row(List<Cell> cells) {
    rows.add(new Row(cells, ""));
    return this;
  }

  TableBuilder foot(List<Cell> cells) {
    foot.add(new Row(cells, "total"));
    return this;
  }

  TableBuilder styledRow(String rowStyle, Cell... cells) {
    rows.add(new Row(List.of(cells), rowStyle));
    return this;
  }

  TableBuilder foot(Cell... cells) {
    foot.add(new Row(List.of(cells), "total"));
    return this;
  }

  /** Asks the PDF to keep the table on one page (short tables only). */
  TableBuilder keep() {
    keep = true;
    return this;
  }

  Block.Table build() {
    boolean[] kept = new boolean[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      final int col = i;
      kept[i] = !optional.get(i) || rows.stream().anyMatch(r -> !r.cells().get(col).isEmpty());
    }
    List<Column> keptColumns = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (kept[i]) {
        Column c = columns.get(i);
        keptColumns.add(c.role() == Column.Role.NAME && isShort(i) ? new Column(c.header(), c.role(), true) : c);
      }
    }
    return new Block.Table(style, keptColumns, rows.stream().map(r -> narrow(r, kept)).toList(),
        foot.stream().map(r -> narrow(r, kept)).toList(), keep);
  }

  /** At most this wide (a CJK character counts two), a name column keeps each name on one line. */
  private static final int SHORT_NAME = 20;

  /** Whether every body cell of column {@code col} is a short name. */
  private boolean isShort(int col) {
    return rows.stream().allMatch(r -> width(r.cells().get(col).plain()) <= SHORT_NAME);
  }

  private static int width(String s) {
    return s.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
        || (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0xFF00 && cp <= 0xFFEF) ? 2 : 1).sum();
  }

  /** The row without the cells of left-out columns; a spanning cell spans the kept ones it covered. */
  private static Row narrow(Row row, boolean[] kept) {
    List<Cell> cells = new ArrayList<>();
    int at = 0;
    for (Cell cell : row.cells()) {
      int span = 0;
      for (int i = at; i < at + cell.span(); i++) {
        span += kept[i] ? 1 : 0;
      }
      at += cell.span();
      if (span > 0) {
        cells.add(span == cell.span() ? cell : new Cell(cell.content(), span));
      }
    }
    return new Row(cells, row.style());
  }
}
