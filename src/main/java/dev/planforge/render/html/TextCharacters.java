package dev.planforge.render.html;

import com.vladsch.flexmark.util.sequence.Html5Entities;
import java.util.BitSet;

/**
 * The characters an HTML page may draw in its own font: every character of the page outside
 * comments, character references decoded, and printable ASCII. That is the text, the stylesheet
 * (generated content such as {@code content: "›"}), inline SVG and attribute values too, since a
 * stylesheet can show one ({@code content: attr(data-label)} on a phone); markup itself is ASCII.
 * ASCII covers what the browser writes itself, such as list numbers. A few characters too many
 * cost a few bytes; one too few would be drawn in another font.
 */
final class TextCharacters {

  private TextCharacters() {}

  static BitSet of(String html) {
    BitSet chars = new BitSet(0x10000);
    chars.set(0x20, 0x7F);
    int n = html.length();
    for (int i = 0; i < n; ) {
      char c = html.charAt(i);
      if (c == '<' && html.startsWith("<!--", i)) {
        int end = html.indexOf("-->", i + 4);
        i = end < 0 ? n : end + 3;
      } else if (c == '&') {
        int semicolon = html.indexOf(';', i);
        String entity = semicolon > i && semicolon - i <= 40 ? html.substring(i, semicolon + 1) : null;
        String decoded = entity == null ? null : Html5Entities.entityToString(entity);
        if (decoded != null && !decoded.equals(entity)) {
          decoded.codePoints().forEach(chars::set);
          i = semicolon + 1;
        } else {
          i++; // a lone ampersand, ASCII
        }
      } else {
        int cp = html.codePointAt(i);
        chars.set(cp);
        i += Character.charCount(cp);
      }
    }
    return chars;
  }
}
