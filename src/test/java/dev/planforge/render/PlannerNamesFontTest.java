package dev.planforge.render;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names and marks planners really write make their PDF (issue 9, point 15): Polish, Romanian,
 * Hungarian, Turkish, Greek with accents and Cyrillic customer names, and ✔ ☐ ❤ in task titles
 * (which the timeline chart shows too). No glyph error; every font an embedded subset of a
 * built-in family, as {@code pdffonts} would list them; the text extracts as written.
 */
class PlannerNamesFontTest {

  private static final List<String> NAMES = List.of("Łódź Foods", "Ştefan Ăsăvoaie", "Țară Șoim SRL",
      "Győr Kőbánya Kft", "Doğan Işık", "Αθηνά Ξενοδοχεία", "Ηλέκτρα ή Ερμής", "Москва Трейд", "Київ Ґрунт");
  private static final List<String> TASKS = List.of("Łódź pilot signed off", "Αθηνά training booked", "Москва day");
  private static final List<String> MARKS = List.of("✔ Pilot signed off", "☐ Training booked", "❤ Loyalty day");
  private static final String EMBEDDED = "[A-Z]{6}\\+(NotoSansSC-Regular|NotoSansSC-Bold|Roboto-Regular|Roboto-Bold"
      + "|DejaVuSans|DejaVuSans-Bold) embedded";

  @TempDir
  Path dir;

  @Test
  void namesInMostEuropeanScriptsRenderWithEveryFontEmbedded() throws IOException {
    List<String> fonts = new ArrayList<>();
    String text = render(plan(NAMES, TASKS), fonts);
    for (String written : concat(NAMES, TASKS)) {
      assertTrue(text.contains(written), "extracted as written: " + written);
    }
    for (String font : fonts) {
      assertTrue(font.matches(EMBEDDED), font);
    }
    assertTrue(fonts.stream().anyMatch(f -> f.contains("Roboto")), "Latin, Greek, Cyrillic from Roboto: " + fonts);
    assertFalse(fonts.stream().anyMatch(f -> f.contains("DejaVu")), "the symbols font only when needed: " + fonts);
  }

  @Test
  void checkMarksBoxesAndHeartsRenderInTheSymbolsFont() throws IOException {
    List<String> fonts = new ArrayList<>();
    String text = render(plan(NAMES, MARKS), fonts);
    for (String written : MARKS) {
      assertTrue(text.contains(written), "extracted as written: " + written);
    }
    for (String font : fonts) {
      assertTrue(font.matches(EMBEDDED), font);
    }
    assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVuSans")), "the marks from DejaVu Sans: " + fonts);
  }

  /** The PDF's text, and its fonts as "NAME embedded" or "NAME not embedded", charts' included. */
  private String render(String yaml, List<String> fonts) throws IOException {
    Path plan = dir.resolve("names.yaml");
    Files.writeString(plan, yaml, StandardCharsets.UTF_8);
    byte[] pdf = Plans.render(new PdfRenderer(new Composer(null), false, null), Plans.document(plan));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        fonts(page.getResources(), fonts);
      }
      return new PDFTextStripper().getText(doc);
    }
  }

  private static void fonts(PDResources resources, List<String> all) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      all.add(font.getName() + (font.isEmbedded() ? " embedded" : " not embedded"));
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDFormXObject form) {
        fonts(form.getResources(), all);
      }
    }
  }

  private static String plan(List<String> customers, List<String> tasks) {
    StringBuilder y = new StringBuilder("""
        plan_format: 1
        title: Names and marks
        locale: en
        currency: EUR
        as_of: 2026-06-30
        team:
          - id: t1
            name: Ana
            role: Lead
        tiering:
          method: annual_value
          tiers:
            - {id: a, name: Key, min: 5000}
            - {id: b, name: Other, min: 0}
          customers:
        """);
    for (int i = 0; i < customers.size(); i++) {
      y.append("    - {id: c").append(i).append(", name: \"").append(customers.get(i)).append("\", annual_value: ")
          .append(1000 * (i + 1)).append("}\n");
    }
    y.append("action_plan:\n  tasks:\n");
    for (int i = 0; i < tasks.size(); i++) {
      y.append("    - {id: t").append(i).append(", title: \"").append(tasks.get(i))
          .append("\", owner: t1, start: 2026-03-01, end: 2026-09-30, status: in_progress, progress: 40}\n");
    }
    return y.toString();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
