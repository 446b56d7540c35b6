package dev.planforge.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code --format text}: the diff for a terminal. Coloured (added green, removed red, changed
 * yellow) only when asked, which the command does on a terminal; plain, the word diff is marked
 * the way {@code git diff --word-diff=plain} marks it: {@code [-old-]{+new+}}.
 */
public final class TextReport {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String DIM = "\u001b[2m";

  private final boolean colour;
  private final StringBuilder out = new StringBuilder();

  private TextReport(boolean colour) {
    this.colour = colour;
  }

  public static String of(DiffView view, boolean colour) {
    TextReport r = new TextReport(colour);
    r.write(view);
    return r.out.toString();
  }

  private void write(DiffView v) {
    String colon = v.labels().text("colon");
    line(paint(BOLD, v.title()));
    line(v.compared());
    line(v.summary());
    if (!v.figures().isEmpty()) {
      line("");
      line(paint(BOLD, v.labels().text("figures")));
      for (DiffView.Block b : v.figures()) {
        line("  " + paint(BOLD, b.heading()));
        if (b.isTable()) {
          table(b);
        }
        for (DiffView.Note n : b.notes()) {
          line("    " + paint(tone(n.tone()), mark(n.tone())) + " " + n.subject() + colon + n.text());
        }
      }
    }
    if (!v.sections().isEmpty()) {
      line("");
      line(paint(BOLD, v.labels().text("changes")));
      for (DiffView.SectionView s : v.sections()) {
        line("  " + paint(BOLD, s.title()));
        s.changes().forEach(this::change);
      }
    }
  }

  private void change(DiffView.ChangeView c) {
    String head = "    " + paint(tone(c.kind()), mark(c.kind())) + " " + c.path()
        + (c.label() == null ? "" : paint(DIM, " (" + c.label() + ")"));
    if (c.isProse()) {
      line(head + ":");
      StringBuilder text = new StringBuilder();
      for (Words.Span s : c.words()) {
        text.append(switch (s.op()) {
          case SAME -> s.text();
          case DELETED -> marked(s.text(), colour ? RED + "\u001b[9m" : "[-", colour ? "\u001b[29m" + RESET : "-]");
          case INSERTED -> marked(s.text(), colour ? GREEN : "{+", colour ? RESET : "+}");
        });
      }
      text.toString().lines().forEach(l -> line("        " + l));
      return;
    }
    String value = switch (c.kind()) {
      case "added" -> oneLine(c.newText());
      case "removed" -> oneLine(c.oldText());
      default -> paint(RED, oneLine(c.oldText())) + " → " + paint(GREEN, oneLine(c.newText()));
    };
    line(head + (value.isEmpty() ? "" : ": " + value));
  }

  /**
   * Text between markers, its edge spaces and line breaks outside them: {@code {+and more+} every},
   * not {@code {+and more +}every}. Deleted text is also struck through, so it reads as deleted
   * without colour too.
   */
  private static String marked(String text, String open, String close) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return open + text + close;
    }
    return text.substring(0, start) + open + text.substring(start, end) + close + text.substring(end);
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s*\\n\\s*", " ⏎ ");
  }

  private void table(DiffView.Block b) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(b.header());
    b.rows().forEach(r -> rows.add(r.cells()));
    int[] widths = new int[b.header().size()];
    for (List<String> r : rows) {
      for (int i = 0; i < r.size(); i++) {
        widths[i] = Math.max(widths[i], width(r.get(i)));
      }
    }
    for (int k = 0; k < rows.size(); k++) {
      List<String> r = rows.get(k);
      StringBuilder s = new StringBuilder("    ");
      for (int i = 0; i < r.size(); i++) {
        String pad = " ".repeat(widths[i] - width(r.get(i)));
        s.append(i == 0 ? r.get(i) + pad : pad + r.get(i)).append(i < r.size() - 1 ? "  " : "");
      }
      line(k == 0 ? paint(DIM, s.toString().stripTrailing()) : s.toString().stripTrailing());
    }
  }

  /** Terminal columns: Chinese characters and full-width punctuation take two. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      w += c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
          || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
          || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000 && c <= 0x3FFFD) ? 2 : 1;
      i += Character.charCount(c);
    }
    return w;
  }

  private static String mark(String tone) {
    return switch (tone) {
      case "added" -> "+";
      case "removed" -> "-";
      default -> "~";
    };
  }

  private static String tone(String kind) {
    return switch (kind) {
      case "added" -> GREEN;
      case "removed" -> RED;
      default -> YELLOW;
    };
  }

  private String paint(String code, String s) {
    return colour && !s.isEmpty() ? code + s + RESET : s;
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
