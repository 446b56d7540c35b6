package dev.planforge.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openhtmltopdf.bidi.SimpleBidiReorderer;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cached text measuring gives openhtmltopdf's own widths, to the point, for the strings a
 * plan has: Chinese, Latin, numbers, characters only a fallback font has, characters layout never
 * prints, and any mix of them; a different width would move a line break and change the PDF.
 */
class MeasuringTextRendererTest {

  private static final float[] SIZES = {7.5f, 9f, 10.5f, 13.333f, 24f};

  private static PDDocument pd;
  private static List<PdfBoxFSFont> fonts;

  @BeforeAll
  static void loadFonts() throws IOException {
    PdfFonts embedded = PdfFonts.get();
    pd = new PDDocument();
    PDType0Font regular = PDType0Font.load(pd, embedded.regular, true);
    PDType0Font bold = PDType0Font.load(pd, embedded.bold, true);
    PDType0Font roboto = PDType0Font.load(pd, embedded.fallbacks.get(0).regular(), true);
    fonts = new ArrayList<>();
    for (float size : SIZES) {
      fonts.add(new PdfBoxFSFont(List.of(
          new FontDescription(regular, IdentValue.NORMAL, 400), new FontDescription(roboto, IdentValue.NORMAL, 400)), size));
      fonts.add(new PdfBoxFSFont(List.of(new FontDescription(bold, IdentValue.NORMAL, 700)), size));
    }
  }

  @AfterAll
  static void close() throws IOException {
    pd.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", " ", "客户管理策划书", "2027 年度客户经营计划（第 3 版）", "Harbor Bakery — Q3 retention",
      "¥1,234,567.89", "₹ 12,00,000", "Łódź, Ştefan, Αθηνά", "✔ done ☐ open", "a\u00adb", "tab\there",
      "line\u2028sep", "\ud83d\ude00 emoji", "lone \ud800 surrogate", "非常长的中文句子没有任何空格可以断开因此需要逐字测量宽度直到行尾为止。"})
  void widthsAreOpenhtmltopdfs(String text) {
    assertSameWidths(text);
  }

  @Test
  void randomMixesOfEveryKindOfCharacter() {
    String pool = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所"
        + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?()[]%+-=/·、，。：；！？（）《》“”—…"
        + "₹₪₱₦₺₽€£¥✔✗☐☑❤łşğαβ\u00a0\u3000\u00ad";
    int[] codePoints = pool.codePoints().toArray();
    Random random = new Random(20261130);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(40); n > 0; n--) {
        text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
      }
      assertSameWidths(text.toString());
    }
  }

  @Test
  void printableTextIsOpenhtmltopdfsOnEveryKindOfCharacter() {
    // Soft hyphen, zero-width joiner, BOM, bidi controls, private use, unassigned, controls, lone
    // surrogates of both kinds, a surrogate pair, and characters that are always kept.
    String pool = "a中 \u00ad\u200d\ufeff\u202e\u2066\ue000\u0378\u0000\u0007\u007f\u0085\t\n\ud800\udc00"
        + "\ud83d\ude00\u3000\u00a0₹";
    int[] codePoints = pool.chars().toArray(); // char by char, so pairs are also split
    Random random = new Random(20261201);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        text.append((char) codePoints[random.nextInt(codePoints.length)]);
      }
      String s = text.toString();
      assertEquals(TextRenderer.getEffectivePrintableString(s), MeasuringTextRenderer.printable(s), () -> s.chars()
          .mapToObj(c -> String.format("U+%04X", c)).toList().toString());
    }
    assertEquals(null, MeasuringTextRenderer.printable(null));
  }

  private static void assertSameWidths(String text) {
    PdfBoxTextRenderer theirs = new PdfBoxTextRenderer();
    MeasuringTextRenderer ours = new MeasuringTextRenderer();
    theirs.setup(null, new SimpleBidiReorderer()); // as the renderer sets them up before layout
    ours.setup(null, new SimpleBidiReorderer());
    SharedContext context = new SharedContext(); // what a character no font has is measured as
    context.registerWithThread();
    try {
      for (PdfBoxFSFont font : fonts) {
        int expected = theirs.getWidth(null, font, text);
        // twice: the second answer comes from the cache
        assertEquals(expected, ours.getWidth(null, font, text), () -> "first width of \"" + text + "\" at " + font.getSize2D());
        assertEquals(expected, ours.getWidth(null, font, text), () -> "cached width of \"" + text + "\" at " + font.getSize2D());
      }
    } finally {
      context.removeFromThread();
    }
  }
}
