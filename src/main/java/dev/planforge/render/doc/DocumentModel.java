package dev.planforge.render.doc;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one object every template sees: the language, the fixed words ({@code l}), the cover, the
 * summary and the sections in document order. Numbers, money and dates are already written in
 * the plan's locale; charts are ready-made SVG.
 *
 * @param l the labels, read by templates as {@code l.key} (an unknown key fails the render)
 * @param sections the sections the plan has, in document order; the first may be the unnumbered
 *     summary (id {@code summary}), before the numbered parts
 * @param anchors the Markdown anchor of every heading id, as a git host's slugger makes it from
 *     the heading text (so the Markdown contents links work)
 */
public record DocumentModel(
    String lang, TemplateHashModel l, Cover cover, List<Section> sections,
    Map<String, String> anchors) {

  public DocumentModel {
    Checks.text(lang, "lang");
    Objects.requireNonNull(l, "l");
    Objects.requireNonNull(cover, "cover");
    sections = Checks.list(sections, "sections");
    anchors = Map.copyOf(anchors);
  }

  /**
   * What the cover page and the running header show; "" for what the plan leaves out.
   *
   * @param period "2026年1月1日 至 2026年12月31日", or ""
   * @param footerBefore the footer's words around the page numbers: before X, between X and Y
   *     and after Y ("第 ", " 页 / 共 ", " 页"), for the PDF's CSS counters
   */
  public record Cover(
      String title, String subtitle, String version, String asOf, String period, List<Author> authors,
      String confidentiality, String company, String footerBefore, String footerMiddle, String footerAfter) {
    public Cover {
      Checks.text(title, "title");
      Checks.text(subtitle, "subtitle");
      Checks.text(version, "version");
      Checks.text(asOf, "asOf");
      Checks.text(period, "period");
      authors = Checks.list(authors, "authors");
      Checks.text(confidentiality, "confidentiality");
      Checks.text(company, "company");
      Checks.text(footerBefore, "footerBefore");
      Checks.text(footerMiddle, "footerMiddle");
      Checks.text(footerAfter, "footerAfter");
    }
  }

  /**
   * Whether the cover holds more than its usual room: a long title or subtitle, or many authors.
   * The PDF then sets it smaller so it stays one page.
   */
  public boolean coverIsLong() {
    return cover.title().length() > 60 || cover.subtitle().length() > 120 || cover.authors().size() > 6;
  }

  /**
   * The title in the pieces a line may break between: the words between its spaces. A piece that
   * is {@code whole} is kept on one line ("客户关系管理策划书" never becomes "客户关系管/理策划书");
   * a piece too long for a line may break anywhere.
   */
  public List<TitlePart> titleParts() {
    List<TitlePart> parts = new java.util.ArrayList<>();
    for (String word : cover.title().strip().split("\\s+")) {
      parts.add(new TitlePart(word, TextWidth.of(word) <= 24));
    }
    return parts;
  }

  public record TitlePart(String text, boolean whole) {}

  /** An author; {@code role} is "" when not given. */
  public record Author(String name, String role) {
    public Author {
      Checks.text(name, "name");
      Checks.text(role, "role");
    }
  }

  /** Every figure in document order, for a list of figures. */
  public List<Block.Figure> figures() {
    List<Block.Figure> all = new java.util.ArrayList<>();
    for (Section s : sections) {
      collect(s.blocks(), all);
    }
    return all;
  }

  private static void collect(List<Block> blocks, List<Block.Figure> into) {
    for (Block b : blocks) {
      if (b instanceof Block.Figure f) {
        into.add(f);
      } else if (b instanceof Block.Group g) {
        collect(g.blocks(), into);
      }
    }
  }

  /** The Markdown anchor of a heading id, for {@code [text](#anchor)}. */
  public String anchor(String id) {
    return anchors.getOrDefault(id, id);
  }

  /** A CSS string literal of {@code s}, for {@code content:} in the PDF's page rules. */
  public TemplateHTMLOutputModel css(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      if (cp == '"' || cp == '\\' || cp < 0x20 || cp == '<' || cp == '>' || cp == '&') {
        out.append('\\').append(Integer.toHexString(cp)).append(' ');
      } else {
        out.appendCodePoint(cp);
      }
    });
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(out.append('"').toString());
    } catch (TemplateModelException e) {
      throw new IllegalStateException(e);
    }
  }
}
