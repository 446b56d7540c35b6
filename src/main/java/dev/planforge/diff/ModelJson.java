package dev.planforge.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.planforge.enrich.Money;
import dev.planforge.model.ActionPlan;
import dev.planforge.model.Budget;
import dev.planforge.model.Part;
import dev.planforge.model.PlanLocale;
import dev.planforge.model.Tiering;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A value of the model as JSON under the plan's own keys (snake_case), the way {@code render
 * --format json} writes it: money the plan wrote ({@code cap}, {@code amount}, {@code unit_cost},
 * {@code annual_value}, a tier's {@code min} under annual_value) as a string with the currency's
 * minor-unit digits, other numbers exact, dates as {@code YYYY-MM-DD}, enums as written.
 */
final class ModelJson {

  static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final String currency;
  private final boolean tierMinIsMoney;

  ModelJson(String currency, boolean tierMinIsMoney) {
    this.currency = currency;
    this.tierMinIsMoney = tierMinIsMoney;
  }

  /** {@code value} held by component {@code component} of a record of type {@code owner} (null at the top). */
  JsonNode of(Object value, Class<?> owner, String component) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof BigDecimal d) {
      return isMoney(owner, component) ? NODES.textNode(Money.plain(d, currency)) : NODES.numberNode(d);
    }
    if (value instanceof String s) {
      return NODES.textNode(s);
    }
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof LocalDate d) {
      return NODES.textNode(d.toString());
    }
    if (value instanceof Enum<?> e) {
      return NODES.textNode(enumKey(e));
    }
    if (value instanceof Tiering.TargetShare share) {
      return NODES.arrayNode().add(share.low()).add(share.high());
    }
    if (value instanceof List<?> list) {
      ArrayNode a = NODES.arrayNode();
      list.forEach(v -> a.add(of(v, owner, component)));
      return a;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode o = NODES.objectNode();
      map.forEach((k, v) -> o.set(String.valueOf(k), of(v, owner, component)));
      return o;
    }
    if (value.getClass().isRecord()) {
      ObjectNode o = NODES.objectNode();
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        Object v = ModelDiff.read(c, value);
        if (v != null && !(v instanceof List<?> l && l.isEmpty()) && !(v instanceof Map<?, ?> m && m.isEmpty())) {
          o.set(snake(c.getName()), of(v, value.getClass(), c.getName()));
        }
      }
      return o;
    }
    return NODES.textNode(value.toString());
  }

  boolean isMoney(Class<?> owner, String component) {
    return owner == Budget.class && component.equals("cap")
        || owner == Budget.Item.class && (component.equals("amount") || component.equals("unitCost"))
        || owner == Tiering.Customer.class && component.equals("annualValue")
        || owner == Tiering.Tier.class && component.equals("min") && tierMinIsMoney;
  }

  /** An enum as the plan writes it: {@code in_progress}, {@code zh-CN}, {@code action_plan}, {@code high}. */
  static String enumKey(Enum<?> e) {
    if (e instanceof ActionPlan.Status s) {
      return s.key();
    }
    if (e instanceof Part p) {
      return p.key();
    }
    if (e instanceof PlanLocale l) {
      return l.tag();
    }
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** A record component's name as the plan's key: {@code unitCost} → {@code unit_cost}. */
  static String snake(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
