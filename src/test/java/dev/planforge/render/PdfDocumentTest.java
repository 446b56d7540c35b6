package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.render.pdf.PdfRenderer;
import dev.planforge.render.doc.DocumentModel;
import dev.planforge.render.doc.Section;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Tests on the PDF file itself, made from the Chinese example plan (and the English one). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfDocumentTest {

  private static final Path CHINESE = Path.of("plans/meet-fresh.yaml");
  private static final Path ENGLISH = Path.of("plans/annual-crm-2026.yaml");

  private final Composer composer = new Composer(null);
  private final PdfRenderer renderer = new PdfRenderer(composer, false, null);
  private Document document;
  private byte[] pdf;

  @BeforeAll
  void givenTheChineseExampleRenderedToPdf() throws IOException {
    document = Plans.document(CHINESE);
    pdf = Plans.render(renderer, document);
  }

  @Test
  void pageCountIsThatOfTheFullDocument() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertTrue(pages >= 20 && pages <= 45, "pages: " + pages);
      assertEquals(595.3f, doc.getPage(0).getMediaBox().getWidth(), 1f, "A4 width");
      assertEquals(841.9f, doc.getPage(0).getMediaBox().getHeight(), 1f, "A4 height");
    }
  }

  @Test
  void everySectionHasABookmarkThatTheContentsPageNumbersAgreeWith() throws IOException {
    DocumentModel model = composer.model(document);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<PDOutlineItem> top = new ArrayList<>();
      doc.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
      List<String> titles = top.stream().map(PDOutlineItem::getTitle).toList();
      for (Section s : model.sections()) {
        assertTrue(titles.contains(s.full()), "bookmark for " + s.full() + " in " + titles);
      }
      String contents = text(doc, 2, 3);
      for (PDOutlineItem item : top) {
        PDPage target = item.findDestinationPage(doc);
        assertNotNull(target, "bookmark " + item.getTitle() + " points to a page");
        int page = doc.getPages().indexOf(target) + 1;
        Matcher m = Pattern.compile(Pattern.quote(item.getTitle()) + "[ .]*(\\d+)").matcher(contents);
        assertTrue(m.find(), "contents lists " + item.getTitle());
        assertEquals(page, Integer.parseInt(m.group(1)), "contents page number of " + item.getTitle());
        assertTrue(text(doc, page, page).contains(item.getTitle()), item.getTitle() + " is on page " + page);
      }
    }
  }

  @Test
  void textHoldsTheChineseHeadingsFooterAndComputedTotal() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String all = text(doc, 1, doc.getNumberOfPages());
      for (String heading : List.of("一、企业概况", "三、市场分析", "五、客户分级", "八、行动计划", "九、预算", "十一、风险管理", "计划摘要")) {
        assertTrue(all.contains(heading), heading);
      }
      assertTrue(all.contains("¥1,841,724.54"), "the computed budget total");
      assertTrue(all.contains("第 3 页 / 共 " + doc.getNumberOfPages() + " 页"), "the footer");
      assertTrue(all.contains("内部资料"), "the running header's confidentiality");
      assertTrue(text(doc, 1, 1).contains("2026-06-30"), "the cover shows as_of, in the one date style of the locale");
      assertFalse(all.contains("⼾") || all.contains("⻚"), "no radical look-alikes (PDFBox 3.0.8 or later)");
    }
  }

  @Test
  void chartLabelsAreTextThatCanBeSearched() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String all = text(doc, 1, doc.getNumberOfPages());
      assertTrue(all.contains("65.3万"), "the budget chart's bar label is text, not glyph outlines");
      assertTrue(all.contains("影响 →"), "so is the heat map's axis title");
    }
  }

  @Test
  void everyFontIsEmbeddedAsASubset() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        collectFonts(page.getResources(), fonts, 0);
      }
      assertFalse(fonts.isEmpty());
      for (String f : fonts) {
        assertTrue(f.matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold) embedded"), f);
      }
      assertTrue(fonts.stream().anyMatch(f -> f.contains("Bold")), "bold is used");
    }
  }

  @Test
  void twoRendersGiveTheSameBytes() throws IOException {
    byte[] again = Plans.render(new PdfRenderer(new Composer(null), false, null), Plans.document(CHINESE));
    assertArrayEquals(pdf, again);
  }

  @Test
  void datesComeFromAsOfOrSourceDateEpoch() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Calendar created = doc.getDocumentInformation().getCreationDate();
      created.setTimeZone(TimeZone.getTimeZone("UTC"));
      assertEquals(2026, created.get(Calendar.YEAR));
      assertEquals(Calendar.JUNE, created.get(Calendar.MONTH));
      assertEquals(30, created.get(Calendar.DAY_OF_MONTH));
      assertNotNull(doc.getDocument().getTrailer().getCOSArray(COSName.ID));
    }
    byte[] epoch = Plans.render(new PdfRenderer(composer, false, 1_700_000_000L), document);
    try (PDDocument doc = Loader.loadPDF(epoch)) {
      assertEquals(1_700_000_000_000L, doc.getDocumentInformation().getCreationDate().getTimeInMillis());
    }
  }

  @Test
  void englishPlanHasEnglishFooter() throws IOException {
    byte[] english = Plans.render(renderer, Plans.document(ENGLISH));
    try (PDDocument doc = Loader.loadPDF(english)) {
      String all = text(doc, 1, doc.getNumberOfPages());
      assertTrue(all.contains("Page 3 of " + doc.getNumberOfPages()), "footer");
      assertTrue(all.contains("Contents"));
      assertTrue(all.contains("9. Budget"), "numbered section heading");
    }
  }

  private static String text(PDDocument doc, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(doc);
  }

  static void collectFonts(PDResources resources, List<String> out, int depth) throws IOException {
    if (resources == null || depth > 5) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      String entry = font.getName() + (font.isEmbedded() ? " embedded" : " not embedded");
      if (!out.contains(entry)) {
        out.add(entry);
      }
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        collectFonts(form.getResources(), out, depth + 1);
      }
    }
  }
}
