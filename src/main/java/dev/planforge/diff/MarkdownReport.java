package dev.planforge.diff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --format md}: the diff as a pull-request comment or a CI step summary. It stays under
 * {@link #LIMIT} characters (GitHub refuses longer comments): the figures always, then the
 * changes by section until the room runs out, with a line saying how many are left out. A section
 * of more than {@link #FOLD} changes is folded in {@code <details>}, so the figures stay in view.
 * Prose changes are a word diff: {@code <del>deleted</del><ins>inserted</ins>}.
 */
public final class MarkdownReport {

  /** GitHub's limit on a comment is 65,536 characters; this leaves room for a caller's own lines. */
  public static final int LIMIT = 60_000;

  static final int FOLD = 10;

  /** The figures fill at most half the room, so the changes are seen too. */
  static final int FIGURES_LIMIT = LIMIT / 2;

  private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>|~#!]");
  private static final Pattern EDGES = Pattern.compile("^(\\s*)(.*?)(\\s*)$", Pattern.DOTALL);

  private MarkdownReport() {}

  public static String of(DiffView v) {
    return of(List.of(v));
  }

  /**
   * The reports of several plans, one after the other, within {@link #LIMIT} together: once the
   * room runs out, a line says how many changes are left out and the rest is not written.
   */
  public static String of(List<DiffView> views) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < views.size(); i++) {
      if (i > 0) {
        out.append("\n---\n\n");
      }
      int left = write(views.get(i), out);
      if (left > 0) {
        int later = views.subList(i + 1, views.size()).stream()
            .mapToInt(v -> v.sections().stream().mapToInt(s -> s.changes().size()).sum()).sum();
        out.append("\n_").append(escape(views.get(i).labels().text("more_changes", left + later))).append("_\n");
        break;
      }
    }
    return out.toString();
  }

  /** Writes one plan's report; returns how many of its changes did not fit. */
  private static int write(DiffView v, StringBuilder out) {
    out.append("## ").append(escape(v.title())).append("\n\n");
    out.append(code(v.compared())).append(" — ").append(escape(v.summary())).append("\n");
    if (!v.figures().isEmpty()) {
      out.append("\n### ").append(escape(v.labels().text("figures"))).append("\n");
      int figuresLeft = v.figures().stream().mapToInt(b -> b.rows().size() + b.notes().size()).sum();
      for (DiffView.Block b : v.figures()) {
        StringBuilder block = new StringBuilder("\n**").append(escape(b.heading())).append("**\n\n");
        if (b.isTable()) {
          header(b, block);
        }
        int shown = 0;
        for (DiffView.Row r : b.rows()) {
          String row = row(r);
          if (!fits(out, block, row, FIGURES_LIMIT)) {
            break;
          }
          block.append(row);
          shown++;
        }
        for (DiffView.Note n : shown == b.rows().size() ? b.notes() : List.<DiffView.Note>of()) {
          String note = "- " + mark(n.tone()) + " **" + escape(n.subject()) + "**"
              + escape(v.labels().text("colon")) + escape(n.text()) + "\n";
          if (!fits(out, block, note, FIGURES_LIMIT)) {
            break;
          }
          block.append(note);
          shown++;
        }
        if (shown > 0) {
          out.append(block);
        }
        figuresLeft -= shown;
        if (shown < b.rows().size() + b.notes().size()) {
          out.append("\n_").append(escape(v.labels().text("more_figures", figuresLeft))).append("_\n");
          break;
        }
      }
    }
    int left = v.sections().stream().mapToInt(s -> s.changes().size()).sum();
    if (left == 0) {
      return 0;
    }
    out.append("\n### ").append(escape(v.labels().text("changes"))).append("\n");
    for (DiffView.SectionView s : v.sections()) {
      StringBuilder section = new StringBuilder();
      boolean fold = s.changes().size() > FOLD;
      section.append("\n#### ").append(escape(s.title())).append("\n\n");
      if (fold) {
        section.append("<details><summary>").append(html(v.labels().text("more_in_section", s.changes().size())))
            .append("</summary>\n\n");
      }
      int shown = 0;
      for (DiffView.ChangeView c : s.changes()) {
        String item = change(c);
        // Room for this item, the closing tag and the note on what is left out.
        if (!fits(out, section, item, LIMIT)) {
          break;
        }
        section.append(item);
        shown++;
      }
      if (fold) {
        section.append("\n</details>\n");
      }
      if (shown > 0) {
        out.append(section);
      }
      left -= shown;
      if (shown < s.changes().size()) {
        return left;
      }
    }
    return 0;
  }

  private static String change(DiffView.ChangeView c) {
    StringBuilder s = new StringBuilder("- ").append(mark(c.kind())).append(' ').append(code(c.path()));
    if (c.label() != null) {
      s.append(" (").append(escape(c.label())).append(')');
    }
    if (c.isProse()) {
      s.append(": ");
      for (Words.Span w : c.words()) {
        s.append(switch (w.op()) {
          case SAME -> inline(w.text());
          case DELETED -> wrap("del", w.text());
          case INSERTED -> wrap("ins", w.text());
        });
      }
    } else {
      String value = switch (c.kind()) {
        case "added" -> inline(c.newText());
        case "removed" -> inline(c.oldText());
        default -> wrap("del", c.oldText()) + " → " + wrap("ins", c.newText());
      };
      if (!value.isBlank()) {
        s.append(": ").append(value);
      }
    }
    // The final line break of a block of text would end the item with an empty line.
    return s.toString().replaceAll("(<br>)+$", "") + "\n";
  }

  /**
   * Text in an HTML tag GitHub keeps ({@code <del>}, {@code <ins>}), its edge spaces outside.
   * Not {@code ~~} and {@code **}: CommonMark does not open emphasis between a Chinese character
   * and Chinese punctuation ({@code 服务**、资源**}), and Chinese has no spaces to help it.
   */
  private static String wrap(String tag, String text) {
    Matcher m = EDGES.matcher(text);
    if (!m.matches() || m.group(2).isEmpty()) {
      return inline(text);
    }
    return inline(m.group(1)) + "<" + tag + ">" + inline(m.group(2)) + "</" + tag + ">" + inline(m.group(3));
  }

  /** Text inside one list item: escaped, its line breaks kept as {@code <br>}. */
  private static String inline(String s) {
    return escape(s).replace("\r", "").replace("\n", "<br>");
  }

  /** Whether {@code item} fits after what is written, with room left for the closing lines. */
  private static boolean fits(StringBuilder out, StringBuilder pending, String item, int limit) {
    return out.length() + pending.length() + item.length() + 400 <= limit;
  }

  private static void header(DiffView.Block b, StringBuilder out) {
    out.append('|');
    b.header().forEach(h -> out.append(' ').append(escape(h)).append(" |"));
    out.append("\n|");
    for (int i = 0; i < b.header().size(); i++) {
      out.append(i == 0 ? "---|" : "---:|");
    }
    out.append('\n');
  }

  private static String row(DiffView.Row r) {
    StringBuilder out = new StringBuilder("|");
    r.cells().forEach(c -> out.append(' ').append(escape(c)).append(" |"));
    return out.append('\n').toString();
  }

  private static String mark(String kind) {
    return switch (kind) {
      case "added" -> "➕";
      case "removed" -> "➖";
      default -> "✏️";
    };
  }

  private static String code(String s) {
    String fence = s.contains("`") ? "`` " : "`";
    return fence + s + (fence.length() > 1 ? " ``" : "`");
  }

  static String escape(String s) {
    return SPECIAL.matcher(s).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
  }

  private static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
