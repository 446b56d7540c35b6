package dev.planforge.render.doc;

/**
 * How wide a text sets, in columns of a monospaced grid: a Chinese, Japanese or full-width
 * character takes two, anything else one. Enough to decide what fits a line or a table column.
 */
public final class TextWidth {

  private TextWidth() {}

  public static int of(String s) {
    return s.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
  }

  /** The widest Latin word of a text, where a line may not break; CJK text breaks anywhere. */
  public static int longestLatinWord(String s) {
    int widest = 0;
    for (String word : s.split("[\\s/]+")) {
      if (word.codePoints().noneMatch(TextWidth::wide)) {
        widest = Math.max(widest, word.length());
      }
    }
    return widest;
  }

  private static boolean wide(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
        || (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0xFF00 && cp <= 0xFFEF);
  }
}
