package dev.planforge.render.view;

import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Cell;
import dev.planforge.render.doc.Column;
import dev.planforge.render.doc.Inline;
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
    List<Integer> keptIndex = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (kept[i]) {
        keptIndex.add(i);
      }
    }
    int[] widths = widths(keptIndex);
    List<Column> keptColumns = new ArrayList<>();
    for (int k = 0; k < keptIndex.size(); k++) {
      int i = keptIndex.get(k);
      Column c = columns.get(i);
      keptColumns.add(new Column(c.header(), c.role(), c.role() == Column.Role.NAME && isShort(i), widths[k]));
    }
    return new Block.Table(style, keptColumns, rows.stream().map(r -> narrow(r, kept)).toList(),
        foot.stream().map(r -> narrow(r, kept)).toList(), keep);
  }

  /** A line of a table, in the units of {@link #width}: about 100 Latin letters on A4. */
  private static final int LINE = 100;
  /** The running text of a table gets at least this share of the line. */
  private static final int TEXT_SHARE = 40;

  /**
   * Each column's share of the table in percent, fitted to what it holds: ids, numbers, dates and
   * statuses get what their widest cell needs (up to a cap for their role), running text gets the
   * rest — at least {@link #TEXT_SHARE} percent — so a task title is not squeezed to a dozen
   * letters beside a wide id. Without running text, the columns share the table by their needs.
   */
  private int[] widths(List<Integer> cols) {
    int n = cols.size();
    if (n == 0) {
      return new int[0]; // every column left out: the table is left out too
    }
    double[] need = new double[n];
    boolean[] text = new boolean[n];
    double fixed = 0;
    double textNeed = 0;
    for (int k = 0; k < n; k++) {
      int i = cols.get(k);
      Column c = columns.get(i);
      double w = width(c.header()) + 2;
      for (Row r : rows) {
        w = Math.max(w, cellWidth(cellAt(r, i)) + 2);
      }
      text[k] = c.role() == Column.Role.TEXT;
      need[k] = text[k] ? Math.max(w, 12) : Math.min(w, cap(c.role()));
      if (text[k]) {
        textNeed += need[k];
      } else {
        fixed += need[k];
      }
    }
    double[] share = new double[n];
    if (textNeed == 0) {
      for (int k = 0; k < n; k++) {
        share[k] = need[k] / fixed;
      }
    } else {
      double fixedRoom = Math.min(fixed, LINE * (100 - TEXT_SHARE) / 100.0);
      double textRoom = Math.max(LINE - fixedRoom, LINE * TEXT_SHARE / 100.0);
      for (int k = 0; k < n; k++) {
        share[k] = text[k] ? need[k] / textNeed * textRoom : need[k] / fixed * fixedRoom;
      }
      double sum = 0;
      for (double x : share) {
        sum += x;
      }
      for (int k = 0; k < n; k++) {
        share[k] /= sum;
      }
    }
    return percents(share);
  }

  /** Shares as whole percents that add up to exactly 100 (largest remainders first). */
  private static int[] percents(double[] share) {
    int[] out = new int[share.length];
    int total = 0;
    for (int k = 0; k < share.length; k++) {
      out[k] = Math.max(1, (int) Math.floor(share[k] * 100));
      total += out[k];
    }
    for (int k = 0; total < 100; k = (k + 1) % share.length) {
      out[k]++;
      total++;
    }
    for (int k = 0; total > 100; k = (k + 1) % share.length) {
      if (out[k] > 1) {
        out[k]--;
        total--;
      }
    }
    return out;
  }

  private static int cap(Column.Role role) {
    return switch (role) {
      case ID, CENTER -> 12;
      case NUMBER, STATUS -> 14;
      case DATE -> 15;
      case NAME -> 24;
      case TEXT -> LINE;
    };
  }

  /** The cell of column {@code col} in a row, or an empty one where a spanning cell covers it. */
  private static Cell cellAt(Row r, int col) {
    int at = 0;
    for (Cell c : r.cells()) {
      if (col < at + c.span()) {
        return c.span() == 1 ? c : Cell.EMPTY;
      }
      at += c.span();
    }
    return Cell.EMPTY;
  }

  /** How wide a cell wants to be: its widest line (a list's longest item, a note on its own line). */
  private static double cellWidth(Cell cell) {
    double main = 0;
    double widest = 0;
    for (Inline i : cell.content()) {
      if (i instanceof Inline.Items items) {
        for (String item : items.items()) {
          widest = Math.max(widest, width(item) + 2);
        }
      } else if (i instanceof Inline.Note note) {
        widest = Math.max(widest, width(note.text()) * 0.85);
      } else {
        main += width(i.plain()) + (main > 0 ? 1 : 0);
      }
    }
    return Math.max(main, widest);
  }

  /** At most this wide (a CJK character counts two), a name column keeps each name on one line. */
  private static final int SHORT_NAME = 20;

  /** Whether every body cell of column {@code col} is a short name. */
  private boolean isShort(int col) {
    return rows.stream().allMatch(r -> width(cellAt(r, col).plain()) <= SHORT_NAME);
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
