package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.render.pdf.MissingGlyphException;
import dev.planforge.render.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A character that no embedded font can draw fails the PDF, naming it, the plan line and path
 * where it is written, however it is spelt there, and how to fix it.
 */
class GlyphCheckTest {

  private static final String HEAD = """
      plan_format: 1
      title: A plan with a character no embedded font has
      locale: en
      as_of: 2026-06-30
      """;

  @TempDir
  Path dir;

  @Test
  void emojiFailsThePdfWithItsCodePointAndPlanLine() throws Exception {
    Document doc = Plans.document(Plans.TEST_PLANS.resolve("missing-glyph.yaml"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MissingGlyphException e = assertThrows(MissingGlyphException.class,
        () -> new PdfRenderer(new Composer(null), false, null).render(doc, out));
    assertEquals(0x1F600, e.codePoint());
    assertTrue(e.getMessage().contains("U+1F600"), e.getMessage());
    assertTrue(e.getMessage().contains("missing-glyph.yaml:6:35: overview.mission: "), e.getMessage());
    assertTrue(e.getMessage().contains("remove it or replace it"), "says how to fix it: " + e.getMessage());
    assertFalse(e.getMessage().contains("written there as"), "written as itself: " + e.getMessage());
    assertEquals(0, out.size(), "nothing written");
  }

  @Test
  void theSamePlanStillRendersToHtml() throws Exception {
    Document doc = Plans.document(Plans.TEST_PLANS.resolve("missing-glyph.yaml"));
    assertTrue(new String(Plans.render(new HtmlRenderer(new Composer(null)), doc), "UTF-8").contains("😀"));
  }

  /** The same emoji in a double-quoted YAML string, spelt as YAML escapes spell it. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\\U0001F600        | 21",
      "\\U0001f600        | 21",
      "\\uD83D\\uDE00     | 21",
      "\\ud83d\\ude00     | 21",
      "\\\\ and \\U0001F600 | 28"})
  void aYamlEscapeIsFoundOnItsPlanLine(String escape, int column) throws Exception {
    Path plan = plan(HEAD + "overview:\n  mission: \"Delight " + escape + " every day\"\n");
    String message = pdfFailure(plan, 0x1F600);
    String spelt = escape.substring(escape.lastIndexOf(' ') + 1);
    assertTrue(message.startsWith(plan + ":6:" + column + ": overview.mission: "), message);
    assertTrue(message.contains("'😀' (U+1F600), written there as " + spelt + ";"), message);
  }

  /** In a Markdown field an HTML character reference is what Markdown shows as the character. */
  @ParameterizedTest
  @CsvSource({"&#x1F600;", "&#X1f600;", "&#x01F600;", "&#128512;", "&#0128512;"})
  void anHtmlReferenceInMarkdownIsFoundOnItsPlanLine(String reference) throws Exception {
    Path plan = plan(HEAD + "conclusion: |\n  We close here.\n\n  Thanks " + reference + " for reading.\n");
    String message = pdfFailure(plan, 0x1F600);
    assertTrue(message.startsWith(plan + ":8:10: conclusion: "), message);
    assertTrue(message.contains("written there as " + reference + ";"), message);
  }

  @Test
  void aCommentAboveTheValueIsNotBlamed() throws Exception {
    Path plan = plan(HEAD + "# say it with 😀\noverview:\n  mission: \"Delight \\U0001F600\"\n");
    assertTrue(pdfFailure(plan, 0x1F600).startsWith(plan + ":7:21: overview.mission: "));
  }

  @Test
  void theFirstValueInFileOrderIsNamedWhenThereAreSeveral() throws Exception {
    Path plan = plan(HEAD + "overview:\n  mission: plain words\n  vision: \"Smiles &#x1F600; and \\U0001F600\"\n"
        + "conclusion: \"&#x1F600;\"\n");
    String message = pdfFailure(plan, 0x1F600);
    // The YAML string holds the reference as text, not as the character, in a field that is not Markdown.
    assertTrue(message.startsWith(plan + ":7:33: overview.vision: "), message);
    assertTrue(message.contains("written there as \\U0001F600"), message);
  }

  @Test
  void anEscapedBackslashIsText() throws Exception {
    Path plan = plan(HEAD + "overview:\n  mission: \"Type \\\\U0001F600 to smile\"\n");
    byte[] pdf = Plans.render(new PdfRenderer(new Composer(null), false, null), Plans.document(plan));
    assertTrue(pdf.length > 1000, "the PDF is written");
  }

  @Test
  void aCharacterThePlanDoesNotHaveIsBlamedOnTheTemplates() throws Exception {
    Document read = Plans.document(plan(HEAD + "overview:\n  mission: \"Delight \\U0001F600\"\n"));
    Document withoutFile = new Document(read.plan(), read.tree(), read.figures(), null);
    MissingGlyphException e = assertThrows(MissingGlyphException.class,
        () -> new PdfRenderer(new Composer(null), false, null).render(withoutFile, new ByteArrayOutputStream()));
    assertTrue(e.getMessage().contains("used in the templates"), e.getMessage());
  }

  private Path plan(String yaml) throws IOException {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, yaml, StandardCharsets.UTF_8);
    return plan;
  }

  private static String pdfFailure(Path plan, int codePoint) throws IOException {
    Document doc = Plans.document(plan);
    MissingGlyphException e = assertThrows(MissingGlyphException.class,
        () -> new PdfRenderer(new Composer(null), false, null).render(doc, new ByteArrayOutputStream()));
    assertEquals(codePoint, e.codePoint(), e.getMessage());
    return e.getMessage();
  }
}
