package dev.planforge.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word diff of prose: Myers' diff (java-diff-utils) over tokens. A token is a word, a number,
 * a run of spaces or one punctuation mark; each Chinese (or Japanese) character is a token of its
 * own, since Chinese puts no spaces between words, so Chinese prose gets a character diff.
 */
public final class Words {

  private static final String IDEOGRAPH = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}";
  private static final Pattern TOKEN = Pattern.compile(
      "[" + IDEOGRAPH + "]"
          + "|[\\p{L}\\p{M}\\p{N}_&&[^" + IDEOGRAPH + "]]+(?:['’.,\\-][\\p{L}\\p{M}\\p{N}_&&[^" + IDEOGRAPH + "]]+)*"
          + "|\\s+"
          + "|.", Pattern.DOTALL);
  private static final Pattern IDEOGRAPHS = Pattern.compile("[" + IDEOGRAPH + "]");

  private Words() {}

  public enum Op {
    SAME, DELETED, INSERTED
  }

  /** A run of text that both versions share, or that only the old or only the new one has. */
  public record Span(Op op, String text) {}

  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * Whether a change of text is worth a word diff: running text on either side, words with spaces
   * between them or Chinese, of some length. A short value (a date written as text, an id, a name)
   * reads better as old → new.
   */
  static boolean isProse(String a, String b) {
    return a != null && b != null && (proseLike(a) || proseLike(b));
  }

  private static boolean proseLike(String s) {
    if (s.contains("\n")) {
      return true;
    }
    int length = s.codePointCount(0, s.length());
    // A Chinese character carries about a word: eight of them are a phrase, not a name.
    return IDEOGRAPHS.matcher(s).find() ? length >= 8 : s.strip().contains(" ") && length >= 16;
  }

  /**
   * The diff of two texts as spans in reading order. Within a changed stretch the deleted text
   * comes before the inserted; a stretch of spaces alone between two changes joins them, so a
   * reader sees "old words → new words", not a comb of one-word changes.
   */
  public static List<Span> diff(String a, String b) {
    List<String> old = tokens(a);
    List<String> now = tokens(b);
    List<Span> raw = new ArrayList<>();
    int at = 0; // the next token of old not yet written
    for (AbstractDelta<String> d : DiffUtils.diff(old, now).getDeltas()) {
      int pos = d.getSource().getPosition();
      if (pos > at) {
        raw.add(new Span(Op.SAME, String.join("", old.subList(at, pos))));
      }
      if (!d.getSource().getLines().isEmpty()) {
        raw.add(new Span(Op.DELETED, String.join("", d.getSource().getLines())));
      }
      if (!d.getTarget().getLines().isEmpty()) {
        raw.add(new Span(Op.INSERTED, String.join("", d.getTarget().getLines())));
      }
      at = pos + d.getSource().size();
    }
    if (at < old.size()) {
      raw.add(new Span(Op.SAME, String.join("", old.subList(at, old.size()))));
    }
    return merged(raw);
  }

  private static List<Span> merged(List<Span> raw) {
    List<Span> out = new ArrayList<>();
    StringBuilder deleted = new StringBuilder();
    StringBuilder inserted = new StringBuilder();
    for (int i = 0; i < raw.size(); i++) {
      Span s = raw.get(i);
      boolean between = i > 0 && i < raw.size() - 1 && raw.get(i - 1).op() != Op.SAME
          && raw.get(i + 1).op() != Op.SAME;
      if (s.op() == Op.SAME && !(between && s.text().isBlank())) {
        flush(out, deleted, inserted);
        out.add(s);
      } else if (s.op() == Op.SAME) {
        deleted.append(s.text());
        inserted.append(s.text());
      } else {
        (s.op() == Op.DELETED ? deleted : inserted).append(s.text());
      }
    }
    flush(out, deleted, inserted);
    List<Span> joined = new ArrayList<>();
    for (Span s : out) {
      int last = joined.size() - 1;
      if (last >= 0 && joined.get(last).op() == s.op()) {
        joined.set(last, new Span(s.op(), joined.get(last).text() + s.text()));
      } else {
        joined.add(s);
      }
    }
    return joined;
  }

  private static void flush(List<Span> out, StringBuilder deleted, StringBuilder inserted) {
    String d = deleted.toString();
    String i = inserted.toString();
    if (!d.isEmpty() && !i.isEmpty() && d.equals(i)) {
      out.add(new Span(Op.SAME, d)); // only spaces were joined: nothing changed
    } else if (!d.isEmpty() && d.isBlank() && i.length() > d.length() && (i.endsWith(d) || i.startsWith(d))) {
      // "a b" → "a, c b": Myers may delete the space and insert ", c "; a reader sees ", c" inserted.
      if (i.endsWith(d)) {
        out.add(new Span(Op.INSERTED, i.substring(0, i.length() - d.length())));
        out.add(new Span(Op.SAME, d));
      } else {
        out.add(new Span(Op.SAME, d));
        out.add(new Span(Op.INSERTED, i.substring(d.length())));
      }
    } else if (!i.isEmpty() && i.isBlank() && d.length() > i.length() && (d.endsWith(i) || d.startsWith(i))) {
      if (d.endsWith(i)) {
        out.add(new Span(Op.DELETED, d.substring(0, d.length() - i.length())));
        out.add(new Span(Op.SAME, i));
      } else {
        out.add(new Span(Op.SAME, i));
        out.add(new Span(Op.DELETED, d.substring(i.length())));
      }
    } else {
      if (deleted.length() > 0) {
        out.add(new Span(Op.DELETED, deleted.toString()));
      }
      if (inserted.length() > 0) {
        out.add(new Span(Op.INSERTED, inserted.toString()));
      }
    }
    deleted.setLength(0);
    inserted.setLength(0);
  }

  /**
   * How much two texts share, from 0 to 1: twice the tokens in common (counted with repeats) over
   * all tokens. Pairs an edited line of a list without ids with the line it was.
   */
  static double similarity(String a, String b) {
    List<String> x = tokens(a);
    List<String> y = tokens(b);
    if (x.isEmpty() && y.isEmpty()) {
      return 1;
    }
    Map<String, Integer> counts = new HashMap<>();
    x.forEach(t -> counts.merge(t, 1, Integer::sum));
    int common = 0;
    for (String t : y) {
      Integer n = counts.get(t);
      if (n != null && n > 0) {
        common++;
        counts.put(t, n - 1);
      }
    }
    return 2.0 * common / (x.size() + y.size());
  }
}
