package dev.planforge.source;

import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * SnakeYAML's reader over a plan that is already in memory, for two reasons.
 *
 * <p>Speed: SnakeYAML's own reader takes 1,024 characters at a time and copies everything not yet
 * consumed on each read. While it scans one scalar nothing is consumed, so a single long scalar
 * costs time quadratic in its length (a 10 MiB one took minutes). Here every code point is in one
 * array from the start, and peeking is an index.
 *
 * <p>YAML 1.2: SnakeYAML follows YAML 1.1, where NEL (U+0085), LINE SEPARATOR (U+2028) and
 * PARAGRAPH SEPARATOR (U+2029) break lines; in YAML 1.2, which plans are written in, they are
 * ordinary text (pasted from word processors). The parser is shown a private-use stand-in for
 * each, one that does not occur in the plan, and {@link #restore} puts the real character back
 * into every string the parser hands out. Stand-ins keep every index, so positions are unchanged.
 */
final class YamlText extends StreamReader {

  private static final int[] YAML_11_BREAKS = {0x85, 0x2028, 0x2029};

  private final int[] codePoints;
  private final int[] standIns = new int[YAML_11_BREAKS.length];
  private int pointer;
  private int index;
  private int documentIndex;
  private int line;
  private int column;

  YamlText(String text) {
    super(new StringReader(""));
    this.codePoints = text.codePoints().toArray();
    chooseStandIns();
    for (int i = 0; i < codePoints.length; i++) {
      for (int b = 0; b < YAML_11_BREAKS.length; b++) {
        if (codePoints[i] == YAML_11_BREAKS[b]) {
          codePoints[i] = standIns[b];
        }
      }
    }
  }

  /** The first code point that YAML does not allow in a file at all, as its index; -1 when none. */
  static int firstUnprintable(String text) {
    int cp = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i)), cp++) {
      if (!StreamReader.isPrintable(text.codePointAt(i))) {
        return cp;
      }
    }
    return -1;
  }

  /** {@code s} as the plan has it: the stand-ins turned back into the characters they replaced. */
  String restore(String s) {
    if (s == null) {
      return null;
    }
    String out = s;
    for (int b = 0; b < YAML_11_BREAKS.length; b++) {
      String standIn = Character.toString(standIns[b]);
      if (out.contains(standIn)) {
        out = out.replace(standIn, Character.toString(YAML_11_BREAKS[b]));
      }
    }
    return out;
  }

  private void chooseStandIns() {
    java.util.BitSet used = new java.util.BitSet();
    for (int c : codePoints) {
      if (c >= 0xE000 && c <= 0xF8FF) {
        used.set(c - 0xE000);
      }
    }
    int next = 0;
    for (int b = 0; b < standIns.length; b++) {
      next = used.nextClearBit(next); // a plan cannot use all 6,400 private-use characters and stay under 10 MiB
      standIns[b] = 0xE000 + next++;
    }
  }

  // SnakeYAML's StreamReader contract, over the array. Line and column count as SnakeYAML counts
  // them; the loader places diagnostics by index, against the lines an editor shows.

  @Override
  public Mark getMark() {
    return new Mark("'reader'", index, line, column, codePoints, pointer);
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int length) {
    for (int i = 0; i < length && pointer < codePoints.length; i++) {
      int c = codePoints[pointer++];
      index++;
      documentIndex++;
      boolean crBeforeLf = c == '\r' && pointer < codePoints.length && codePoints[pointer] == '\n';
      if (c == '\n' || c == '\r' && !crBeforeLf) {
        line++;
        column = 0;
      } else if (c != 0xFEFF) {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return peek(0);
  }

  @Override
  public int peek(int offset) {
    int at = pointer + offset;
    return at < codePoints.length ? codePoints[at] : '\0';
  }

  @Override
  public String prefix(int length) {
    return new String(codePoints, pointer, Math.max(0, Math.min(length, codePoints.length - pointer)));
  }

  @Override
  public String prefixForward(int length) {
    String prefix = prefix(length);
    pointer += length; // SnakeYAML only forwards this way over text without line breaks
    index += length;
    documentIndex += length;
    column += length;
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return index;
  }

  @Override
  public int getLine() {
    return line;
  }
}
