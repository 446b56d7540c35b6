package dev.planforge.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds a {@link Plan} from a tree that passed the schema. Every default of the plan format is
 * filled here, once.
 *
 * <p>Reading is lenient: a value of the wrong type reads as absent. That lets the semantic
 * checks run on a plan that also has schema errors, so a planner sees all problems at once; such
 * a model is only ever checked, never rendered.
 */
public final class PlanReader {

  private PlanReader() {}

  public static Plan read(JsonNode root) {
    return new Plan(
        root.path("plan_format").asInt(),
        text(root, "title"),
        text(root, "subtitle"),
        PlanLocale.fromTag(text(root, "locale")),
        text(root, "currency"),
        date(root, "as_of"),
        section(root, "period", p -> new Plan.DateRange(date(p, "start"), date(p, "end"))),
        text(root, "version"),
        list(root, "authors", a -> new Plan.Author(text(a, "name"), text(a, "role"))),
        text(root, "confidentiality"),
        text(root, "summary"),
        list(root, "omits", JsonNode::asText).stream().map(Part::ofKey).filter(p -> p != null && p.recommended())
            .distinct().toList(),
        section(root, "overview", PlanReader::overview),
        list(root, "team", t -> new Plan.TeamMember(text(t, "id"), text(t, "name"), text(t, "role"), text(t, "department"))),
        section(root, "market", PlanReader::market),
        section(root, "targeting", PlanReader::targeting),
        section(root, "tiering", PlanReader::tiering),
        list(root, "accounts", PlanReader::account),
        section(root, "strategy", PlanReader::strategy),
        section(root, "action_plan", a -> new ActionPlan(list(a, "tasks", PlanReader::task))),
        section(root, "budget", PlanReader::budget),
        section(root, "monitoring", PlanReader::monitoring),
        section(root, "risks", PlanReader::risks),
        text(root, "conclusion"),
        list(root, "appendices", a -> new Plan.Appendix(text(a, "title"), text(a, "body"))));
  }

  private static Overview overview(JsonNode o) {
    return new Overview(
        section(o, "company", c -> new Overview.Company(
            text(c, "name"), text(c, "founded"), text(c, "industry"), text(c, "scale"), text(c, "description"))),
        text(o, "mission"),
        text(o, "vision"),
        strings(o, "values"),
        strings(o, "strategic_goals"),
        list(o, "objectives", j -> new Overview.Objective(text(j, "id"), text(j, "statement"), text(j, "kpi"), date(j, "due"))),
        text(o, "background"));
  }

  private static Market market(JsonNode m) {
    return new Market(
        section(m, "pest", p -> new Market.Pest(
            strings(p, "political"), strings(p, "economic"), strings(p, "social"), strings(p, "technological"))),
        list(m, "competitors", c -> new Market.Competitor(
            text(c, "name"), decimal(c, "share"), text(c, "positioning"), text(c, "pricing"),
            strings(c, "strengths"), strings(c, "weaknesses"))),
        section(m, "swot", s -> new Market.Swot(
            strings(s, "strengths"), strings(s, "weaknesses"), strings(s, "opportunities"), strings(s, "threats"))),
        strings(m, "trends"),
        list(m, "current_issues", i -> new Market.CurrentIssue(text(i, "title"), text(i, "description"))),
        list(m, "loyalty", l -> new Market.LoyaltyItem(
            text(l, "item"), level(text(l, "attitude")), level(text(l, "repeat")), text(l, "note"))));
  }

  private static Market.Level level(String s) {
    return "high".equals(s) ? Market.Level.HIGH : "low".equals(s) ? Market.Level.LOW : null;
  }

  private static Targeting targeting(JsonNode t) {
    return new Targeting(
        list(t, "segments", s -> new Targeting.Segment(
            text(s, "id"), text(s, "name"), text(s, "description"),
            whole(s, "size"),
            strings(s, "needs"), strings(s, "pain_points"), strings(s, "channels"))),
        list(t, "personas", p -> new Targeting.Persona(
            text(p, "name"), text(p, "segment"), text(p, "age"), text(p, "gender"), text(p, "occupation"),
            text(p, "income"), strings(p, "goals"), text(p, "buying_behavior"))));
  }

  private static Tiering tiering(JsonNode t) {
    Tiering.Method method = "annual_value".equals(text(t, "method"))
        ? Tiering.Method.ANNUAL_VALUE
        : Tiering.Method.WEIGHTED_SCORE;
    return new Tiering(
        method,
        list(t, "dimensions", d -> new Tiering.Dimension(text(d, "id"), text(d, "name"), decimal(d, "weight"))),
        list(t, "tiers", PlanReader::tier),
        list(t, "customers", PlanReader::customer),
        text(t, "customers_file"));
  }

  private static Tiering.Tier tier(JsonNode t) {
    JsonNode share = t.path("target_share");
    Tiering.TargetShare targetShare = share.size() == 2 && share.get(0).isNumber() && share.get(1).isNumber()
        ? new Tiering.TargetShare(share.get(0).decimalValue(), share.get(1).decimalValue())
        : null;
    return new Tiering.Tier(
        text(t, "id"), text(t, "name"), decimal(t, "min"), targetShare, text(t, "strategy"),
        strings(t, "measures"), text(t, "owner"), text(t, "resources"), strings(t, "targets"));
  }

  /** Also used for customers read from a CSV file, which arrive as the same tree shape. */
  public static Tiering.Customer customer(JsonNode c) {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    c.path("scores").properties().forEach(e -> {
      if (e.getValue().isNumber()) {
        scores.put(e.getKey(), e.getValue().decimalValue());
      }
    });
    return new Tiering.Customer(text(c, "id"), text(c, "name"), text(c, "segment"), scores, decimal(c, "annual_value"));
  }

  private static Account account(JsonNode a) {
    return new Account(
        text(a, "customer"),
        text(a, "industry"),
        section(a, "contact", c -> new Account.Contact(text(c, "name"), text(c, "title"), text(c, "email"), text(c, "phone"))),
        year(a, "since"),
        text(a, "history"),
        strings(a, "challenges"),
        strings(a, "goals"),
        strings(a, "requirements"),
        text(a, "value_proposition"),
        strings(a, "actions"),
        text(a, "review"));
  }

  private static Strategy strategy(JsonNode s) {
    return new Strategy(
        list(s, "pillars", p -> new Strategy.Pillar(
            text(p, "id"), text(p, "name"), text(p, "objective"), strings(p, "tactics"), strings(p, "tiers"))),
        list(s, "lifecycle", l -> new Strategy.LifecycleStage(text(l, "stage"), text(l, "goal"), strings(l, "tactics"))));
  }

  private static ActionPlan.Task task(JsonNode t) {
    return new ActionPlan.Task(
        text(t, "id"), text(t, "title"), text(t, "owner"), date(t, "start"), date(t, "end"),
        ActionPlan.Status.fromKey(text(t, "status")), decimal(t, "progress"), strings(t, "depends_on"),
        text(t, "pillar"), strings(t, "deliverables"), t.path("milestone").asBoolean(false));
  }

  private static Budget budget(JsonNode b) {
    BigDecimal contingency = decimal(b, "contingency_percent");
    return new Budget(
        contingency == null ? BigDecimal.ZERO : contingency,
        decimal(b, "cap"),
        text(b, "approval"),
        list(b, "items", i -> new Budget.Item(
            text(i, "id"), text(i, "category"), text(i, "description"), text(i, "task"), text(i, "tier"),
            text(i, "period"), decimal(i, "amount"), decimal(i, "quantity"), decimal(i, "unit_cost"))));
  }

  private static Monitoring monitoring(JsonNode m) {
    return new Monitoring(
        list(m, "kpis", k -> new Monitoring.Kpi(
            text(k, "id"), text(k, "name"), text(k, "unit"), decimal(k, "baseline"), decimal(k, "target"),
            decimal(k, "current"),
            direction(text(k, "direction")),
            text(k, "frequency"), text(k, "owner"), date(k, "due"), text(k, "source"))),
        list(m, "reviews", r -> new Monitoring.Review(text(r, "name"), text(r, "cadence"), strings(r, "participants"))),
        text(m, "oversight"));
  }

  private static Risks risks(JsonNode r) {
    return new Risks(
        list(r, "register", k -> new Risks.Risk(
            text(k, "id"), text(k, "title"), text(k, "category"), k.path("likelihood").asInt(),
            k.path("impact").asInt(), text(k, "mitigation"), text(k, "contingency"), text(k, "owner"),
            text(k, "trigger"))),
        text(r, "emergency_response"));
  }

  // Plain accessors: absent and null both read as null (or empty, for lists).

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
  }

  private static BigDecimal decimal(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v != null && v.isNumber() ? v.decimalValue() : null;
  }

  /**
   * A whole number, also when written as a decimal ({@code 1000.0}, {@code 1e3}), as the schema's
   * "integer" allows; null for a fraction or for a value beyond a long.
   */
  private static Long whole(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null || !v.isNumber()) {
      return null;
    }
    if (v.canConvertToExactIntegral() || v.isIntegralNumber()) {
      BigDecimal d = v.decimalValue();
      return d.compareTo(LONG_MIN) >= 0 && d.compareTo(LONG_MAX) <= 0 ? d.longValueExact() : null;
    }
    return null;
  }

  private static Integer year(JsonNode n, String key) {
    Long l = whole(n, key);
    return l == null || l != l.intValue() ? null : l.intValue();
  }

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private static LocalDate date(JsonNode n, String key) {
    String s = text(n, key);
    try {
      return s == null ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static <T> T section(JsonNode n, String key, Function<JsonNode, T> reader) {
    JsonNode v = n.get(key);
    return v == null || !v.isObject() ? null : reader.apply(v);
  }

  private static List<String> strings(JsonNode n, String key) {
    return list(n, key, JsonNode::asText);
  }

  private static <T> List<T> list(JsonNode n, String key, Function<JsonNode, T> reader) {
    JsonNode v = n.get(key);
    if (v == null || !v.isArray()) {
      return List.of();
    }
    List<T> out = new ArrayList<>(v.size());
    v.forEach(e -> {
      if (e.isObject() || e.isValueNode() && !e.isNull()) {
        out.add(reader.apply(e));
      }
    });
    return out;
  }

  /**
   * A KPI's direction: {@code up} when absent (the default). A value the schema rejects is read as
   * absent too — null — so the rules do not add a second, false error (a target "below" its
   * baseline) to the schema's one.
   */
  private static Monitoring.Direction direction(String written) {
    if (written == null || written.equals("up")) {
      return Monitoring.Direction.UP;
    }
    return written.equals("down") ? Monitoring.Direction.DOWN : null;
  }
}
