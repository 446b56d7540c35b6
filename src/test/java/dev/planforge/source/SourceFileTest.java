package dev.planforge.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A file's lines are the ones an editor shows, whichever line breaks it uses. */
class SourceFileTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "\n", "\r", "\r\n", "\n\r", "a\nb", "a\r\nb\r\n", "a\rb\r", "\r\r\n\n", "x\n\n\ny",
      "客户\r\n策划\n"})
  void givenText_whenSplit_thenLinesAreTheRegexOnes(String text) {
    assertEquals(byRegex(text), SourceFile.splitLines(text));
  }

  @Test
  void givenRandomMixesOfBreaks_whenSplit_thenLinesAreTheRegexOnes() {
    char[] pool = {'a', 'b', ' ', '\r', '\n', '中', '\u2028', '\u0085'}; // only CR and LF end a line
    Random random = new Random(20261201);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(16); n > 0; n--) {
        text.append(pool[random.nextInt(pool.length)]);
      }
      String s = text.toString();
      assertEquals(byRegex(s), SourceFile.splitLines(s), () -> s.replace("\r", "\\r").replace("\n", "\\n"));
    }
  }

  @Test
  void givenLines_whenNumbered_thenTheyCountFromOne() {
    SourceFile file = new SourceFile(null, "plan.yaml", SourceFile.splitLines("first\r\nsecond\n"));

    assertEquals("first", file.line(1));
    assertEquals("second", file.line(2));
    assertEquals("", file.line(3));
    assertEquals(null, file.line(4));
  }

  /** What the lines were before: the regular expression editors' line breaks match. */
  private static List<String> byRegex(String text) {
    return List.of(text.split("\r\n|\r|\n", -1));
  }
}
