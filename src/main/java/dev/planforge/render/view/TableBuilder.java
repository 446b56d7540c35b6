package dev.planforge.render.view;

import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Cell;
import dev.planforge.render.doc.Column;
import dev.planforge.render.doc.Inline;
import dev.planforge.render.doc.Row;
import dev.planforge.render.doc.TextWidth;
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
  private String caption = "";

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

  /** The plan path of the item the last row shows ({@code action_plan.tasks[t07]}); none for a null id. */
  TableBuilder key(String path, String id) {
    if (id != null) {
      rows.set(rows.size() - 1, new Row(rows.get(rows.size() - 1).cells(), rows.get(rows.size() - 1).style(),
          path + "[" + id + "]"));
    }
    return this;
  }

  /** What the table shows, for a table that stands under no heading that says it. */
  TableBuilder caption(String text) {
    caption = text;
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
    Fit fit = fit(keptIndex);
    List<Column> keptColumns = new ArrayList<>();
    for (int k = 0; k < keptIndex.size(); k++) {
      Column c = columns.get(keptIndex.get(k));
      keptColumns.add(new Column(c.header(), c.role(), fit.oneLine()[k], fit.widths()[k]));
    }
    return new Block.Table(style, keptColumns, rows.stream().map(r -> narrow(r, kept)).toList(),
        foot.stream().map(r -> narrow(r, kept)).toList(), keep, fit.lineShare(), caption, "");
  }

  /**
   * A full line of a table in the units of {@link #width} (a Latin letter is one, a CJK character
   * two): about what a 9 pt line of A4 holds once each cell's padding is taken.
   */
  private static final double LINE = 96;
  /** A cell's padding and a little air, in the same units. */
  private static final double PADDING = 3;
  /** The running text of a table gets at least this share of the line. */
  private static final double TEXT_SHARE = 0.40;

  /**
   * Each column's share of the table in percent, fitted to what it holds. Ids, numbers, dates and
   * statuses cannot wrap: they get what their widest cell or header needs (up to a cap for their
   * role). Names wrap at spaces: they get what they need while the running text keeps at least
   * {@link #TEXT_SHARE} of the line, and are narrowed otherwise. Running text gets the rest. A
   * table without running text is only as wide as its columns need.
   */
  private Fit fit(List<Integer> cols) {
    int n = cols.size();
    if (n == 0) {
      return new Fit(new int[0], new boolean[0], 100); // every column left out: the table is left out too
    }
    double[] need = new double[n];
    double[] least = new double[n];
    boolean[] text = new boolean[n];
    boolean[] flexible = new boolean[n];
    double rigid = 0;
    double textNeed = 0;
    for (int k = 0; k < n; k++) {
      int i = cols.get(k);
      Column c = columns.get(i);
      double w = TextWidth.of(c.header()) * 1.2 + PADDING; // headers are bold
      double word = TextWidth.longestLatinWord(c.header()) * 1.2 + PADDING;
      for (Row r : rows) {
        Cell cell = cellAt(r, i);
        w = Math.max(w, cellWidth(cell) + PADDING);
        word = Math.max(word, TextWidth.longestLatinWord(cell.plain()) + PADDING);
      }
      text[k] = c.role() == Column.Role.TEXT;
      // A name column of short names keeps them on one line: it is as rigid as a date (unless
      // the running text would be squeezed, below).
      flexible[k] = text[k] || c.role() == Column.Role.NAME && !isShort(i);
      need[k] = text[k] ? Math.max(w, 14) : Math.min(w, flexible[k] ? cap(c.role()) : Math.max(cap(c.role()), w));
      // At least a Latin word or four CJK characters (a category, a name) on a line, padding included.
      least[k] = Math.min(need[k], Math.max(word, 8 + PADDING));
      if (text[k]) {
        textNeed += need[k];
      } else if (!flexible[k]) {
        rigid += need[k];
      }
    }
    if (textNeed > 0 && rigid > LINE * (1 - TEXT_SHARE)) {
      // Too much that cannot wrap beside running text: short names and date ranges wrap at their
      // spaces after all (5 Jan – / 16 Jan 2026). A single date or period ("2026年第二季度") is one
      // unit and stays on one line.
      for (int k = 0; k < n; k++) {
        Column.Role role = columns.get(cols.get(k)).role();
        if (!flexible[k] && (role == Column.Role.NAME || role == Column.Role.DATE && holdsRanges(cols.get(k)))) {
          flexible[k] = true;
          rigid -= need[k];
        }
      }
    }
    double[] units = new double[n];
    double names = 0;
    double namesLeast = 0;
    for (int k = 0; k < n; k++) {
      if (flexible[k] && !text[k]) {
        names += need[k];
        namesLeast += least[k];
      }
    }
    // The room names may take: what the rigid columns and the running text's share leave.
    double forNames = LINE - rigid - (textNeed > 0 ? LINE * TEXT_SHARE : 0);
    double scale = names <= forNames ? 1
        : names == namesLeast ? 0 : Math.max(0, (forNames - namesLeast) / (names - namesLeast));
    double used = 0;
    for (int k = 0; k < n; k++) {
      if (!text[k]) {
        units[k] = flexible[k] ? least[k] + (need[k] - least[k]) * scale : need[k];
        used += units[k];
      }
    }
    if (textNeed > 0) {
      double forText = Math.max(LINE - used, LINE * 0.36);
      for (int k = 0; k < n; k++) {
        if (text[k]) {
          units[k] = Math.max(least[k], need[k] / textNeed * forText);
        }
      }
    }
    double sum = 0;
    for (double u : units) {
      sum += u;
    }
    double[] share = new double[n];
    boolean[] oneLine = new boolean[n];
    for (int k = 0; k < n; k++) {
      share[k] = units[k] / sum;
      oneLine[k] = !flexible[k];
    }
    return new Fit(percents(share), oneLine, textNeed > 0 ? 100 : (int) Math.min(100, Math.ceil(sum / LINE * 100)));
  }

  /**
   * How a table's kept columns fit the line.
   *
   * @param widths each column's share of the table, in percent (they add up to 100)
   * @param oneLine each column's cells keep to one line (ids, figures, dates, short names)
   * @param lineShare how much of the line the table takes, in percent: all of it with running text
   */
  private record Fit(int[] widths, boolean[] oneLine, int lineShare) {}

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
      case ID, CENTER -> 14;
      case NUMBER, STATUS -> 18;
      case DATE -> 24;
      case NAME -> 26;
      case TEXT -> (int) LINE;
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
          widest = Math.max(widest, TextWidth.of(item) + 2);
        }
      } else if (i instanceof Inline.Note note) {
        widest = Math.max(widest, TextWidth.of(note.text()) * 0.85);
      } else {
        main += TextWidth.of(i.plain()) + (main > 0 ? 1 : 0);
      }
    }
    return Math.max(main, widest);
  }

  /** Whether a date column holds spans (start – end), which may wrap after their dash. */
  private boolean holdsRanges(int col) {
    return rows.stream().anyMatch(r -> cellAt(r, col).plain().contains("–"));
  }

  /** At most this wide (a CJK character counts two), a name column keeps each name on one line. */
  private static final int SHORT_NAME = 20;

  /** Whether every body cell of column {@code col} is a short name. */
  private boolean isShort(int col) {
    return rows.stream().allMatch(r -> TextWidth.of(cellAt(r, col).plain()) <= SHORT_NAME);
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
    return new Row(cells, row.style(), row.key());
  }
}
