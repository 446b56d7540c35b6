package dev.planforge.render.view;

import dev.planforge.enrich.Figures;
import dev.planforge.model.Part;
import dev.planforge.model.Plan;
import dev.planforge.render.Document;
import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.DocumentModel;
import dev.planforge.render.doc.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the {@link DocumentModel} of a document, once, for every format to write. */
public final class DocumentModels {

  private DocumentModels() {}

  public static DocumentModel of(Document doc, Labels labels, Markup markup) {
    Plan p = doc.plan();
    Figures f = doc.figures();
    Ctx c = new Ctx(p, labels, markup, doc.pictures());
    List<Section> sections = new ArrayList<>();
    // The summary leads, unnumbered, when the plan has a summary text or figures to show.
    List<Block> summary = SummarySection.blocks(p.summary(), f, c);
    if (!summary.isEmpty()) {
      sections.add(new Section("summary", "", labels.text("summary"), summary));
    }
    int number = 0;
    for (Part part : Part.values()) {
      List<Block> blocks = Sections.blocks(part, p, f, c);
      if (!blocks.isEmpty()) {
        sections.add(new Section(part.key(), c.sectionNumber(++number), labels.text(part.key()), blocks));
      }
    }
    sections = ChangeBars.mark(sections, doc.changes());
    sections = TableNumbers.number(sections, labels);
    sections = LongTables.shorten(sections, c);
    return new DocumentModel(p.locale().tag(), labels, cover(p, c), sections,
        anchors(p.title(), labels.text("contents"), sections));
  }

  private static DocumentModel.Cover cover(Plan p, Ctx c) {
    return new DocumentModel.Cover(
        p.title(),
        orEmpty(p.subtitle()),
        orEmpty(p.version()),
        c.fmt.date(p.asOf()),
        p.period() == null ? ""
            : c.fmt.date(p.period().start()) + " " + c.label("period_to") + " " + c.fmt.date(p.period().end()),
        p.authors().stream().map(a -> new DocumentModel.Author(a.name(), orEmpty(a.role()))).toList(),
        orEmpty(p.confidentiality()),
        p.overview() != null && p.overview().company() != null ? orEmpty(p.overview().company().name()) : "",
        c.label("footer_before"),
        c.label("footer_middle"),
        c.label("footer_after"));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * The anchor a git host gives each of the Markdown document's headings, in the order they
   * appear, so repeated titles are numbered as the host numbers them.
   */
  private static Map<String, String> anchors(String title, String contents, List<Section> sections) {
    Map<String, String> anchors = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    slug(title, seen);
    slug(contents, seen);
    for (Section s : sections) {
      anchors.put(s.id(), slug(s.full(), seen));
      headings(s.blocks(), anchors, seen);
    }
    return anchors;
  }

  private static void headings(List<Block> blocks, Map<String, String> anchors, Map<String, Integer> seen) {
    for (Block b : blocks) {
      if (b instanceof Block.Heading h) {
        String anchor = slug(h.shown(), seen);
        if (!h.id().isEmpty()) {
          anchors.put(h.id(), anchor);
        }
      } else if (b instanceof Block.Group g) {
        headings(g.blocks(), anchors, seen);
      }
    }
  }

  /** GitHub's heading slug: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
  static String slug(String heading, Map<String, Integer> seen) {
    StringBuilder b = new StringBuilder();
    heading.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
      if (cp == ' ') {
        b.append('-');
      } else if (cp == '-' || cp == '_' || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
          || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
        b.appendCodePoint(cp);
      }
    });
    String base = b.toString();
    int n = seen.merge(base, 1, Integer::sum) - 1;
    return n == 0 ? base : base + "-" + n;
  }
}
