package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.enrich.BudgetFigures;
import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.DocumentModel;
import dev.planforge.render.doc.Section;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9, points 3, 7 and 11 on both examples: every table numbered once, in reading order, by
 * its heading or its caption; the contents on one page; the budget by period a time series
 * (each quarter before the months it holds, never a month of one quarter after the next quarter).
 */
class NumberingAndPagesTest {

  private static final Composer COMPOSER = new Composer(null);

  @ParameterizedTest
  @ValueSource(strings = {"meet-fresh.yaml", "annual-crm-2026.yaml"})
  void givenAnExample_thenEveryTableIsNumberedOnceInReadingOrder(String plan) throws IOException {
    DocumentModel model = COMPOSER.model(Plans.document(Plans.EXAMPLES.resolve(plan)));
    String word = plan.startsWith("meet") ? "表 " : "Table ";
    List<String> numbers = new ArrayList<>();
    for (Section s : model.sections()) {
      collect(s.blocks(), numbers);
    }
    assertTrue(numbers.size() >= 15, "numbered tables: " + numbers);
    for (int i = 0; i < numbers.size(); i++) {
      assertEquals(word + (i + 1), numbers.get(i));
    }
  }

  /** Each table's number, from the heading over it or from its own caption, never both. */
  private static void collect(List<Block> blocks, List<String> numbers) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b instanceof Block.Group g) {
        collect(g.blocks(), numbers);
      } else if (b instanceof Block.Table t) {
        String byHeading = i > 0 && blocks.get(i - 1) instanceof Block.Heading h ? h.number() : "";
        assertTrue(byHeading.isEmpty() != t.number().isEmpty(),
            "a table is numbered by its heading or its caption, once: " + t.style() + " " + byHeading + "/" + t.number());
        assertFalse(!t.number().isEmpty() && t.caption().isEmpty(), "a numbered caption says what the table shows");
        numbers.add(byHeading.isEmpty() ? t.number() : byHeading);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"meet-fresh.yaml", "annual-crm-2026.yaml"})
  void givenAnExample_thenTheContentsAndTheListOfFiguresFitOnePage(String plan) throws IOException {
    Document doc = Plans.document(Plans.EXAMPLES.resolve(plan));
    DocumentModel model = COMPOSER.model(doc);
    byte[] pdf = Plans.render(new dev.planforge.render.pdf.PdfRenderer(COMPOSER, false, null), doc);
    try (PDDocument pd = Loader.loadPDF(pdf)) {
      PDFTextStripper page = new PDFTextStripper();
      page.setStartPage(2);
      page.setEndPage(2);
      String contents = page.getText(pd);
      List<Section> sections = model.sections();
      assertTrue(contents.contains(sections.get(sections.size() - 1).full()), "the last chapter is on the contents page");
      List<Block.Figure> figures = model.figures();
      assertTrue(contents.contains(figures.get(figures.size() - 1).caption()), "the last figure is on the contents page");
      page.setStartPage(3);
      page.setEndPage(3);
      assertFalse(page.getText(pd).contains(".........."), "no contents line (dot leaders) on page 3");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"meet-fresh.yaml", "annual-crm-2026.yaml"})
  void givenABudgetByPeriod_thenQuartersLeadTheMonthsTheyHold(String plan) throws IOException {
    Document doc = Plans.document(Plans.EXAMPLES.resolve(plan));
    BudgetFigures f = doc.figures().budget();
    List<BudgetFigures.Group> quarters = f.byQuarter().groups().stream().filter(g -> !g.unassigned()).toList();
    assertTrue(quarters.size() >= 3, "quarters: " + quarters);
    // The quarters add up to the subtotal, exactly.
    assertEquals(0, f.byQuarter().groups().stream().map(BudgetFigures.Group::amount)
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).compareTo(f.subtotal()));
    Block.Table table = periodTable(COMPOSER.model(doc));
    List<String> styles = table.rows().stream().map(r -> r.style()).toList();
    assertEquals(quarters.size(), styles.stream().filter("quarter"::equals).count(), "one row per quarter: " + styles);
    assertEquals("quarter", styles.get(0), "the series starts with a quarter");
    // A row held by a quarter follows that quarter's row or a sibling.
    for (int i = 1; i < styles.size(); i++) {
      if (styles.get(i).equals("in-quarter")) {
        assertTrue(styles.get(i - 1).equals("quarter") || styles.get(i - 1).equals("in-quarter"), "row " + i + ": " + styles);
      }
    }
    assertTrue(styles.contains("in-quarter"), "the example mixes months and quarters: " + styles);
  }

  private static Block.Table periodTable(DocumentModel model) {
    for (Section s : model.sections()) {
      for (Block b : s.blocks()) {
        if (b instanceof Block.Table t && t.style().contains("by-period")) {
          return t;
        }
      }
    }
    throw new AssertionError("no budget-by-period table");
  }
}
