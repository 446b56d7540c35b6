package dev.planforge.render.view;

import dev.planforge.model.Plan;
import dev.planforge.render.doc.Block;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import dev.planforge.model.PlanLocale;
import dev.planforge.source.Picture;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What every section view needs while it is built: formats, labels, Markdown and the names behind
 * the ids a plan refers to (owners, tiers, tasks, …), so tables show 陈静 rather than chen_jing.
 */
final class Ctx {

  final Plan plan;
  final Formats fmt;
  final Labels l;
  final Markup markup;
  private final Map<String, String> team = new HashMap<>();
  private final Map<String, String> tiers = new HashMap<>();
  private final Map<String, String> tasks = new HashMap<>();
  private final Map<String, String> kpis = new HashMap<>();
  private final Map<String, String> segments = new HashMap<>();
  private final Map<String, String> pillars = new HashMap<>();
  private final Map<String, String> customers = new HashMap<>();
  private final Map<String, Integer> taskNumbers = new HashMap<>();
  private final Map<String, Integer> riskNumbers = new HashMap<>();
  private int figures;
  /** The pictures the check accepted, by the address the plan writes. */
  private final Map<String, Picture> pictures;

  Ctx(Plan plan, Labels labels, Markup markup) {
    this(plan, labels, markup, Map.of());
  }

  Ctx(Plan plan, Labels labels, Markup markup, Map<String, Picture> pictures) {
    this.pictures = pictures;
    this.plan = plan;
    this.fmt = new Formats(plan.locale(), plan.currency());
    this.l = labels;
    this.markup = markup;
    plan.team().forEach(m -> team.put(m.id(), m.name()));
    if (plan.tiering() != null) {
      plan.tiering().tiers().forEach(t -> tiers.put(t.id(), t.name()));
      plan.tiering().customers().forEach(c -> customers.put(c.id(), c.name()));
    }
    if (plan.actionPlan() != null) {
      plan.actionPlan().tasks().forEach(t -> {
        tasks.put(t.id(), t.title());
        taskNumbers.putIfAbsent(t.id(), taskNumbers.size() + 1);
      });
    }
    if (plan.risks() != null) {
      plan.risks().register().forEach(r -> riskNumbers.putIfAbsent(r.id(), riskNumbers.size() + 1));
    }
    if (plan.monitoring() != null) {
      plan.monitoring().kpis().forEach(k -> kpis.put(k.id(), k.name()));
    }
    if (plan.targeting() != null) {
      plan.targeting().segments().forEach(s -> segments.put(s.id(), s.name()));
    }
    if (plan.strategy() != null) {
      plan.strategy().pillars().forEach(p -> pillars.put(p.id(), p.name()));
    }
  }

  /**
   * A Markdown field as blocks: its text (safe Markdown and XHTML), and each of its pictures as a
   * numbered figure where it stands; none when it is blank.
   */
  List<Block> markdown(String md) {
    return markdown(md, "");
  }

  /** The same, its text marked as the plan's field at {@code key} (or "" for none). */
  List<Block> markdown(String md, String key) {
    List<Block> blocks = new ArrayList<>();
    for (Markup.Piece piece : markup.pieces(md, pictures.keySet())) {
      if (piece instanceof Markup.Prose p) {
        blocks.add(new Block.Rich(p.md(), trusted(p.xhtml()), key));
      } else if (piece instanceof Markup.PictureAt p) {
        blocks.add(picture(p.address(), p.caption()));
      }
    }
    return blocks;
  }

  /**
   * A picture of the plan as the next figure: the checked bytes inside the document (HTML, PDF),
   * and for Markdown the picture by the address the plan writes, relative to the plan's folder.
   */
  private Block.Figure picture(String address, String caption) {
    figures++;
    String markdown = "![" + Markup.escapeMarkdown(caption) + "](<" + address.replace("<", "%3C").replace(">", "%3E") + ">)";
    return new Block.Figure("picture-" + figures, l.text("figure_number", figures), caption,
        trusted(ImageMarkup.img(pictures.get(address), caption)), "", List.of(new Block.Rich(markdown, trusted(""))));
  }

  /** The next figure, numbered in document order (sections are built in that order). */
  Block.Figure figure(String id, String caption, String svg, String mermaid, List<Block> text) {
    figures++;
    return new Block.Figure(id, l.text("figure_number", figures), caption, trusted(svg), mermaid, text);
  }

  /** Markup planforge made itself (a chart's SVG), to be inserted as it is. */
  TemplateHTMLOutputModel trusted(String markup) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(markup);
    } catch (TemplateModelException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The number of the n-th section (from 1): "一、" in Chinese, "1. " in English. */
  String sectionNumber(int n) {
    return plan.locale() == PlanLocale.ZH_CN ? chineseNumeral(n) + "、" : n + ". ";
  }

  /** The label {@code key} in the plan's language, with {0}, {1}, … replaced by {@code args}. */
  String label(String key, Object... args) {
    return l.text(key, args);
  }

  /** A subsection heading (level 3, listed in the contents), anchored {@code sectionId-part}. */
  Block.Heading heading(String sectionId, String part, String labelKey) {
    return new Block.Heading(sectionId + "-" + part, 3, l.text(labelKey), List.of());
  }

  /**
   * The number a reader knows a task by, the same in every table and chart: its place in the
   * plan's task list (1, 2, …). Ids are for the plan's own references and stay in the JSON.
   */
  String taskNumber(String id) {
    Integer n = taskNumbers.get(id);
    return n == null ? id : String.valueOf(n);
  }

  /** The number a reader knows a risk by: R and its place in the plan's register (R1, R2, …). */
  String riskNumber(String id) {
    Integer n = riskNumbers.get(id);
    return n == null ? id : "R" + n;
  }

  String person(String id) {
    return name(team, id);
  }

  String tier(String id) {
    return name(tiers, id);
  }

  String task(String id) {
    return name(tasks, id);
  }

  String kpi(String id) {
    return name(kpis, id);
  }

  String segment(String id) {
    return name(segments, id);
  }

  String pillar(String id) {
    return name(pillars, id);
  }

  /** A customer named by id, or the name itself (accounts may name a customer directly). */
  String customer(String idOrName) {
    return name(customers, idOrName);
  }

  /** Short items on one line, joined the way the plan's language joins a list: 甲、乙、丙 / a, b, c. */
  String joined(List<String> items) {
    return String.join(l.text("list_separator"), items);
  }

  List<String> names(List<String> ids, Function<String, String> lookup) {
    return ids.stream().map(lookup).toList();
  }

  private static String name(Map<String, String> names, String id) {
    if (id == null) {
      return null;
    }
    return names.getOrDefault(id, id);
  }

  /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十: enough for the document's sections. */
  static String chineseNumeral(int n) {
    String digits = "零一二三四五六七八九";
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    if (n < 100) {
      int tens = n / 10;
      int ones = n % 10;
      return (tens == 1 ? "" : String.valueOf(digits.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(digits.charAt(ones)));
    }
    return String.valueOf(n);
  }
}
