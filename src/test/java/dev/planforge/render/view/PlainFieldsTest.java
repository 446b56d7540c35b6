package dev.planforge.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plain field (lines of text with nothing Markdown reads) skips the parser; what it gives is
 * what parsing gives, checked on every kind of character Markdown cares about and on line breaks
 * between Chinese and Latin text.
 */
class PlainFieldsTest {

  private final Markup markup = new Markup();

  @ParameterizedTest
  @ValueSource(strings = {"客户满意度提升到 95.5%", "Harbor Bakery", "目标：新增 3 家战略客户，续约率 ≥ 90%", "a-b+c=d",
      "2027 年度计划", "It's 1,000 units/month @ $5", "“引号”与（括号）", "鲜芋仙(Meet Fresh)餐饮", "Great! (really)", "emoji \ud83d\ude00 ok", "Łódź, Αθηνά"})
  void givenPlainText_whenPieced_thenItIsPlainAndAsParsed(String text) {
    assertEquals(text, Markup.plain(text));
    assertEquals(markup.parsedPieces(text, Set.of()), markup.pieces(text, Set.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1. item", "12. item", "1) item", "(a)", "- item", "+ item", "# heading", "a  b", " a", "a ", "a\tb",
      "a\rb", "*em*", "_em_", "`code`", "[link](x)", "![pic](x.png)", "<b>", "a & b", "a > b", "\"quoted\"",
      "a\\b", "a|b", "~~x~~", "{a}", "![x](y)", "a ![x](y)", "a\u00a0b", "a\u3000b", "a\u200db", "a\u2028b", "a\u0085b", "a\ue000b",
      "a\ud800b", "!", "?", "."})
  void givenTextWithSomethingMarkdownReads_whenTested_thenItIsNotPlain(String text) {
    assertNull(Markup.plain(text), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = { // \\n stands for a line break
      "客户满意度\\n提升到 95%|客户满意度提升到 95%",
      "two lines\\nof English|two lines\\nof English",
      "中文行\\nEnglish line|中文行\\nEnglish line",
      "一行。\\n下一行|一行。下一行",
      "ends with a break\\n\\n|ends with a break"})
  void givenLines_whenPlain_thenJoinedAsParsingJoinsThem(String written, String joined) {
    String text = written.replace("\\n", "\n");
    assertEquals(joined.replace("\\n", "\n"), Markup.plain(text));
    assertEquals(markup.parsedPieces(text, Set.of()), markup.pieces(text, Set.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\n\nb", "a\n- b", "a\n+ b", "a\n1. b", "a\n b", "a \nb", "a\n===", "a\n---", "\n\n"})
  void givenLinesMarkdownReads_whenTested_thenTheyAreNotPlain(String text) {
    assertNull(Markup.plain(text), text);
  }

  @Test
  void givenRandomText_whenPlain_thenItsPiecesAreTheParsedOnes() {
    // Every ASCII character, blanks of several kinds, controls, CJK, and a surrogate pair.
    StringBuilder pool = new StringBuilder();
    for (char c = 0x20; c < 0x7f; c++) {
      pool.append(c);
    }
    pool.append("\t\n\r\u00a0\u3000\u2028\u200d\u00ad\u0085客户中文，。：（）“”—…ÅéΩ");
    String letters = "abcXYZ客户管理计划，。0123456789 \n";
    Random random = new Random(20261201);
    int plain = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = 1 + random.nextInt(14); n > 0; n--) {
        // mostly letters, so that many texts are plain and the rest differ from one by a little
        String from = random.nextInt(4) == 0 ? pool.toString() : letters;
        text.append(from.charAt(random.nextInt(from.length())));
      }
      if (random.nextInt(20) == 0) {
        text.append("\ud83d\ude00");
      }
      if (random.nextInt(8) == 0) {
        text.append('\n'); // a field from a YAML block ends with a line break
      }
      String s = text.toString();
      if (!s.isBlank() && Markup.plain(s) != null) {
        plain++;
        assertEquals(markup.parsedPieces(s, Set.of()), markup.pieces(s, Set.of()), s);
      }
    }
    assertTrue(plain > 10_000, "too few plain texts to prove anything: " + plain);
  }
}
