package dev.planforge.validate;

import dev.planforge.diagnostic.Suggestions;
import dev.planforge.model.Currencies;
import dev.planforge.model.PlanLocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The allowed value a planner meant by another word for it. The schema names each enum value in
 * English and Chinese ({@code markdownEnumDescriptions}: "In progress — 进行中"), so
 * {@code status: 进行中} means {@code in_progress}; a language tag is matched by its language
 * ({@code en-US} is {@code en}); a currency by its code in any case or its everyday name.
 */
public final class EnumHints {

  /** Everyday names of the currencies Chinese planners use most. */
  private static final Map<String, String> CURRENCY_NAMES = Map.ofEntries(
      Map.entry("RMB", "CNY"), Map.entry("人民币", "CNY"), Map.entry("元", "CNY"), Map.entry("￥", "CNY"),
      Map.entry("美元", "USD"), Map.entry("US$", "USD"), Map.entry("$", "USD"),
      Map.entry("欧元", "EUR"), Map.entry("€", "EUR"), Map.entry("日元", "JPY"),
      Map.entry("港元", "HKD"), Map.entry("港币", "HKD"), Map.entry("英镑", "GBP"), Map.entry("£", "GBP"));

  private EnumHints() {}

  /**
   * One allowed value and its names.
   *
   * @param value the value to write, e.g. {@code in_progress}
   * @param english its English name ("In progress"), or null when the schema gives none
   * @param chinese its Chinese name ("进行中"), or null
   */
  public record Option(String value, String english, String chinese) {

    /** The name a reader of {@code locale} knows the value by, or null. */
    public String name(PlanLocale locale) {
      return locale == PlanLocale.ZH_CN ? chinese : english;
    }
  }

  /**
   * The options of an enum with the names its {@code markdownEnumDescriptions} give them, aligned
   * by position ("English — 中文").
   */
  public static List<Option> options(List<String> values, List<String> descriptions) {
    List<Option> options = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String d = i < descriptions.size() ? descriptions.get(i) : "";
      int dash = d.indexOf(" — ");
      options.add(dash < 0
          ? new Option(values.get(i), null, null)
          : new Option(values.get(i), d.substring(0, dash).strip(), d.substring(dash + 3).strip()));
    }
    return options;
  }

  /**
   * The option {@code given} most likely means, or null: the value in another case or spelling,
   * the value's English or Chinese name, a language tag's language, one Chinese name inside the
   * other ({@code 已完成} for 完成), and last a near miss.
   */
  public static Option meant(String given, List<Option> options) {
    List<String> values = options.stream().map(Option::value).toList();
    String same = Suggestions.sameWord(given, values);
    if (same == null) {
      same = byName(given, options);
    }
    if (same == null) {
      same = byLanguage(given, values);
    }
    if (same == null) {
      same = byChineseName(given, options);
    }
    if (same == null) {
      same = Suggestions.closest(given, values);
    }
    String found = same;
    return found == null ? null : options.stream().filter(o -> o.value().equals(found)).findFirst().orElseThrow();
  }

  /** The ISO 4217 code {@code given} stands for ({@code usd}, {@code 人民币}, {@code RMB}), or null. */
  public static String currency(String given) {
    String g = given.strip();
    String named = CURRENCY_NAMES.get(g.toUpperCase(Locale.ROOT));
    if (named != null) {
      return named;
    }
    String upper = g.toUpperCase(Locale.ROOT);
    return upper.matches("[A-Z]{3}") && Currencies.isKnown(upper) ? upper : null;
  }

  private static String byName(String given, List<Option> options) {
    String found = null;
    for (Option o : options) {
      List<String> names = new ArrayList<>();
      if (o.english() != null) {
        names.add(o.english());
        names.add(o.english().split(",")[0]); // "Planned" for "Planned, not started"
      }
      if (o.chinese() != null) {
        names.add(o.chinese());
      }
      if (Suggestions.sameWord(given, names) != null) {
        if (found != null && !found.equals(o.value())) {
          return null;
        }
        found = o.value();
      }
    }
    return found;
  }

  /** {@code en-US} and {@code en_GB} mean {@code en}; {@code zh} and {@code zh_Hans} mean {@code zh-CN}. */
  private static String byLanguage(String given, List<String> values) {
    String g = given.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    String found = null;
    for (String v : values) {
      String value = v.toLowerCase(Locale.ROOT);
      String language = value.split("-")[0];
      boolean tag = value.matches("[a-z]{2,3}(-[a-z0-9]+)*");
      if (tag && (g.equals(language) || g.startsWith(language + "-"))) {
        if (found != null) {
          return null;
        }
        found = v;
      }
    }
    return found;
  }

  /** A Chinese word that holds one option's Chinese name, or is held by it, and no other's. */
  private static String byChineseName(String given, List<Option> options) {
    String g = given.strip();
    if (g.codePointCount(0, g.length()) < 2 || g.codePoints().noneMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) {
      return null;
    }
    String found = null;
    for (Option o : options) {
      String name = o.chinese();
      if (name != null && (name.contains(g) || g.contains(name))) {
        if (found != null) {
          return null;
        }
        found = o.value();
      }
    }
    return found;
  }
}
