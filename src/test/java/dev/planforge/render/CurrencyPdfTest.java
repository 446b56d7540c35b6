package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.render.pdf.PdfRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plan in a currency whose sign Noto Sans SC lacks makes its PDF (issue 7): the sign is drawn
 * in the embedded fallback font, in the text and in the charts, and a plan that needs no fallback
 * does not carry it.
 */
class CurrencyPdfTest {

  private static final String PLAN = """
      plan_format: 1
      title: Budget in %1$s
      locale: %2$s
      currency: %1$s
      as_of: 2026-06-30
      team:
        - id: t1
          name: Ana
          role: Lead
      action_plan:
        tasks:
          - id: a
            title: Launch
            owner: t1
            start: 2026-03-01
            end: 2026-09-30
            status: in_progress
            progress: 40
      budget:
        contingency_percent: 10
        items:
          - id: crm
            category: Systems
            description: CRM licences
            task: a
            amount: 1250000
          - id: events
            category: Events
            description: Customer days
            amount: 480000
      """;

  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource({"INR, en, ₹, true, true", "INR, zh-CN, ₹, true, false", "CNY, zh-CN, ¥, false, false"})
  void aPlanInItsCurrencyRendersToPdfWithItsSign(String currency, String locale, String sign, boolean fallback,
      boolean inCharts) throws IOException {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, PLAN.formatted(currency, locale), StandardCharsets.UTF_8);
    byte[] pdf = Plans.render(new PdfRenderer(new Composer(null), false, null), Plans.document(plan));

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains(sign + "1,903,000.00"), "the total with its sign: " + text);
      List<String> fonts = new ArrayList<>();
      List<String> chartFonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        fonts(page.getResources(), fonts, chartFonts, false);
      }
      for (String font : fonts) {
        // Embedded subsets only: no standard font, nothing the machine happened to have.
        assertTrue(font.matches("[A-Z]{6}\\+(NotoSansSC|Roboto)-(Regular|Bold) embedded"), font);
      }
      assertEquals(fallback, fonts.stream().anyMatch(f -> f.contains("Roboto")), "fallback embedded: " + fonts);
      // The budget chart's labels ("₹1.25M"; in Chinese "125万", without the sign) are text in the
      // fallback font, not outlines.
      assertEquals(inCharts, chartFonts.stream().anyMatch(f -> f.contains("Roboto")), "chart fonts: " + chartFonts);
      assertFalse(chartFonts.isEmpty(), "the charts write their labels as text");
    }
  }

  private static void fonts(PDResources resources, List<String> all, List<String> inCharts, boolean chart)
      throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      String entry = font.getName() + (font.isEmbedded() ? " embedded" : " not embedded");
      all.add(entry);
      if (chart) {
        inCharts.add(entry);
      }
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDFormXObject form) {
        fonts(form.getResources(), all, inCharts, true);
      }
    }
  }
}
