package dev.planforge.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.util.Random;
import org.apache.batik.bridge.StrokingTextPainter;
import org.apache.batik.gvt.text.BidiAttributedCharacterIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the painter skips Batik's bidirectional analysis, it gives what the analysis gives (text,
 * attributes, runs, levels, character map); where the text or its attributes may need the
 * analysis, it leaves the chunk to Batik.
 */
class LeftToRightTextPainterTest {

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static final AttributedCharacterIterator.Attribute OWN = new AttributedCharacterIterator.Attribute("own") {};

  /** Latin, CJK, digits, punctuation, symbols, spaces, a combining mark, a soft hyphen, a surrogate pair. */
  private static final String LEFT_TO_RIGHT = "aZ09 客户管理，。（）—–-.,;:%¥₹€$✔☐\u00ad\u0301\t\u00a0€𠀀Ω";

  @ParameterizedTest
  @ValueSource(strings = {
      "客户管理策划书", "2027 年度客户经营计划（第 3 版）", "¥1,234,567.89", "₹ 12,00,000", "Łódź, Ştefan, Αθηνά",
      "✔ done ☐ open", "Q3", " ", "x", "a\u00adb", "e\u0301", "𠀀𠀁 supplementary", "12%", "−5.5"})
  void givesWhatBatiksAnalysisGives(String text) {
    assertSame(chunk(text, new Random(text.hashCode())), 7);
  }

  @Test
  void givesWhatBatiksAnalysisGivesOnRandomText() {
    Random random = new Random(20261201);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(40);
      while (text.length() < length) {
        text.appendCodePoint(LEFT_TO_RIGHT.codePointAt(LEFT_TO_RIGHT.offsetByCodePoints(0,
            random.nextInt(LEFT_TO_RIGHT.codePointCount(0, LEFT_TO_RIGHT.length())))));
      }
      assertSame(chunk(text.toString(), random), random.nextInt(100));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"שלום", "abc שלום", "مرحبا", "١٢٣", "a\u200fb", "a\u202eb", "a\u2067b", "ﺍ", "𐤀", "a\u0378b", ""})
  void leavesTextThatMayNeedTheAnalysisToBatik(String text) {
    assertNull(LeftToRightTextPainter.leftToRight(new AttributedString(text).getIterator(), 0, FRC));
  }

  @Test
  void leavesADirectionOrEmbeddingOfItsOwnToBatik() {
    AttributedString rtl = new AttributedString("abc");
    rtl.addAttribute(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_RTL, 1, 2);
    assertNull(LeftToRightTextPainter.leftToRight(rtl.getIterator(), 0, FRC));
    AttributedString embedded = new AttributedString("abc");
    embedded.addAttribute(TextAttribute.BIDI_EMBEDDING, 2);
    assertNull(LeftToRightTextPainter.leftToRight(embedded.getIterator(), 0, FRC));
    AttributedString ltr = new AttributedString("abc");
    ltr.addAttribute(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_LTR);
    assertSame(ltr, 3);
  }

  @Test
  void isThePainterBatikGivesTextNodes() {
    LeftToRightTextPainter.install();
    LeftToRightTextPainter.install();
    assertInstanceOf(LeftToRightTextPainter.class, StrokingTextPainter.getInstance());
  }

  /** The text with runs of attributes, some overlapping, one with a null value. */
  private static AttributedString chunk(String text, Random random) {
    AttributedString s = new AttributedString(text);
    int length = text.length();
    s.addAttribute(TextAttribute.FONT, new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (int i = 0; i < 3 && length > 0; i++) {
      int from = random.nextInt(length);
      int to = from + 1 + random.nextInt(length - from);
      s.addAttribute(TextAttribute.SIZE, 9f + i, from, to);
      s.addAttribute(OWN, i == 1 ? null : "run " + i, from, to);
    }
    return s;
  }

  private static void assertSame(AttributedString chunk, int chunkStart) {
    BidiAttributedCharacterIterator batik = new BidiAttributedCharacterIterator(chunk.getIterator(), FRC, chunkStart);
    BidiAttributedCharacterIterator ours = LeftToRightTextPainter.leftToRight(chunk.getIterator(), chunkStart, FRC);
    assertNotNull(ours);
    assertArrayEquals(batik.getCharMap(), ours.getCharMap());
    assertEquals(batik.getBeginIndex(), ours.getBeginIndex());
    assertEquals(batik.getEndIndex(), ours.getEndIndex());
    assertEquals(batik.getAllAttributeKeys(), ours.getAllAttributeKeys());
    for (int i = batik.getBeginIndex(); i < batik.getEndIndex(); i++) {
      assertEquals(batik.setIndex(i), ours.setIndex(i), "character " + i);
      assertEquals(batik.getAttributes(), ours.getAttributes(), "attributes at " + i);
      assertEquals(batik.getRunStart(), ours.getRunStart(), "run start at " + i);
      assertEquals(batik.getRunLimit(), ours.getRunLimit(), "run limit at " + i);
      for (Object key : batik.getAllAttributeKeys()) { // Batik's sets are raw
        AttributedCharacterIterator.Attribute attribute = (AttributedCharacterIterator.Attribute) key;
        assertEquals(batik.getRunLimit(attribute), ours.getRunLimit(attribute), key + " run limit at " + i);
      }
    }
  }
}
