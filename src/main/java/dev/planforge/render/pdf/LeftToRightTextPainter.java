package dev.planforge.render.pdf;

import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.batik.bridge.StrokingTextPainter;
import org.apache.batik.bridge.TextNode;
import org.apache.batik.gvt.text.BidiAttributedCharacterIterator;
import org.apache.batik.gvt.text.GVTAttributedCharacterIterator;

/**
 * Batik's text painter, without the bidirectional analysis for text that reads left to right
 * throughout. For every run of text in an SVG, Batik lays the run out with a {@link
 * java.awt.font.TextLayout} (shaping included) only to learn each character's direction, and
 * then lays it out again to draw it: a fifth of what a PDF's charts cost. A run that holds no
 * character of a right-to-left script and no direction control, under no {@code direction} or
 * {@code unicode-bidi} of its own, has level 0 everywhere; for such a run this painter builds what
 * that analysis would have built (the same text, attributes, levels and character map), so the
 * PDF is byte for byte the same. Any other run gets Batik's analysis, as before.
 *
 * <p>Batik gives every text node the painter {@link StrokingTextPainter#getInstance()} returns,
 * a process-wide instance that {@link #install} replaces; like Batik's own, this one holds no
 * state and serves every thread.
 */
final class LeftToRightTextPainter extends StrokingTextPainter {

  private LeftToRightTextPainter() {}

  /** Makes this the painter of every text node Batik builds from now on. Idempotent. */
  static synchronized void install() {
    if (!(singleton instanceof LeftToRightTextPainter)) {
      singleton = new LeftToRightTextPainter();
    }
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"}) // Batik's API is pre-generics
  public List computeTextRuns(TextNode node, AttributedCharacterIterator aci, AttributedCharacterIterator[] chunkACIs) {
    int[][] chunkCharMaps = new int[chunkACIs.length][];
    int chunkStart = aci.getBeginIndex();
    for (int i = 0; i < chunkACIs.length; i++) {
      BidiAttributedCharacterIterator ordered = leftToRight(chunkACIs[i], chunkStart, fontRenderContext);
      if (ordered == null) {
        ordered = new BidiAttributedCharacterIterator(chunkACIs[i], fontRenderContext, chunkStart);
      }
      chunkACIs[i] = ordered;
      chunkCharMaps[i] = ordered.getCharMap();
      chunkStart += ordered.getEndIndex() - ordered.getBeginIndex();
    }
    return computeTextRuns(node, aci, chunkACIs, chunkCharMaps);
  }

  /**
   * The chunk as Batik's bidirectional iterator gives it when every level is 0, or null when the
   * chunk may need the analysis: a copy of its text whose attributes are the chunk's (those with a
   * null key or value left out, as Batik does) plus a level of 0 throughout, and a character map
   * that keeps the order.
   */
  static BidiAttributedCharacterIterator leftToRight(AttributedCharacterIterator chunk, int chunkStart,
      FontRenderContext frc) {
    int begin = chunk.getBeginIndex();
    int end = chunk.getEndIndex();
    if (end <= begin) {
      return null; // what Batik does with an empty chunk is its own affair
    }
    StringBuilder text = new StringBuilder(end - begin);
    for (char c = chunk.first(); text.length() < end - begin; c = chunk.next()) {
      text.append(c);
    }
    if (!readsLeftToRight(text)) {
      return null;
    }
    AttributedString laidOut = new AttributedString(text.toString());
    for (int index = begin; index < end; ) {
      chunk.setIndex(index);
      Map<AttributedCharacterIterator.Attribute, Object> attributes = chunk.getAttributes();
      if (attributes.get(TextAttribute.BIDI_EMBEDDING) != null) {
        return null;
      }
      Object direction = attributes.get(TextAttribute.RUN_DIRECTION);
      if (direction != null && !TextAttribute.RUN_DIRECTION_LTR.equals(direction)) {
        return null;
      }
      int limit = chunk.getRunLimit();
      Map<AttributedCharacterIterator.Attribute, Object> kept = new HashMap<>(attributes.size());
      for (Map.Entry<AttributedCharacterIterator.Attribute, Object> e : attributes.entrySet()) {
        if (e.getKey() != null && e.getValue() != null) {
          kept.put(e.getKey(), e.getValue());
        }
      }
      laidOut.addAttributes(kept, index - begin, limit - begin);
      index = limit;
    }
    laidOut.addAttribute(GVTAttributedCharacterIterator.TextAttribute.BIDI_LEVEL, 0, 0, end - begin);
    int[] charMap = new int[end - begin];
    for (int i = 0; i < charMap.length; i++) {
      charMap[i] = chunkStart + i;
    }
    return new InOrder(laidOut.getIterator(), frc, chunkStart, charMap);
  }

  /**
   * Whether every character of {@code text} is of a kind the bidirectional algorithm leaves at
   * level 0 in a left-to-right paragraph: no right-to-left letter, Arabic number or direction
   * control, and nothing unassigned (which the algorithm may count as right-to-left).
   */
  static boolean readsLeftToRight(CharSequence text) {
    return text.codePoints().allMatch(c -> switch (Character.getDirectionality(c)) {
      case Character.DIRECTIONALITY_LEFT_TO_RIGHT, Character.DIRECTIONALITY_EUROPEAN_NUMBER,
          Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR, Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR,
          Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR, Character.DIRECTIONALITY_NONSPACING_MARK,
          Character.DIRECTIONALITY_BOUNDARY_NEUTRAL, Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR,
          Character.DIRECTIONALITY_SEGMENT_SEPARATOR, Character.DIRECTIONALITY_WHITESPACE,
          Character.DIRECTIONALITY_OTHER_NEUTRALS -> true;
      default -> false;
    });
  }

  /** Batik's iterator over text already in display order. */
  private static final class InOrder extends BidiAttributedCharacterIterator {

    InOrder(AttributedCharacterIterator inOrder, FontRenderContext frc, int chunkStart, int[] charMap) {
      super(inOrder, frc, chunkStart, charMap);
    }
  }
}
