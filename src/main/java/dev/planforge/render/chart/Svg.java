package dev.planforge.render.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A small writer of SVG markup: numbers written with at most one decimal and a dot whatever the
 * machine's locale, text escaped for XML, so the same figures always give the same bytes. The
 * markup is XHTML-compatible (it goes into the PDF's XHTML as it is).
 */
final class Svg {

  /**
   * The chart font: the embedded one in the PDF, the reader's Chinese sans-serif in a browser. The
   * PDF reads the closing sans-serif as its fallback font, for characters Noto Sans SC lacks (₹).
   */
  static final String FONT = "'Noto Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', sans-serif";

  private final StringBuilder out = new StringBuilder(4096);

  Svg(double width, double height, String label) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(n(width))
        .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
        .append(n(height)).append("\" font-family=\"").append(esc(FONT)).append("\" font-size=\"11\" aria-label=\"")
        .append(esc(label)).append("\">");
  }

  Svg rect(double x, double y, double w, double h, String fill) {
    return raw("<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(Math.max(0, w)) + "\" height=\""
        + n(Math.max(0, h)) + "\" fill=\"" + fill + "\"/>");
  }

  Svg rect(double x, double y, double w, double h, String fill, String stroke, double rx) {
    return raw("<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(Math.max(0, w)) + "\" height=\""
        + n(Math.max(0, h)) + "\" rx=\"" + n(rx) + "\" fill=\"" + fill + "\" stroke=\"" + stroke + "\"/>");
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
    return raw("<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\" stroke=\""
        + stroke + "\" stroke-width=\"" + n(width) + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
        + "/>");
  }

  Svg polygon(String points, String fill, String stroke) {
    return raw("<polygon points=\"" + points + "\" fill=\"" + fill + "\" stroke=\"" + stroke + "\"/>");
  }

  /** Text at (x, y) on its baseline; {@code anchor} is start, middle or end. */
  Svg text(double x, double y, String text, String anchor, String fill, double size, boolean bold) {
    return raw("<text x=\"" + n(x) + "\" y=\"" + n(y) + "\"" + (anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\"")
        + (fill.equals("#1f2933") ? "" : " fill=\"" + fill + "\"")
        + (size == 11 ? "" : " font-size=\"" + n(size) + "\"") + (bold ? " font-weight=\"bold\"" : "") + ">"
        + esc(text) + "</text>");
  }

  Svg title(String text) {
    return raw("<title>" + esc(text) + "</title>");
  }

  Svg raw(String markup) {
    out.append(markup);
    return this;
  }

  String end() {
    return out.append("</svg>").toString();
  }

  /** A coordinate with at most one decimal: 12, 12.5. */
  static String n(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Approximate width of {@code s} at {@code size}: CJK and other wide characters take a full em,
   * Latin letters about 0.56 em. Enough to lay out labels and to shorten those that would not fit.
   */
  static double width(String s, double size) {
    double w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += wide(cp) ? 1.0 : cp == ' ' ? 0.28 : Character.isUpperCase(cp) ? 0.64 : Character.isDigit(cp) ? 0.56 : 0.52;
    }
    return w * size;
  }

  /** {@code s} cut to fit {@code max} width at {@code size}, with an ellipsis when cut. */
  static String fit(String s, double size, double max) {
    if (width(s, size) <= max) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (width(b.toString() + Character.toString(cp) + "…", size) > max) {
        break;
      }
      b.appendCodePoint(cp);
    }
    return b.toString().stripTrailing() + "…";
  }

  private static boolean wide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
  }
}
