package dev.planforge.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The word diff of prose, and the character diff of Chinese. */
class WordsTest {

  /** The spans written as git's plain word diff does: [-deleted-]{+inserted+}. */
  private static String plain(String a, String b) {
    return Words.diff(a, b).stream().map(s -> switch (s.op()) {
      case SAME -> s.text();
      case DELETED -> "[-" + s.text() + "-]";
      case INSERTED -> "{+" + s.text() + "+}";
    }).collect(Collectors.joining());
  }

  @Test
  void givenEnglishProse_whenOneWordChanges_thenOnlyThatWordIsMarked() {
    assertEquals("measure retention every [-quarter-]{+month+}.",
        plain("measure retention every quarter.", "measure retention every month."));
  }

  @Test
  void givenWordsInserted_thenTheSpacesAroundThemStayUnmarked() {
    assertEquals("keep its key accounts{+, win back unhappy ones+} and grow the rest.",
        plain("keep its key accounts and grow the rest.", "keep its key accounts, win back unhappy ones and grow the rest."));
  }

  @Test
  void givenSeveralWordsReplaced_thenTheyAreOneChangeNotAComb() {
    assertEquals("the [-old slow way-]{+new fast path+} works",
        plain("the old slow way works", "the new fast path works"));
  }

  @Test
  void givenChinese_thenTheDiffIsByCharacter() {
    assertEquals("为每一级配置[-不同-]{+专属+}的服务{+、资源+}与负责人",
        plain("为每一级配置不同的服务与负责人", "为每一级配置专属的服务、资源与负责人"));
  }

  @Test
  void givenMixedText_thenLatinWordsAndNumbersStayWhole() {
    assertEquals(List.of("以", " ", "ABC", " ", "分", "级", ",", " ", "2026-Q1", " ", "1,200.50", "元"),
        Words.tokens("以 ABC 分级, 2026-Q1 1,200.50元"));
  }

  @Test
  void givenTheSameText_thenOneSameSpan() {
    assertEquals(List.of(new Words.Span(Words.Op.SAME, "no change here")), Words.diff("no change here", "no change here"));
  }

  @Test
  void givenShortValues_thenTheyAreNotProse() {
    assertFalse(Words.isProse("Key", "Key accounts"));
    assertFalse(Words.isProse("2026-07-31", "2026-08-14"));
    assertTrue(Words.isProse("Raise retention of key accounts to 90 percent", "Raise retention to 92 percent"));
    assertTrue(Words.isProse("每季度回访关键客户", "每月回访关键客户"));
  }
}
