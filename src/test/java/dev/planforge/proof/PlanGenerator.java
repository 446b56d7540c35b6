package dev.planforge.proof;

import dev.planforge.proof.YamlWriter.NumberText;
import dev.planforge.proof.YamlWriter.QuotedDate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Valid plans nobody tuned for, one per seed: every optional key present or absent, every section
 * absent, empty or full, lists of zero, one or many items, text from one character to kilobytes,
 * extreme numbers and dates, and references that always resolve. The contract it follows is
 * {@code shared/spec/plan-format.md} and {@code schema/plan.schema.json}; a plan it writes that
 * does not validate is a bug of the generator, which the harness counts.
 *
 * <p>{@link GeneratedPlan#features()} names the notable choices made, so a test can check that a
 * run of seeds covers them.
 */
final class PlanGenerator {

  /** One generated plan: its YAML and, when it uses {@code customers_file}, the CSV beside it. */
  record GeneratedPlan(long seed, String yaml, String csvName, String csvText, Set<String> features) {}

  private static final String[] CURRENCIES = {
      "CNY", "USD", "EUR", "JPY", "BHD", "KRW", "CLF", "GBP", "XAU", "INR", "ILS", "PHP", "RUB"};
  private static final String[] STATUSES = {"planned", "in_progress", "done", "blocked", "cancelled"};
  private static final String[] CATEGORIES = {"人员", "系统", "营销", "调研", "Training", "Events", "CRM licences"};

  /** Every number a plan writes is below 10^15 in absolute value, with at most 10 decimals. */
  static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

  private final Random random;
  private final Texts t;
  private final Set<String> features = new TreeSet<>();
  private final double full; // chance that a section is present and filled

  private String currency;
  private int minorUnit;
  private boolean currencyNeeded;
  private LocalDate asOf;
  private LocalDate periodStart;
  private LocalDate periodEnd;

  private final List<String> team = new ArrayList<>();
  private final List<String> segments = new ArrayList<>();
  private final List<String> dimensions = new ArrayList<>();
  private final List<String> tiers = new ArrayList<>();
  private final List<String> customerKeys = new ArrayList<>();
  private final List<String> pillars = new ArrayList<>();
  private final List<String> tasks = new ArrayList<>();
  private final List<String> kpis = new ArrayList<>();

  private String csvName;
  private String csvText;

  private PlanGenerator(long seed) {
    this.random = new Random(mix(seed));
    boolean big = random.nextInt(8) == 0;
    this.t = new Texts(random, big);
    if (big) {
      features.add("plan:big");
    }
    this.full = t.pick(new Double[] {0.25, 0.6, 0.95});
  }

  static GeneratedPlan generate(long seed) {
    PlanGenerator g = new PlanGenerator(seed);
    Map<String, Object> tree = g.plan();
    String yaml = new YamlWriter(new Random(mix(~seed))).write(tree);
    return new GeneratedPlan(seed, yaml, g.csvName, g.csvText, Set.copyOf(g.features));
  }

  /**
   * Spreads neighbouring seeds apart: java.util.Random's first draws from seeds 1, 2, 3… are
   * nearly alike, which made every plan of a run take the same first choices.
   */
  private static long mix(long seed) {
    long z = seed + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private Map<String, Object> plan() {
    chooseCurrency();
    chooseDates();
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("plan_format", 1);
    plan.put("title", t.chance(0.02) ? feature("title:empty", "") : t.plain());
    opt(plan, "subtitle", 0.5, t::plain);
    if (t.chance(0.8)) {
      String locale = t.chance(0.5) ? "en" : "zh-CN";
      plan.put("locale", feature("locale:" + locale, locale));
    } else {
      feature("locale:absent");
    }
    plan.put("currency", currency); // removed again at the end when no money needs it and chance says so
    plan.put("as_of", date(asOf));
    if (periodStart != null) {
      plan.put("period", map("start", date(periodStart), "end", date(periodEnd)));
    }
    opt(plan, "version", 0.5, this::version);
    opt(plan, "authors", 0.5, () -> list(t.sizeOfList(), i -> {
      Map<String, Object> a = map("name", t.name());
      opt(a, "role", 0.5, t::plain);
      return a;
    }));
    opt(plan, "confidentiality", 0.3, t::plain);
    opt(plan, "summary", 0.4, t::markdown);

    // Built in reference order (what is referred to first); written in the contract's order.
    Object teamSection = section("team", () -> team(), List::of);
    Object targeting = section("targeting", this::targeting, LinkedHashMap::new);
    Object tiering = section("tiering", this::tiering, LinkedHashMap::new);
    Object strategy = section("strategy", this::strategy, LinkedHashMap::new);
    Object actionPlan = section("action_plan", this::actionPlan, LinkedHashMap::new);
    Object accounts = section("accounts", this::accounts, List::of);
    Object budget = section("budget", this::budget, LinkedHashMap::new);
    Object monitoring = section("monitoring", this::monitoring, LinkedHashMap::new);
    Object overview = section("overview", this::overview, LinkedHashMap::new);
    Object market = section("market", this::market, LinkedHashMap::new);
    Object risks = section("risks", this::risks, LinkedHashMap::new);
    Object conclusion = section("conclusion", t::markdown, () -> "");
    Object appendices = section("appendices", () -> list(t.sizeOfList(), i -> map("title", t.plain(),
        "body", t.markdown())), List::of);

    putIf(plan, "overview", overview);
    putIf(plan, "team", teamSection);
    putIf(plan, "market", market);
    putIf(plan, "targeting", targeting);
    putIf(plan, "tiering", tiering);
    putIf(plan, "accounts", accounts);
    putIf(plan, "strategy", strategy);
    putIf(plan, "action_plan", actionPlan);
    putIf(plan, "budget", budget);
    putIf(plan, "monitoring", monitoring);
    putIf(plan, "risks", risks);
    putIf(plan, "conclusion", conclusion);
    putIf(plan, "appendices", appendices);

    if (budget != null) {
      currencyNeeded = true;
    }
    if (!currencyNeeded && t.chance(0.5)) {
      plan.remove("currency");
      feature("currency:absent");
    }
    return plan;
  }

  // ---- choices made once per plan

  private void chooseCurrency() {
    currency = t.pick(CURRENCIES);
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    minorUnit = Math.max(digits, 0);
    feature("currency:" + currency);
  }

  private void chooseDates() {
    int year = t.between(2000, 2035);
    switch (random.nextInt(8)) {
      case 0 -> {
        periodStart = LocalDate.of(year, 3, 1);
        periodEnd = periodStart;
        feature("period:one-day");
      }
      case 1 -> {
        periodStart = LocalDate.of(year, 1, 1);
        periodEnd = periodStart.plusYears(10).minusDays(1);
        feature("period:ten-years");
      }
      case 2 -> {
        periodStart = LocalDate.of(2024, 2, 29);
        periodEnd = LocalDate.of(2028, 2, 29);
        feature("date:leap-day");
      }
      case 3 -> {
        periodStart = null;
        periodEnd = null;
        feature("period:absent");
      }
      case 4 -> {
        periodStart = LocalDate.of(year, t.between(1, 12), 1);
        periodEnd = periodStart.plusDays(t.between(1, 120));
      }
      default -> {
        periodStart = LocalDate.of(year, 1, 1);
        periodEnd = LocalDate.of(year, 12, 31);
      }
    }
    LocalDate anchor = periodStart == null ? LocalDate.of(year, 6, 30) : periodStart;
    asOf = switch (random.nextInt(6)) {
      case 0 -> anchor.minusDays(t.between(1, 400)); // before the plan starts
      case 1 -> (periodEnd == null ? anchor : periodEnd).plusDays(t.between(1, 400)); // after it ends
      case 2 -> feature("date:leap-day", LocalDate.of(2028, 2, 29));
      case 3 -> anchor;
      default -> periodEnd == null ? anchor.plusDays(t.between(0, 365)) : between(periodStart, periodEnd);
    };
  }

  // ---- sections, each with what it refers to already generated

  private List<Object> team() {
    int n = t.sizeOfList();
    Ids ids = new Ids("t");
    return list(n, i -> {
      String id = ids.next();
      team.add(id);
      Map<String, Object> m = map("id", id, "name", t.name());
      opt(m, "role", 0.6, t::plain);
      opt(m, "department", 0.5, t::name);
      return m;
    });
  }

  private Map<String, Object> targeting() {
    Map<String, Object> s = new LinkedHashMap<>();
    if (t.chance(0.8)) {
      Ids ids = new Ids("seg");
      s.put("segments", list(t.sizeOfList(), i -> {
        String id = ids.next();
        segments.add(id);
        Map<String, Object> m = map("id", id, "name", t.name());
        opt(m, "description", 0.6, t::markdown);
        opt(m, "size", 0.5, () -> t.chance(0.2) ? 0 : t.chance(0.1) ? 2_000_000_000_000L : t.between(1, 100_000));
        optList(m, "needs");
        optList(m, "pain_points");
        optList(m, "channels");
        return m;
      }));
    }
    if (!segments.isEmpty() && t.chance(0.7)) {
      s.put("personas", list(t.sizeOfList(), i -> {
        Map<String, Object> m = map("name", t.name(), "segment", t.pick(segments));
        opt(m, "age", 0.5, () -> t.chance(0.5) ? t.between(0, 99) : t.between(18, 30) + "-" + t.between(31, 60) + "岁");
        opt(m, "gender", 0.4, t::tiny);
        opt(m, "occupation", 0.4, t::plain);
        opt(m, "income", 0.4, () -> t.chance(0.5) ? money() : t.plain());
        optList(m, "goals");
        opt(m, "buying_behavior", 0.5, t::markdown);
        return m;
      }));
    }
    return s;
  }

  private Map<String, Object> tiering() {
    Map<String, Object> s = new LinkedHashMap<>();
    boolean annual = t.chance(0.35);
    if (annual) {
      s.put("method", "annual_value");
      currencyNeeded = true;
      feature("method:annual_value");
    } else if (t.chance(0.5)) {
      s.put("method", "weighted_score");
      feature("method:weighted_score");
    } else {
      feature("method:default");
    }
    int customerCount = switch (random.nextInt(10)) {
      case 0, 1 -> 0;
      case 2, 3 -> 1;
      case 9 -> feature("customers:many", t.between(40, 250));
      default -> t.between(2, 12);
    };
    boolean withDimensions = annual ? t.chance(0.3) : customerCount > 0 || t.chance(0.7);
    if (withDimensions) {
      s.put("dimensions", dimensions());
    } else if (t.chance(0.3)) {
      s.put("dimensions", List.of());
    }
    int tierCount = customerCount > 0 ? t.between(1, 6) : t.between(0, 4);
    if (tierCount > 0 || t.chance(0.5)) {
      s.put("tiers", tiers(tierCount, annual));
    }
    if (customerCount > 0) {
      List<Map<String, Object>> customers = customers(customerCount, annual);
      if (t.chance(0.3)) {
        csv(s, customers, annual);
      } else {
        s.put("customers", customers);
      }
    } else if (t.chance(0.3)) {
      s.put("customers", List.of());
    }
    return s;
  }

  private List<Object> dimensions() {
    int n = t.chance(0.15) ? 1 : t.between(2, 6);
    List<BigDecimal> weights = weights(n);
    Ids ids = new Ids("dim");
    return list(n, i -> {
      String id = ids.next();
      dimensions.add(id);
      return map("id", id, "name", t.name(), "weight", weights.get(i));
    });
  }

  /** n positive weights that sum to exactly 100, whole or in hundredths. */
  private List<BigDecimal> weights(int n) {
    int scale = t.chance(0.3) ? 2 : 0;
    int total = scale == 2 ? 10_000 : 100;
    List<Integer> cuts = new ArrayList<>();
    while (cuts.size() < n - 1) {
      int cut = t.between(1, total - 1);
      if (!cuts.contains(cut)) {
        cuts.add(cut);
      }
    }
    Collections.sort(cuts);
    List<BigDecimal> out = new ArrayList<>();
    int previous = 0;
    for (int cut : cuts) {
      out.add(BigDecimal.valueOf(cut - previous, scale));
      previous = cut;
    }
    out.add(BigDecimal.valueOf(total - previous, scale));
    if (scale == 2) {
      feature("weights:decimal");
    }
    return out;
  }

  private List<Object> tiers(int n, boolean annual) {
    // Strictly decreasing minimums ending at 0: n-1 distinct values above 0, sorted high to low.
    TreeSet<BigDecimal> above = new TreeSet<>(Collections.reverseOrder());
    while (above.size() < n - 1) {
      above.add(annual ? positiveMoney()
          : t.chance(0.5) ? BigDecimal.valueOf(t.between(1, 10_000), 2) : BigDecimal.valueOf(t.between(1, 100)));
    }
    List<BigDecimal> mins = new ArrayList<>(above);
    mins.add(BigDecimal.ZERO);
    Ids ids = new Ids("tier");
    return list(n, i -> {
      String id = ids.next();
      tiers.add(id);
      Map<String, Object> m = map("id", id, "name", t.name(), "min", mins.get(i));
      opt(m, "target_share", 0.5, () -> {
        BigDecimal a = percent();
        BigDecimal b = percent();
        boolean reversed = t.chance(0.1); // [high, low] is a warning, not an error
        return reversed ? feature("target_share:reversed", List.of(a.max(b), a.min(b))) : List.of(a.min(b), a.max(b));
      });
      opt(m, "strategy", 0.5, t::plain);
      optList(m, "measures");
      opt(m, "owner", team.isEmpty() ? 0 : 0.5, () -> t.pick(team));
      opt(m, "resources", 0.4, t::plain);
      optList(m, "targets");
      return m;
    });
  }

  private List<Map<String, Object>> customers(int n, boolean annual) {
    Ids ids = new Ids("c");
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = ids.next();
      String name = t.chance(0.1) ? t.tiny() : t.name();
      customerKeys.add(id);
      customerKeys.add(name);
      Map<String, Object> c = map("id", id, "name", name);
      if (!segments.isEmpty() && t.chance(0.6)) {
        c.put("segment", t.pick(segments));
      }
      if (!dimensions.isEmpty() && (!annual || t.chance(0.3))) {
        Map<String, Object> scores = new LinkedHashMap<>();
        for (String d : dimensions) {
          scores.put(d, score());
        }
        c.put("scores", scores);
      }
      if (annual || t.chance(0.3)) {
        c.put("annual_value", positiveOrZeroMoney());
        currencyNeeded = true;
      }
      out.add(c);
    }
    return out;
  }

  /** The customers as a CSV file beside the plan, in any column order. */
  private void csv(Map<String, Object> tiering, List<Map<String, Object>> customers, boolean annual) {
    feature("customers:csv");
    List<String> columns = new ArrayList<>(List.of("id", "name"));
    if (customers.stream().anyMatch(c -> c.containsKey("segment")) || t.chance(0.2)) {
      columns.add("segment");
    }
    if (customers.stream().anyMatch(c -> c.containsKey("annual_value")) || t.chance(0.2)) {
      columns.add("annual_value");
    }
    if (customers.stream().anyMatch(c -> c.containsKey("scores"))) {
      columns.addAll(dimensions);
    }
    if (t.chance(0.15)) {
      columns.add("crm_note"); // unknown: a warning, not an error
      feature("csv:unknown-column");
    }
    Collections.shuffle(columns, random);
    StringWriter text = new StringWriter();
    if (t.chance(0.2)) {
      text.write('\uFEFF');
      feature("csv:bom");
    }
    try (CSVPrinter out = new CSVPrinter(text, CSVFormat.RFC4180)) {
      out.printRecord(columns);
      for (Map<String, Object> c : customers) {
        List<String> row = new ArrayList<>();
        for (String column : columns) {
          Object v = switch (column) {
            case "id", "name", "segment", "annual_value" -> c.get(column);
            case "crm_note" -> t.sentence();
            default -> c.get("scores") instanceof Map<?, ?> scores ? scores.get(column) : null;
          };
          row.add(v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
        }
        out.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    csvName = t.chance(0.8) ? "customers.csv" : "Customers-Export.CSV";
    csvText = text.toString();
    tiering.put("customers_file", csvName);
  }

  private List<Object> accounts() {
    return list(t.sizeOfList(), i -> {
      String customer = customerKeys.isEmpty() ? t.name() : t.pick(customerKeys);
      Map<String, Object> a = map("customer", customer);
      opt(a, "industry", 0.5, t::plain);
      opt(a, "contact", 0.5, () -> {
        Map<String, Object> c = map("name", t.name());
        opt(c, "title", 0.5, t::plain);
        opt(c, "email", 0.5, () -> t.pick(new String[] {"li.na@example.com", "a@b.co", "key.account+crm@example.org"}));
        opt(c, "phone", 0.5, () -> t.pick(new String[] {"+86 21 1234 5678", "010-12345678", "0", "123-456-7890"}));
        return c;
      });
      opt(a, "since", 0.5, () -> t.chance(0.2) ? t.pick(new Integer[] {1000, 9999}) : t.between(1950, 2030));
      opt(a, "history", 0.5, t::markdown);
      optList(a, "challenges");
      optList(a, "goals");
      optList(a, "requirements");
      a.put("value_proposition", t.markdown());
      if (!tasks.isEmpty() && t.chance(0.6)) {
        a.put("actions", sample(tasks, t.between(0, Math.min(4, tasks.size()))));
      }
      opt(a, "review", 0.4, t::plain);
      return a;
    });
  }

  private Map<String, Object> strategy() {
    Map<String, Object> s = new LinkedHashMap<>();
    if (t.chance(0.8)) {
      Ids ids = new Ids("p");
      s.put("pillars", list(t.sizeOfList(), i -> {
        String id = ids.next();
        pillars.add(id);
        Map<String, Object> p = map("id", id, "name", t.name());
        opt(p, "objective", 0.5, t::plain);
        optList(p, "tactics");
        if (!tiers.isEmpty() && t.chance(0.5)) {
          p.put("tiers", sample(tiers, t.between(0, tiers.size())));
        }
        return p;
      }));
    }
    if (t.chance(0.6)) {
      s.put("lifecycle", list(t.sizeOfList(), i -> {
        Map<String, Object> l = map("stage", t.pick(new String[] {"考察期", "形成期", "稳定期", "衰退期"}) + (i > 3 ? i : ""));
        opt(l, "goal", 0.5, t::plain);
        optList(l, "tactics");
        return l;
      }));
    }
    return s;
  }

  private Map<String, Object> actionPlan() {
    Map<String, Object> s = new LinkedHashMap<>();
    if (team.isEmpty()) {
      if (t.chance(0.5)) {
        s.put("tasks", List.of()); // a task needs an owner from the team
      }
      return s;
    }
    int n = t.chance(0.03) ? feature("tasks:many", t.between(30, 100)) : t.sizeOfList();
    Ids ids = new Ids("T");
    List<String> planned = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      planned.add(ids.next());
    }
    // Dependencies only point at tasks earlier in a random order: never a cycle.
    List<String> order = new ArrayList<>(planned);
    Collections.shuffle(order, random);
    tasks.addAll(planned);
    s.put("tasks", list(n, i -> {
      String id = planned.get(i);
      LocalDate start = someDate();
      LocalDate end = switch (random.nextInt(8)) {
        case 0 -> feature("task:one-day", start);
        case 1 -> feature("task:ten-years", start.plusYears(10));
        default -> start.plusDays(t.between(1, 120));
      };
      if (t.chance(0.01)) { // decades away from the rest: a chart spanning half a century
        start = feature("task:far-dates", start.minusYears(t.between(20, 40)));
      }
      Map<String, Object> m = map("id", id, "title", t.plain(), "owner", t.pick(team), "start", date(start),
          "end", date(end), "status", t.pick(STATUSES));
      opt(m, "progress", 0.5, this::percent);
      List<String> earlier = order.subList(0, order.indexOf(id));
      if (!earlier.isEmpty() && t.chance(0.5)) {
        m.put("depends_on", sample(earlier, t.between(1, Math.min(3, earlier.size()))));
      } else if (t.chance(0.1)) {
        m.put("depends_on", List.of());
      }
      opt(m, "pillar", pillars.isEmpty() ? 0 : 0.5, () -> t.pick(pillars));
      optList(m, "deliverables");
      opt(m, "milestone", 0.3, () -> t.chance(0.5));
      return m;
    }));
    return s;
  }

  private Map<String, Object> budget() {
    Map<String, Object> s = new LinkedHashMap<>();
    opt(s, "contingency_percent", 0.5, this::percent);
    opt(s, "cap", 0.5, this::money);
    opt(s, "approval", 0.4, t::plain);
    if (t.chance(0.85)) {
      Ids ids = new Ids("B");
      boolean fewCategories = t.chance(0.7);
      s.put("items", list(t.chance(0.03) ? feature("budget:many", t.between(30, 120)) : t.sizeOfList(), i -> {
        Map<String, Object> m = map("id", ids.next(),
            "category", fewCategories ? t.pick(CATEGORIES) : t.name(),
            "description", t.chance(0.05) ? feature("budget:empty-description", "") : t.plain());
        opt(m, "task", tasks.isEmpty() ? 0 : 0.5, () -> t.pick(tasks));
        opt(m, "tier", tiers.isEmpty() ? 0 : 0.5, () -> t.pick(tiers));
        opt(m, "period", 0.5, () -> t.between(2000, 2035) + "-"
            + (t.chance(0.5) ? "Q" + t.between(1, 4) : String.format("%02d", t.between(1, 12))));
        switch (random.nextInt(3)) {
          case 0 -> m.put("amount", money());
          case 1 -> {
            m.put("quantity", quantity());
            m.put("unit_cost", moneyDecimal());
            feature("budget:quantity×unit_cost");
          }
          default -> {
            BigDecimal q = quantity();
            BigDecimal u = moneyDecimal();
            if (q.multiply(u).compareTo(LIMIT) >= 0) {
              u = BigDecimal.valueOf(t.between(1, 10_000)); // the amount written must stay within bounds too
            }
            m.put("amount", q.multiply(u).setScale(minorUnit, RoundingMode.HALF_UP));
            m.put("quantity", q);
            m.put("unit_cost", u);
            feature("budget:all-three");
          }
        }
        return m;
      }));
    }
    return s;
  }

  private Map<String, Object> monitoring() {
    Map<String, Object> s = new LinkedHashMap<>();
    if (t.chance(0.8)) {
      Ids ids = new Ids("K");
      s.put("kpis", list(t.sizeOfList(), i -> {
        String id = ids.next();
        kpis.add(id);
        Map<String, Object> k = map("id", id, "name", t.name(), "unit", t.pick(new String[] {"%", "分", "家", "元", "",
            "customers", "NPS", "¥", "x"}));
        String direction = t.chance(0.4) ? null : t.chance(0.5) ? "up" : "down";
        // The target lies on the good side of the baseline: above it for "up" (the default), below for "down".
        BigDecimal a = measure();
        BigDecimal b = t.chance(0.15) ? feature("kpi:target=baseline", a) : measure();
        boolean down = "down".equals(direction);
        BigDecimal baseline = t.chance(0.7) ? (down ? a.max(b) : a.min(b)) : null;
        BigDecimal target = down ? a.min(b) : a.max(b);
        if (baseline != null) {
          k.put("baseline", baseline);
        }
        k.put("target", target);
        opt(k, "current", 0.6, this::measure);
        if (direction != null) {
          k.put("direction", direction);
        }
        opt(k, "frequency", 0.4, t::plain);
        opt(k, "owner", team.isEmpty() ? 0 : 0.5, () -> t.pick(team));
        opt(k, "due", 0.5, () -> date(someDate()));
        opt(k, "source", 0.3, t::plain);
        return k;
      }));
    }
    if (t.chance(0.6)) {
      s.put("reviews", list(t.sizeOfList(), i -> {
        Map<String, Object> r = map("name", t.name(), "cadence", t.plain());
        if (t.chance(0.7)) {
          r.put("participants", team.isEmpty() ? List.of() : sample(team, t.between(0, team.size())));
        }
        return r;
      }));
    }
    opt(s, "oversight", 0.5, t::markdown);
    return s;
  }

  private Map<String, Object> overview() {
    Map<String, Object> s = new LinkedHashMap<>();
    opt(s, "company", 0.7, () -> {
      Map<String, Object> c = map("name", t.name());
      opt(c, "founded", 0.5, () -> t.chance(0.5) ? t.between(1800, 2030) : t.between(1990, 2020) + "年, 台中丰原");
      opt(c, "industry", 0.5, t::plain);
      opt(c, "scale", 0.5, () -> t.chance(0.3) ? money() : t.plain());
      opt(c, "description", 0.5, t::markdown);
      return c;
    });
    opt(s, "mission", 0.5, t::plain);
    opt(s, "vision", 0.5, t::plain);
    optList(s, "values");
    optList(s, "strategic_goals");
    if (t.chance(0.6)) {
      Ids ids = new Ids("O");
      s.put("objectives", list(t.sizeOfList(), i -> {
        Map<String, Object> o = map("id", ids.next(), "statement", t.plain());
        opt(o, "kpi", kpis.isEmpty() ? 0 : 0.6, () -> t.pick(kpis));
        opt(o, "due", 0.5, () -> date(someDate()));
        return o;
      }));
    }
    opt(s, "background", 0.5, t::markdown);
    return s;
  }

  private Map<String, Object> market() {
    Map<String, Object> s = new LinkedHashMap<>();
    opt(s, "pest", 0.5, () -> {
      Map<String, Object> p = new LinkedHashMap<>();
      for (String k : List.of("political", "economic", "social", "technological")) {
        optList(p, k);
      }
      return p;
    });
    if (t.chance(0.5)) {
      s.put("competitors", list(t.sizeOfList(), i -> {
        Map<String, Object> c = map("name", t.name());
        opt(c, "share", 0.5, this::percent);
        opt(c, "positioning", 0.5, t::plain);
        opt(c, "pricing", 0.4, t::plain);
        optList(c, "strengths");
        optList(c, "weaknesses");
        return c;
      }));
    }
    opt(s, "swot", 0.5, () -> {
      Map<String, Object> w = new LinkedHashMap<>();
      for (String k : List.of("strengths", "weaknesses", "opportunities", "threats")) {
        optList(w, k);
      }
      return w;
    });
    optList(s, "trends");
    if (t.chance(0.5)) {
      s.put("current_issues", list(t.sizeOfList(), i -> map("title", t.plain(), "description", t.markdown())));
    }
    if (t.chance(0.5)) {
      s.put("loyalty", list(t.sizeOfList(), i -> {
        Map<String, Object> l = map("item", t.name(), "attitude", t.chance(0.5) ? "high" : "low",
            "repeat", t.chance(0.5) ? "high" : "low");
        opt(l, "note", 0.5, t::plain);
        return l;
      }));
    }
    return s;
  }

  private Map<String, Object> risks() {
    Map<String, Object> s = new LinkedHashMap<>();
    if (t.chance(0.8)) {
      Ids ids = new Ids("R");
      s.put("register", list(t.sizeOfList(), i -> {
        Map<String, Object> r = map("id", ids.next(), "title", t.plain(), "likelihood", t.between(1, 5),
            "impact", t.between(1, 5));
        opt(r, "category", 0.5, t::name);
        opt(r, "mitigation", 0.6, t::markdown);
        opt(r, "contingency", 0.5, t::markdown);
        opt(r, "owner", team.isEmpty() ? 0 : 0.5, () -> t.pick(team));
        opt(r, "trigger", 0.4, t::plain);
        return r;
      }));
    }
    opt(s, "emergency_response", 0.5, t::markdown);
    return s;
  }

  // ---- values

  private Object version() {
    return switch (random.nextInt(4)) {
      case 0 -> "v2.1";
      case 1 -> new NumberText("1.10"); // a number kept exactly as written
      case 2 -> 3;
      default -> t.tiny();
    };
  }

  /** Money as a planner writes it: zero, cents, huge, many decimals or in exponent form. */
  private Object money() {
    if (t.chance(0.05)) {
      String text = t.between(1, 9) + "." + t.between(0, 99) + (t.chance(0.5) ? "E+" : "e") + t.between(0, 9);
      return feature("money:exponent", new NumberText(text));
    }
    return moneyDecimal();
  }

  private BigDecimal moneyDecimal() {
    return switch (random.nextInt(16)) {
      case 0 -> feature("money:zero", BigDecimal.ZERO);
      case 1 -> feature("money:huge", huge().abs().add(BigDecimal.valueOf(random.nextInt(10_000), 4))
          .setScale(minorUnit, RoundingMode.DOWN));
      case 2 -> feature("money:many-decimals", new BigDecimal(new BigInteger(34, random)).movePointLeft(t.between(5, 10)));
      case 3 -> BigDecimal.ONE.movePointLeft(minorUnit);
      case 4 -> feature("money:largest", LIMIT.subtract(BigDecimal.ONE.movePointLeft(minorUnit)));
      default -> BigDecimal.valueOf(t.between(1, 10_000_000), t.chance(0.5) ? minorUnit : 0);
    };
  }

  /**
   * A number with up to 15 digits before the point, either sign: the largest the contract allows
   * (at most 15 integer digits, at most 10 decimals).
   */
  private BigDecimal huge() {
    long digits = Math.floorMod(random.nextLong(), 1_000_000_000_000_000L);
    return BigDecimal.valueOf(t.chance(0.5) ? digits : -digits);
  }

  private BigDecimal positiveMoney() {
    BigDecimal m = moneyDecimal();
    return m.signum() > 0 ? m : BigDecimal.valueOf(t.between(1, 1_000_000));
  }

  private Object positiveOrZeroMoney() {
    return t.chance(0.05) ? BigDecimal.ZERO : positiveMoney();
  }

  private BigDecimal quantity() {
    return switch (random.nextInt(6)) {
      case 0 -> BigDecimal.ZERO;
      case 1 -> new BigDecimal("0.333333");
      case 2 -> BigDecimal.valueOf(t.between(1, 100_000));
      default -> BigDecimal.valueOf(t.between(1, 50));
    };
  }

  private BigDecimal percent() {
    return switch (random.nextInt(8)) {
      case 0 -> BigDecimal.ZERO;
      case 1 -> BigDecimal.valueOf(100);
      case 2 -> feature("percent:many-decimals", new BigDecimal("33.3333333333"));
      case 3 -> BigDecimal.valueOf(t.between(0, 1000), 1);
      default -> BigDecimal.valueOf(t.between(0, 100));
    };
  }

  private BigDecimal score() {
    return switch (random.nextInt(8)) {
      case 0 -> BigDecimal.ZERO;
      case 1 -> BigDecimal.valueOf(100);
      case 2 -> BigDecimal.valueOf(t.between(0, 10_000), 2);
      default -> BigDecimal.valueOf(t.between(0, 100));
    };
  }

  /** A KPI figure: any sign, tiny or huge, many decimals. */
  private BigDecimal measure() {
    return switch (random.nextInt(10)) {
      case 0 -> BigDecimal.ZERO;
      case 1 -> feature("kpi:negative", BigDecimal.valueOf(-t.between(1, 1000), t.between(0, 2)));
      case 2 -> feature("kpi:huge", huge());
      case 3 -> new BigDecimal("0.000001");
      case 4 -> new BigDecimal(new BigInteger(30, random)).movePointLeft(t.between(3, 9));
      default -> BigDecimal.valueOf(t.between(0, 1000), t.between(0, 1));
    };
  }

  private Object date(LocalDate d) {
    return t.chance(0.1) ? new QuotedDate(d) : d;
  }

  /** A date near the plan's period (or its status date), now and then a leap day. */
  private LocalDate someDate() {
    if (t.chance(0.05)) {
      return feature("date:leap-day", LocalDate.of(t.pick(new Integer[] {2000, 2024, 2028, 2032}), Month.FEBRUARY, 29));
    }
    LocalDate from = periodStart == null ? asOf.minusDays(200) : periodStart.minusDays(30);
    LocalDate to = periodEnd == null ? asOf.plusDays(400) : periodEnd.plusDays(30);
    return between(from, to);
  }

  private LocalDate between(LocalDate from, LocalDate to) {
    long days = to.toEpochDay() - from.toEpochDay();
    return from.plusDays(days <= 0 ? 0 : (long) (random.nextDouble() * (days + 1)));
  }

  // ---- building blocks

  /** A section absent (null), empty, or filled, and the feature tag saying which. */
  private Object section(String name, Supplier<Object> filled,
      Supplier<Object> empty) {
    double p = random.nextDouble();
    if (p < full) {
      feature("section:" + name);
      return filled.get();
    }
    if (p < full + (1 - full) * 0.3) {
      feature("section:" + name + ":empty");
      return empty.get();
    }
    return null;
  }

  private void putIf(Map<String, Object> plan, String key, Object value) {
    if (value != null) {
      plan.put(key, value);
    }
  }

  private void opt(Map<String, Object> m, String key, double p, Supplier<Object> value) {
    if (t.chance(p)) {
      m.put(key, value.get());
    }
  }

  /** A list of strings left out, empty, or filled. */
  private void optList(Map<String, Object> m, String key) {
    if (t.chance(0.6)) {
      m.put(key, t.strings());
    }
  }

  private static List<Object> list(int n, IntFunction<Object> item) {
    List<Object> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(item.apply(i));
    }
    return out;
  }

  private List<String> sample(List<String> from, int n) {
    List<String> copy = new ArrayList<>(from);
    Collections.shuffle(copy, random);
    return new ArrayList<>(copy.subList(0, n));
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private void feature(String name) {
    features.add(name);
  }

  private <T> T feature(String name, T value) {
    features.add(name);
    return value;
  }

  /** Unique ids for one list, in a style picked per list: T1, crm-1, 任务1, a&lt;1&gt;, 1, … */
  private final class Ids {
    private final String style;
    private final String prefix;
    private int n;

    Ids(String prefix) {
      this.prefix = prefix;
      this.style = t.pick(new String[] {"plain", "plain", "plain", "dash", "cjk", "odd", "numeric", "letter"});
      feature("ids:" + style);
    }

    String next() {
      n++;
      return switch (style) {
        case "dash" -> prefix.toLowerCase() + "-" + n + "_x.y";
        case "cjk" -> "编号" + prefix + n;
        case "odd" -> prefix + "<&\"'" + n + ">";
        case "numeric" -> String.valueOf(n);
        case "letter" -> n <= 26 ? String.valueOf((char) ('A' + n - 1)) : prefix + n;
        default -> prefix + n;
      };
    }
  }
}
