package dev.planforge.render.view;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The one object every template sees: the plan's cover facts, its fixed words ({@code l}), the
 * contents, and one typed view per section (null when the plan leaves the section out). Numbers,
 * money and dates are already written in the plan's locale; charts are ready-made SVG.
 */
public record DocumentView(
    String lang,
    Labels l,
    Cover cover,
    SummaryView summary,
    OverviewView overview,
    TeamView team,
    MarketView market,
    TargetingView targeting,
    TieringView tiering,
    AccountsView accounts,
    StrategyView strategy,
    ActionPlanView actionPlan,
    BudgetView budget,
    MonitoringView monitoring,
    RisksView risks,
    TextSectionView conclusion,
    TextSectionView appendices,
    MarkdownView md) {

  /**
   * What the cover page and the running header show.
   *
   * @param period "2026年1月1日 至 2026年12月31日", or null
   * @param footerBefore the footer's words around the page numbers: before X, between X and Y
   *     and after Y ("第 ", " 页 / 共 ", " 页"), for the PDF's CSS counters
   */
  public record Cover(
      String title, String subtitle, String version, String asOf, String period, List<Author> authors,
      String confidentiality, String company, String footerBefore, String footerMiddle, String footerAfter) {}

  public record Author(String name, String role) {}

  /** The sections in document order, those the plan has. */
  public List<SectionView> sections() {
    List<SectionView> all = new ArrayList<>();
    for (SectionView s : new SectionView[] {overview, team, market, targeting, tiering, accounts, strategy, actionPlan,
        budget, monitoring, risks, conclusion, appendices}) {
      if (s != null) {
        all.add(s);
      }
    }
    return all;
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
    return Rich.trusted(out.append('"').toString());
  }
}
