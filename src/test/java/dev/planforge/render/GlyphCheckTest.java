package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.render.pdf.MissingGlyphException;
import dev.planforge.render.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** A character that no embedded font can draw fails the PDF, naming it and the plan line. */
class GlyphCheckTest {

  @Test
  void emojiFailsThePdfWithItsCodePointAndPlanLine() throws Exception {
    Document doc = Plans.document(Plans.TEST_PLANS.resolve("missing-glyph.yaml"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MissingGlyphException e = assertThrows(MissingGlyphException.class,
        () -> new PdfRenderer(new Composer(null), false, null).render(doc, out));
    assertEquals(0x1F600, e.codePoint());
    assertTrue(e.getMessage().contains("U+1F600"), e.getMessage());
    assertTrue(e.getMessage().contains("missing-glyph.yaml:6:"), e.getMessage());
    assertEquals(0, out.size(), "nothing written");
  }

  @Test
  void theSamePlanStillRendersToHtml() throws Exception {
    Document doc = Plans.document(Plans.TEST_PLANS.resolve("missing-glyph.yaml"));
    assertTrue(new String(Plans.render(new HtmlRenderer(new Composer(null)), doc), "UTF-8").contains("😀"));
  }
}
