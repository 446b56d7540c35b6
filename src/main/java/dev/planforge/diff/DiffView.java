package dev.planforge.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.enrich.KpiStatus;
import dev.planforge.enrich.RiskLevel;
import dev.planforge.model.ActionPlan;
import dev.planforge.model.PlanLocale;
import dev.planforge.render.view.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a reader of the diff sees, in the plan's language, built once from a {@link PlanDiff} and
 * written thinly by the text, Markdown and HTML reports: headings, tables of figures, notes and
 * the changes by section, every value already worded. An absent part is simply not there.
 *
 * @param tiles how many changes there are, then how many of each kind
 * @param figures the figures' tables and notes, in the order budget, tasks, KPIs, risks, tiers, warnings
 * @param sections the changes by section, in document order
 * @param labels the report's other words (headings, notes), in the same language
 */
public record DiffView(
    String lang, String title, String compared, String summary, boolean differs, List<Tile> tiles,
    List<Block> figures, List<SectionView> sections, DiffLabels labels) {

  /** Longest value shown whole; a longer one is cut, the JSON keeps it all. */
  static final int LONGEST_VALUE = 400;

  /**
   * One group of figures: a table ({@code header} and {@code rows}) or a list of notes.
   *
   * @param header the column names; the first column is text, the others are numbers
   */
  public record Block(String heading, List<String> header, List<Row> rows, List<Note> notes) {

    public boolean isTable() {
      return !header.isEmpty();
    }
  }

  public record Row(List<String> cells) {}

  /** @param kind {@code all}, {@code added}, {@code removed} or {@code changed} */
  public record Tile(String kind, long count, String what) {}

  /**
   * @param subject what the note is about: an id and a name, a path
   * @param tone {@code added}, {@code removed} or {@code changed}: which change bar it gets
   */
  public record Note(String subject, String text, String tone) {}

  public record SectionView(String key, String title, List<ChangeView> changes) {}

  /**
   * One change, worded.
   *
   * @param words the word diff of changed prose, else empty (then {@code oldText} → {@code newText})
   */
  public record ChangeView(
      String kind, String kindLabel, String path, String label, String oldText, String newText,
      List<Words.Span> words) {

    public boolean isProse() {
      return !words.isEmpty();
    }
  }

  public static DiffView of(PlanDiff diff) {
    return new Builder(diff).build();
  }

  private static final class Builder {
    private final PlanDiff diff;
    private final DiffLabels l;
    private final Formats f;

    Builder(PlanDiff diff) {
      this.diff = diff;
      this.l = DiffLabels.of(diff.locale());
      this.f = new Formats(diff.locale(), diff.currency());
    }

    DiffView build() {
      String summary = diff.differs()
          ? l.text("summary", diff.changes().size(), diff.count(Change.Kind.ADDED), diff.count(Change.Kind.REMOVED),
              diff.count(Change.Kind.CHANGED))
          : l.text("no_changes");
      List<SectionView> sections = new ArrayList<>();
      for (Map.Entry<String, List<Change>> e : diff.bySection().entrySet()) {
        sections.add(new SectionView(e.getKey(), l.text("section_" + e.getKey()),
            e.getValue().stream().map(this::change).toList()));
      }
      return new DiffView(diff.locale().tag(), l.text("heading", diff.title() == null ? diff.newName() : diff.title()),
          l.text("compared", diff.oldName(), diff.newName()), summary, diff.differs(), tiles(), figures(), sections,
          l);
    }

    private List<Tile> tiles() {
      List<Tile> tiles = new ArrayList<>();
      tiles.add(new Tile("all", diff.changes().size(), l.text("tile_all")));
      for (Change.Kind k : Change.Kind.values()) {
        tiles.add(new Tile(k.key(), diff.count(k), l.text("kind_" + k.key())));
      }
      return tiles;
    }

    private ChangeView change(Change c) {
      // An item added or removed is shown by its id and name: its label would say it twice.
      JsonNode whole = c.kind() == Change.Kind.ADDED ? c.newValue() : c.oldValue();
      String label = c.kind() != Change.Kind.CHANGED && whole != null && whole.isObject() ? null : c.label();
      return new ChangeView(c.kind().key(), l.text("kind_" + c.kind().key()), c.path(), label,
          show(c.oldValue()), show(c.newValue()), c.words());
    }

    /** A value as a reader reads it: text as written, a list joined, an item by its name. */
    String show(JsonNode v) {
      if (v == null || v.isNull()) {
        return "";
      }
      String s;
      if (v.isTextual()) {
        s = v.asText();
      } else if (v.isNumber()) {
        s = v.decimalValue().toPlainString();
      } else if (v.isValueNode()) {
        s = v.asText();
      } else if (v.isArray() && allScalars(v)) {
        List<String> parts = new ArrayList<>();
        v.forEach(x -> parts.add(show(x)));
        s = parts.isEmpty() ? l.text("empty") : String.join(diff.locale() == PlanLocale.ZH_CN ? "、" : ", ", parts);
      } else if (v.isArray()) {
        s = l.text("items", v.size());
      } else {
        s = named(v);
      }
      return s.length() > LONGEST_VALUE ? s.substring(0, LONGEST_VALUE) + "…" : s;
    }

    private static boolean allScalars(JsonNode array) {
      for (JsonNode x : array) {
        if (!x.isValueNode()) {
          return false;
        }
      }
      return true;
    }

    /** An item or section by its id and name, else its fields in short. */
    private String named(JsonNode o) {
      StringBuilder out = new StringBuilder();
      JsonNode id = o.get("id");
      if (id != null) {
        out.append(id.asText());
      }
      for (String key : List.of("title", "name", "statement", "description", "item", "stage", "customer")) {
        if (o.path(key).isTextual()) {
          out.append(out.length() > 0 ? " " : "").append(o.path(key).asText().strip().lines().findFirst().orElse(""));
          break;
        }
      }
      if (out.length() > 0) {
        return out.toString();
      }
      List<String> fields = new ArrayList<>();
      o.properties().forEach(e -> fields.add(e.getKey() + ": " + show(e.getValue())));
      return String.join("; ", fields);
    }

    private List<Block> figures() {
      FigureDeltas d = diff.figures();
      List<Block> out = new ArrayList<>();
      if (d.budget() != null && d.budget().changed()) {
        budget(d.budget(), out);
      }
      if (!d.tasks().isEmpty()) {
        out.add(notes(l.text("tasks"), d.tasks().stream().map(this::task).toList()));
      }
      if (!d.kpis().isEmpty()) {
        out.add(notes(l.text("kpis"), d.kpis().stream().map(this::kpi).toList()));
      }
      if (!d.risks().isEmpty()) {
        out.add(notes(l.text("risks"), d.risks().stream().map(this::risk).toList()));
      }
      if (d.tiers() != null && d.tiers().changed()) {
        tiers(d.tiers(), out);
      }
      if (d.warnings().changed()) {
        List<Note> notes = new ArrayList<>();
        d.warnings().appeared().forEach(w -> notes.add(warning(w, "warning_appeared", "added")));
        d.warnings().gone().forEach(w -> notes.add(warning(w, "warning_gone", "removed")));
        out.add(notes(l.text("warnings"), notes));
      }
      return out;
    }

    private void budget(FigureDeltas.Budget b, List<Block> out) {
      List<String> header = List.of(l.text("figure"), l.text("old"), l.text("new"), l.text("delta"),
          l.text("delta_percent"));
      List<Row> totals = new ArrayList<>();
      String[] names = {"budget_subtotal", "budget_contingency", "budget_total", "budget_cap", "budget_cap_remaining"};
      for (int i = 0; i < names.length; i++) {
        FigureDeltas.Amount a = b.totals().get(i);
        if (a.oldValue() != null || a.newValue() != null) {
          totals.add(amountRow(l.text(names[i]), a));
        }
      }
      out.add(table(diff.currency() == null ? l.text("budget") : l.text("paren", l.text("budget"), f.currencyUnit()),
          header, totals));
      for (FigureDeltas.Breakdown by : b.breakdowns()) {
        // A breakdown whose only group is "none" (a plan without periods) repeats the subtotal.
        if (by.changed() && by.rows().stream().anyMatch(r -> r.key() != null)) {
          out.add(table(l.text("budget") + " · " + l.text("by_" + by.by()), header, by.changedRows().stream()
              .map(r -> amountRow(r.key() == null ? l.text("unassigned") : rowName(by.by(), r), r.amount()))
              .toList()));
        }
      }
      if (!b.lines().isEmpty()) {
        out.add(table(l.text("budget_lines"), header, b.lines().stream()
            .map(x -> amountRow(x.id() + (x.description() == null ? "" : " " + x.description()), x.amount()))
            .toList()));
      }
    }

    /** A category or period is its own name; a task or tier shows its id and name. */
    private static String rowName(String by, FigureDeltas.Row r) {
      return r.name() == null || r.name().equals(r.key()) ? r.key() : r.key() + " " + r.name();
    }

    private Row amountRow(String name, FigureDeltas.Amount a) {
      return new Row(List.of(name, money(a.oldValue()), money(a.newValue()), signedMoney(a.delta()),
          signedPercent(a.deltaPercent())));
    }

    private String money(BigDecimal v) {
      return v == null ? "—" : f.amount(v).replace("-", "−");
    }

    private String signedMoney(BigDecimal v) {
      if (v == null) {
        return "—";
      }
      return (v.signum() > 0 ? "+" : v.signum() < 0 ? "−" : "±") + f.amount(v.abs());
    }

    private static String signedPercent(BigDecimal p) {
      if (p == null) {
        return "—";
      }
      return (p.signum() > 0 ? "+" : p.signum() < 0 ? "−" : "±") + p.abs().toPlainString() + "%";
    }

    private Note task(FigureDeltas.TaskDelta t) {
      List<String> parts = new ArrayList<>();
      if (t.oldEnd() == null) {
        parts.add(l.text("task_new"));
      }
      if (t.slippedDays() > 0) {
        parts.add(l.text("task_slipped", t.slippedDays(), f.date(t.newEnd())));
      } else if (t.slippedDays() < 0) {
        parts.add(l.text("task_pulled_in", -t.slippedDays(), f.date(t.newEnd())));
      }
      if (t.startMoved()) {
        parts.add(l.text("task_start", f.date(t.newStart()), f.date(t.oldStart())));
      }
      if (t.statusChanged()) {
        parts.add(l.text("task_status", status(t.oldStatus()), status(t.newStatus())));
      }
      if (t.newlyOverdue()) {
        parts.add(l.text("task_newly_overdue", f.date(t.newEnd())));
      }
      if (t.noLongerOverdue()) {
        parts.add(l.text("task_no_longer_overdue"));
      }
      return new Note(subject(t.id(), t.title()), join(parts), t.oldEnd() == null ? "added" : "changed");
    }

    private Note kpi(FigureDeltas.KpiDelta k) {
      List<String> parts = new ArrayList<>();
      Function<BigDecimal, String> n = v -> v == null ? "—" : f.number(v);
      Function<BigDecimal, String> pc = v -> v == null ? "—" : f.percent(v);
      if (k.target().changed()) {
        parts.add(l.text("kpi_target", n.apply(k.target().oldValue()), n.apply(k.target().newValue())));
      }
      if (k.current().changed()) {
        parts.add(l.text("kpi_current", n.apply(k.current().oldValue()), n.apply(k.current().newValue())));
      }
      if (k.progress().changed()) {
        parts.add(l.text("kpi_progress", pc.apply(k.progress().oldValue()), pc.apply(k.progress().newValue())));
      }
      if (k.statusChanged()) {
        parts.add(l.text("kpi_status", kpiStatus(k.oldStatus()), kpiStatus(k.newStatus())));
      }
      return new Note(subject(k.id(), k.name()), join(parts), "changed");
    }

    private Note risk(FigureDeltas.RiskDelta r) {
      String text = r.levelChanged()
          ? l.text("risk_level", level(r.oldLevel()), level(r.newLevel()), r.oldScore(), r.newScore())
          : l.text("risk_score", r.oldScore(), r.newScore(), level(r.newLevel()));
      return new Note(subject(r.id(), r.title()), text, "changed");
    }

    private void tiers(FigureDeltas.Tiers t, List<Block> out) {
      if (!t.moves().isEmpty()) {
        out.add(notes(l.text("tier_moves"), t.moves().stream()
            .map(m -> new Note(subject(m.id(), m.name()), tier(m.oldTier(), m.oldTierName()) + " → "
                + tier(m.newTier(), m.newTierName()), "changed"))
            .toList()));
      }
      List<Row> rows = t.counts().stream().filter(FigureDeltas.Count::changed)
          .map(c -> new Row(List.of(subject(c.tier(), c.name()), count(c.oldCount()), count(c.newCount()),
              c.delta() == null ? "—" : (c.delta() > 0 ? "+" : "−") + Math.abs(c.delta()))))
          .toList();
      if (!rows.isEmpty()) {
        out.add(table(l.text("tier_counts"), List.of(l.text("figure"), l.text("old"), l.text("new"), l.text("delta")),
            rows));
      }
    }

    private String tier(String id, String name) {
      return id == null ? l.text("tier_none") : name == null || name.equals(id) ? id : l.text("paren", name, id);
    }

    private static String count(Integer n) {
      return n == null ? "—" : String.valueOf(n);
    }

    private Note warning(Diagnostic w, String key, String tone) {
      return new Note(w.path(), l.text(key) + l.text("colon") + w.message(), tone);
    }

    private String status(ActionPlan.Status s) {
      return s == null ? "—" : l.text("status_" + s.key());
    }

    private String kpiStatus(KpiStatus s) {
      return l.text("kpi_" + s.key());
    }

    private String level(RiskLevel r) {
      return l.text("risk_" + r.key());
    }

    private static String subject(String id, String name) {
      return name == null || name.isBlank() ? id : id + " " + name;
    }

    private String join(List<String> parts) {
      return String.join(diff.locale() == PlanLocale.ZH_CN ? "；" : "; ", parts);
    }

    private static Block table(String heading, List<String> header, List<Row> rows) {
      return new Block(heading, header, rows, List.of());
    }

    private static Block notes(String heading, List<Note> notes) {
      return new Block(heading, List.of(), List.of(), notes);
    }
  }
}
