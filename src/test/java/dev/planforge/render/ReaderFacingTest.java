package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.model.Plan;
import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Column;
import dev.planforge.render.doc.DocumentModel;
import dev.planforge.render.doc.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a reader of the Chinese example sees (issue 9): each check fails if an old habit comes
 * back — ids in front of readers, squeezed text columns, stray spaces in Chinese, mixed date
 * styles, unnamed heat map cells, unnumbered figures, near-blank pages.
 */
class ReaderFacingTest {

  private static final Composer COMPOSER = new Composer(null);
  private static Document doc;
  private static DocumentModel model;
  private static String pdfText;
  private static int pages;

  @BeforeAll
  static void render() throws IOException {
    doc = Plans.document(Plans.EXAMPLES.resolve("meet-fresh.yaml"));
    model = COMPOSER.model(doc);
    byte[] pdf = Plans.render(new dev.planforge.render.pdf.PdfRenderer(COMPOSER, false, null), doc);
    try (PDDocument pd = Loader.loadPDF(pdf)) {
      pages = pd.getNumberOfPages();
      pdfText = new PDFTextStripper().getText(pd);
    }
  }

  @Test
  void givenTheChineseExample_thenNoTaskRiskObjectiveOrBudgetItemIdIsShown() {
    Plan p = doc.plan();
    List<String> ids = new ArrayList<>();
    p.actionPlan().tasks().forEach(t -> ids.add(t.id()));
    p.risks().register().forEach(r -> ids.add(r.id()));
    p.overview().objectives().forEach(o -> ids.add(o.id()));
    p.budget().items().forEach(i -> ids.add(i.id()));
    assertTrue(ids.size() > 30, "ids: " + ids.size());
    for (String id : ids) {
      assertFalse(Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(id) + "(?![A-Za-z0-9_])").matcher(pdfText).find(),
          id + " is shown in the PDF");
    }
  }

  @Test
  void givenEveryTableWithRunningText_thenTheTextColumnsHaveAtLeastAThirdOfTheWidth() {
    int checked = 0;
    for (Block.Table t : tables()) {
      int text = t.columns().stream().filter(c -> c.role() == Column.Role.TEXT).mapToInt(Column::width).sum();
      int all = t.columns().stream().mapToInt(Column::width).sum();
      assertEquals(100, all, t.style() + " widths add up");
      if (text > 0) {
        assertTrue(text >= 35, t.style() + ": text columns get " + text + "%");
        checked++;
      }
    }
    assertTrue(checked > 10, "tables with text: " + checked);
  }

  @Test
  void givenChineseParagraphsWrappedInYaml_thenThePdfShowsNoSpaceBetweenTheirCharacters() {
    // A Markdown field's soft line break between Chinese characters (口味、\n便利性) used to print as a space.
    assertFalse(pdfText.contains("口味、 便利性"), "a stray space in 口味、便利性");
    assertTrue(pdfText.contains("口味、便利性"), "the joined text");
  }

  @Test
  void givenTheChineseExample_thenEveryDateHasTheOneStyleOfTheLocale() {
    Matcher m = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日").matcher(pdfText);
    assertFalse(m.find(), () -> "a date in another style: " + m.group());
    assertTrue(pdfText.contains("2026-06-30"), "as_of as 2026-06-30");
  }

  @Test
  void givenTheRiskHeatMap_thenItsCellsNameTheRisksByTheirRegisterNumbers() {
    Block.Figure heat = model.figures().stream().filter(f -> f.id().equals("risk-heatmap")).findFirst().orElseThrow();
    String svg = heat.svg().toString();
    for (String r : List.of("R1", "R2", "R3", "R7")) {
      assertTrue(svg.contains(">" + r + "<"), r + " in the heat map");
    }
  }

  @Test
  void givenTheCharts_thenTheyAreNumberedCaptionedAndListed() throws IOException {
    List<Block.Figure> figures = model.figures();
    assertEquals(6, figures.size()); // five charts and the framework picture
    for (int i = 0; i < figures.size(); i++) {
      assertEquals("图 " + (i + 1), figures.get(i).number());
      assertTrue(Pattern.compile("图 " + (i + 1) + "\\s+" + Pattern.quote(figures.get(i).caption())).matcher(pdfText).find(),
          "caption " + (i + 1));
    }
    assertTrue(pdfText.contains("图目录"), "the list of figures");
  }

  @Test
  void givenTheChineseExample_thenChaptersShareItsPagesInsteadOfStartingBlankOnes() {
    // 32 pages when every chapter started a page, 30 after the first pass; the goal is about 24.
    // 25 with the second pass's pagination, 26 with the framework picture (图 1) the plan gained,
    // 27 since a table no longer leaves its header and one row at a page foot (表 1 moves whole).
    assertTrue(pages <= 27, "pages: " + pages);
  }

  @Test
  void givenTheMarkdown_thenNoTableHasAnEmptyHeaderRow() throws IOException {
    String md = new String(Plans.render(new MarkdownRenderer(COMPOSER), doc), StandardCharsets.UTF_8);
    assertFalse(Pattern.compile("(?m)^\\| \\| \\|").matcher(md).find(), "a key–value table without headers");
  }

  private static List<Block.Table> tables() {
    List<Block.Table> all = new ArrayList<>();
    for (Section s : model.sections()) {
      collect(s.blocks(), all);
    }
    return all;
  }

  private static void collect(List<Block> blocks, List<Block.Table> into) {
    for (Block b : blocks) {
      if (b instanceof Block.Table t) {
        into.add(t);
      } else if (b instanceof Block.Group g) {
        collect(g.blocks(), into);
      }
    }
  }
}
