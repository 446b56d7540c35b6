package dev.planforge.render.view;

import dev.planforge.enrich.LoyaltyFigures;
import dev.planforge.enrich.LoyaltyQuadrant;
import dev.planforge.model.Market;
import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Cell;
import dev.planforge.render.doc.Column.Role;
import dev.planforge.render.doc.Inline;
import java.util.ArrayList;
import java.util.List;

/** 市场分析: today's problems, PEST, competitors, SWOT, trends and the loyalty matrix. */
final class MarketSection {

  private static final String ID = "market";

  private MarketSection() {}

  /** @param loyalty the loyalty items classified, or null when the plan lists none */
  static List<Block> blocks(Market m, LoyaltyFigures loyalty, Ctx c) {
    Blocks issues = new Blocks();
    for (int i = 0; i < m.currentIssues().size(); i++) {
      Market.CurrentIssue issue = m.currentIssues().get(i);
      issues.group("issue", new Blocks()
          .add(new Block.Heading("", 4, (i + 1) + ". " + issue.title(), List.of()))
          .rich(c, issue.description()));
    }
    return new Blocks()
        .sub(c.heading(ID, "issues", "market_issues"), issues)
        .sub(c.heading(ID, "pest", "market_pest"), new Blocks().add(pest(m.pest(), c)))
        .sub(c.heading(ID, "competitors", "market_competitors"), new Blocks().add(competitors(m.competitors(), c)))
        .sub(c.heading(ID, "swot", "market_swot"), new Blocks().add(swot(m.swot(), c)))
        .sub(c.heading(ID, "trends", "market_trends"), new Blocks().bullets(m.trends()))
        .sub(c.heading(ID, "loyalty", "market_loyalty"), loyalty(loyalty, c))
        .list();
  }

  private static Block pest(Market.Pest p, Ctx c) {
    if (p == null || p.isEmpty()) {
      return null;
    }
    return new Block.Quadrants("pest", List.of(
        new Block.Quadrant("political", c.label("pest_political"), p.political()),
        new Block.Quadrant("economic", c.label("pest_economic"), p.economic()),
        new Block.Quadrant("social", c.label("pest_social"), p.social()),
        new Block.Quadrant("technological", c.label("pest_technological"), p.technological())));
  }

  private static Block swot(Market.Swot s, Ctx c) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    return new Block.Quadrants("swot", List.of(
        new Block.Quadrant("strengths", c.label("swot_strengths"), s.strengths()),
        new Block.Quadrant("weaknesses", c.label("swot_weaknesses"), s.weaknesses()),
        new Block.Quadrant("opportunities", c.label("swot_opportunities"), s.opportunities()),
        new Block.Quadrant("threats", c.label("swot_threats"), s.threats())));
  }

  private static Block competitors(List<Market.Competitor> competitors, Ctx c) {
    TableBuilder t = new TableBuilder("competitors")
        .column(c.label("competitor_name"), Role.NAME)
        .optional(c.label("competitor_share"), Role.NUMBER)
        .optional(c.label("competitor_positioning"), Role.TEXT)
        .optional(c.label("competitor_strengths"), Role.TEXT)
        .optional(c.label("competitor_weaknesses"), Role.TEXT);
    for (Market.Competitor k : competitors) {
      t.row(Cell.strong(k.name()).with(note(k.pricing())),
          Cell.text(k.share() == null ? null : c.fmt.percentAsWritten(k.share())),
          Cell.text(k.positioning()), Cell.items(k.strengths()), Cell.items(k.weaknesses()));
    }
    return t.build();
  }

  private static Inline note(String text) {
    return text == null || text.isBlank() ? null : new Inline.Note(text);
  }

  private static Blocks loyalty(LoyaltyFigures f, Ctx c) {
    Blocks blocks = new Blocks();
    if (f == null || f.items().isEmpty()) {
      return blocks;
    }
    String high = c.label("level_high");
    String low = c.label("level_low");
    blocks.add(new Block.Matrix(c.label("loyalty_axis_attitude"), c.label("loyalty_axis_repeat"), List.of(low, high),
        List.of(
            new Block.MatrixRow(high, List.of(quadrant(f, LoyaltyQuadrant.LATENT, c), quadrant(f, LoyaltyQuadrant.LOYAL, c))),
            new Block.MatrixRow(low, List.of(quadrant(f, LoyaltyQuadrant.NONE, c), quadrant(f, LoyaltyQuadrant.SPURIOUS, c))))));
    TableBuilder t = new TableBuilder("loyalty")
        .column(c.label("loyalty_item"), Role.NAME)
        .column(c.label("loyalty_attitude"), Role.CENTER)
        .column(c.label("loyalty_repeat"), Role.CENTER)
        .column(c.label("loyalty_quadrant"), Role.STATUS)
        .optional(c.label("loyalty_note"), Role.TEXT);
    for (LoyaltyFigures.Classified x : f.items()) {
      String q = x.quadrant().key();
      t.row(Cell.text(x.item().item()), Cell.text(level(x.item().attitude(), c)), Cell.text(level(x.item().repeat(), c)),
          Cell.tag(q, c.label("loyalty_" + q)), Cell.text(x.item().note()));
    }
    return blocks.add(t.build());
  }

  private static Block.Quadrant quadrant(LoyaltyFigures f, LoyaltyQuadrant q, Ctx c) {
    List<String> items = new ArrayList<>();
    f.items().stream().filter(x -> x.quadrant() == q).forEach(x -> items.add(x.item().item()));
    return new Block.Quadrant(q.key(), c.label("loyalty_" + q.key()), items);
  }

  private static String level(Market.Level level, Ctx c) {
    return level == null ? null : c.label(level == Market.Level.HIGH ? "level_high" : "level_low");
  }
}
