package dev.planforge.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.enrich.Money;
import dev.planforge.render.JsonRenderer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * {@code --format json}: {@code {"plans": [ … ]}}, one object per plan compared, as {@code
 * validate --format json} lists its files. Each holds {@code changes} — {@code {"path":
 * "action_plan.tasks[t07].end", "kind": "changed", "old": "2026-03-01", "new": "2026-03-15"}} —
 * and a {@code figures} object of deltas. Money is a string with the currency's minor-unit digits,
 * as in {@code render --format json}; other numbers are JSON numbers. The same input always gives
 * the same bytes.
 */
public final class JsonReport {

  private static final JsonNodeFactory NODES = ModelJson.NODES;

  private static final ObjectWriter WRITER = JsonRenderer.writer();

  private final String currency;

  private JsonReport(String currency) {
    this.currency = currency;
  }

  public static String of(List<PlanDiff> diffs) {
    ObjectNode root = NODES.objectNode();
    ArrayNode plans = root.putArray("plans");
    diffs.forEach(d -> plans.add(new JsonReport(d.currency()).plan(d)));
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode plan(PlanDiff d) {
    ObjectNode o = NODES.objectNode();
    o.put("old", d.oldName());
    o.put("new", d.newName());
    o.put("differs", d.differs());
    ObjectNode summary = o.putObject("summary");
    summary.put("changes", d.changes().size());
    for (Change.Kind k : Change.Kind.values()) {
      summary.put(k.key(), d.count(k));
    }
    ArrayNode changes = o.putArray("changes");
    for (Change c : d.changes()) {
      ObjectNode x = changes.addObject();
      x.put("path", c.path());
      x.put("kind", c.kind().key());
      x.set("old", c.oldValue() == null ? NODES.nullNode() : c.oldValue());
      x.set("new", c.newValue() == null ? NODES.nullNode() : c.newValue());
    }
    o.set("figures", figures(d.figures()));
    return o;
  }

  private ObjectNode figures(FigureDeltas f) {
    ObjectNode o = NODES.objectNode();
    o.set("budget", f.budget() == null ? NODES.nullNode() : budget(f.budget()));
    ArrayNode tasks = o.putArray("tasks");
    for (FigureDeltas.TaskDelta t : f.tasks()) {
      ObjectNode x = tasks.addObject();
      x.put("id", t.id());
      x.put("title", t.title());
      x.set("start", pair(t.oldStart(), t.newStart(), JsonReport::date));
      x.set("end", pair(t.oldEnd(), t.newEnd(), JsonReport::date));
      x.put("slipped_days", t.slippedDays());
      x.set("status", pair(t.oldStatus(), t.newStatus(), s -> NODES.textNode(s.key())));
      x.set("overdue", pair(t.oldEnd() == null ? null : t.wasOverdue(), t.overdue(), NODES::booleanNode));
      x.put("newly_overdue", t.newlyOverdue());
    }
    ArrayNode kpis = o.putArray("kpis");
    for (FigureDeltas.KpiDelta k : f.kpis()) {
      ObjectNode x = kpis.addObject();
      x.put("id", k.id());
      x.put("name", k.name());
      x.set("target", amount(k.target(), NODES::numberNode));
      x.set("current", amount(k.current(), NODES::numberNode));
      x.set("progress", amount(k.progress(), NODES::numberNode));
      x.set("status", pair(k.oldStatus(), k.newStatus(), s -> NODES.textNode(s.key())));
    }
    ArrayNode risks = o.putArray("risks");
    for (FigureDeltas.RiskDelta r : f.risks()) {
      ObjectNode x = risks.addObject();
      x.put("id", r.id());
      x.put("title", r.title());
      x.set("score", pair(r.oldScore(), r.newScore(), NODES::numberNode));
      x.set("level", pair(r.oldLevel(), r.newLevel(), l -> NODES.textNode(l.key())));
    }
    o.set("tiers", f.tiers() == null ? NODES.nullNode() : tiers(f.tiers()));
    ObjectNode warnings = o.putObject("warnings");
    warnings.set("appeared", diagnostics(f.warnings().appeared()));
    warnings.set("gone", diagnostics(f.warnings().gone()));
    return o;
  }

  private ObjectNode budget(FigureDeltas.Budget b) {
    ObjectNode o = NODES.objectNode();
    o.set("subtotal", amount(b.subtotal(), this::money));
    o.set("contingency", amount(b.contingency(), this::money));
    o.set("total", amount(b.total(), this::money));
    o.set("cap", amount(b.cap(), this::money));
    o.set("cap_remaining", amount(b.capRemaining(), this::money));
    for (FigureDeltas.Breakdown by : b.breakdowns()) {
      ArrayNode rows = o.putArray("by_" + by.by());
      for (FigureDeltas.Row r : by.rows()) {
        ObjectNode x = rows.addObject();
        x.put("key", r.key());
        x.put("name", r.name());
        x.setAll(amount(r.amount(), this::money));
      }
    }
    ArrayNode items = o.putArray("items");
    for (FigureDeltas.Line l : b.lines()) {
      ObjectNode x = items.addObject();
      x.put("id", l.id());
      x.put("description", l.description());
      x.setAll(amount(l.amount(), this::money));
    }
    return o;
  }

  private static ObjectNode tiers(FigureDeltas.Tiers t) {
    ObjectNode o = NODES.objectNode();
    ArrayNode moves = o.putArray("moves");
    for (FigureDeltas.Move m : t.moves()) {
      ObjectNode x = moves.addObject();
      x.put("id", m.id());
      x.put("name", m.name());
      x.put("old", m.oldTier());
      x.put("new", m.newTier());
    }
    ArrayNode counts = o.putArray("counts");
    for (FigureDeltas.Count c : t.counts()) {
      ObjectNode x = counts.addObject();
      x.put("tier", c.tier());
      x.put("name", c.name());
      x.put("old", c.oldCount());
      x.put("new", c.newCount());
      x.put("delta", c.delta());
    }
    return o;
  }

  private static ArrayNode diagnostics(List<Diagnostic> list) {
    ArrayNode a = NODES.arrayNode();
    for (Diagnostic d : list) {
      ObjectNode x = a.addObject();
      x.put("severity", d.severity().label());
      x.put("rule", d.rule());
      x.put("file", d.location() == null ? null : d.location().file());
      x.put("line", d.location() == null ? 0 : d.location().line());
      x.put("column", d.location() == null ? 0 : d.location().column());
      x.put("path", d.path());
      x.put("message", d.message());
    }
    return a;
  }

  /** {@code {"old", "new", "delta", "delta_percent"}}; a side the version lacks is null. */
  private static ObjectNode amount(FigureDeltas.Amount a, Function<BigDecimal, JsonNode> value) {
    ObjectNode o = pair(a.oldValue(), a.newValue(), value);
    o.set("delta", a.delta() == null ? NODES.nullNode() : value.apply(a.delta()));
    o.set("delta_percent", a.deltaPercent() == null ? NODES.nullNode() : NODES.numberNode(a.deltaPercent()));
    return o;
  }

  private static <T> ObjectNode pair(T old, T now, Function<T, JsonNode> value) {
    ObjectNode o = NODES.objectNode();
    o.set("old", old == null ? NODES.nullNode() : value.apply(old));
    o.set("new", now == null ? NODES.nullNode() : value.apply(now));
    return o;
  }

  private JsonNode money(BigDecimal v) {
    return NODES.textNode(Money.plain(v, currency));
  }

  private static JsonNode date(LocalDate d) {
    return NODES.textNode(d.toString());
  }
}
