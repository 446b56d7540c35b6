package dev.planforge.diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every rule id planforge reports, with its help text and the severity it reports at, from
 * {@code rules.properties}; what SARIF's {@code tool.driver.rules} lists. A test holds the file to
 * the rule ids the code reports, both ways, so it cannot drift.
 */
public final class RuleCatalog {

  /** Where the catalogue lives in the jar. */
  public static final String RESOURCE = "/dev/planforge/rules.properties";

  private static final String WARNINGS = "warnings";

  /**
   * One rule.
   *
   * @param help what the rule checks and how a planner fixes it; its first sentence is a summary
   */
  public record Rule(String id, Severity severity, String help) {

    /** The first sentence of the help. */
    public String summary() {
      int end = help.indexOf(". ");
      return end < 0 ? help : help.substring(0, end + 1);
    }
  }

  private final Map<String, Rule> rules;

  private RuleCatalog(Map<String, Rule> rules) {
    this.rules = rules;
  }

  private static final class Loaded {
    static final RuleCatalog CATALOG = load();
  }

  public static RuleCatalog get() {
    return Loaded.CATALOG;
  }

  /** Every rule, sorted by id, so outputs listing them are stable. */
  public List<Rule> all() {
    return List.copyOf(rules.values());
  }

  /**
   * The rule of {@code id}. A rule the catalogue lacks (a schema keyword the plan format starts
   * using before the catalogue names it) still gets an entry, so a report never drops a result.
   */
  public Rule rule(String id) {
    Rule known = rules.get(id);
    if (known != null) {
      return known;
    }
    String help = id.startsWith("schema.")
        ? "A value breaks the constraint \"" + id.substring("schema.".length()) + "\" of the plan format's JSON Schema."
        : "A problem planforge reports as " + id + ".";
    return new Rule(id, Severity.ERROR, help);
  }

  public boolean has(String id) {
    return rules.containsKey(id);
  }

  private static RuleCatalog load() {
    Properties file = new Properties();
    try (InputStream in = RuleCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        file.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> warnings = new TreeSet<>();
    Arrays.stream(file.getProperty(WARNINGS, "").split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .forEach(warnings::add);
    List<String> ids = new ArrayList<>(file.stringPropertyNames());
    ids.remove(WARNINGS);
    ids.sort(null);
    Map<String, Rule> rules = new LinkedHashMap<>();
    for (String id : ids) {
      rules.put(id, new Rule(id, warnings.contains(id) ? Severity.WARNING : Severity.ERROR, file.getProperty(id)));
    }
    List<String> unknown = warnings.stream().filter(w -> !rules.containsKey(w)).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalStateException(RESOURCE + ": warnings names rules without help: " + unknown);
    }
    return new RuleCatalog(Collections.unmodifiableMap(rules));
  }
}
