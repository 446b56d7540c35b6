package dev.planforge.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue (what SARIF's driver lists) holds exactly the rules the code reports: read
 * from every call that reports a diagnostic in {@code src/main/java}, so a rule added, renamed or
 * removed fails here until {@code rules.properties} says the same. A rule id that is not a literal
 * must be one of the forms this test knows how to expand; a new form fails until it is taught.
 */
class RuleCatalogTest {

  static final Path MAIN = Path.of("src/main/java");

  /** A call, with the variable or class it is made on, if any. */
  private static final Pattern CALL = Pattern.compile("(?<![\\w.])(?:(\\w+)\\.)?(\\w+)\\(");

  private static final Pattern LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");

  private record Reported(String id, boolean warning) {}

  @Test
  void givenTheCode_thenEveryRuleItReportsIsCatalogued_andEveryCataloguedRuleIsReported() throws IOException {
    Set<String> inCode = new TreeSet<>();
    reported().forEach(r -> inCode.add(r.id()));
    Set<String> catalogued = new TreeSet<>();
    RuleCatalog.get().all().forEach(r -> catalogued.add(r.id()));

    Set<String> missing = new TreeSet<>(inCode);
    missing.removeAll(catalogued);
    Set<String> dead = new TreeSet<>(catalogued);
    dead.removeAll(inCode);
    assertEquals(Set.of(), missing, "rules the code reports without help in " + RuleCatalog.RESOURCE);
    assertEquals(Set.of(), dead, "rules in " + RuleCatalog.RESOURCE + " that the code no longer reports");
  }

  @Test
  void givenTheCode_thenTheCataloguedWarningsAreTheRulesReportedAsWarnings() throws IOException {
    Set<String> warnings = new TreeSet<>();
    Set<String> errors = new TreeSet<>();
    reported().forEach(r -> (r.warning() ? warnings : errors).add(r.id()));
    Set<String> catalogued = new TreeSet<>();
    RuleCatalog.get().all().stream().filter(r -> r.severity() == Severity.WARNING).forEach(r -> catalogued.add(r.id()));

    assertEquals(warnings, catalogued);
    Set<String> both = new TreeSet<>(warnings);
    both.retainAll(errors);
    assertEquals(Set.of(), both, "a rule reported both as an error and as a warning has no one default level");
  }

  @Test
  void givenEveryBadPlanAndExample_thenEveryRuleTheyReportIsCatalogued() throws IOException {
    List<Path> plans = new ArrayList<>(List.of(Path.of("plans/meet-fresh.yaml"), Path.of("plans/annual-crm-2026.yaml")));
    Path bad = Path.of("src/test/resources/bad-plans");
    try (Stream<Path> files = Files.list(bad)) {
      files.sorted().forEach(p -> plans.add(Files.isDirectory(p) ? p.resolve("plan.yaml") : p));
    }
    Set<String> seen = new TreeSet<>();
    for (Path plan : plans) {
      if (!plan.toString().endsWith(".yaml") || !Files.exists(plan)) {
        continue;
      }
      Checked checked = Pipeline.check(plan, plan.toString());
      for (Diagnostic d : checked.diagnostics()) {
        assertTrue(RuleCatalog.get().has(d.rule()), plan + " reports " + d.rule() + ", which has no help");
        assertEquals(RuleCatalog.get().rule(d.rule()).severity(), d.severity(), plan + ": " + d.rule());
        seen.add(d.rule());
      }
    }
    assertTrue(seen.size() > 40, "the bad plans reach only " + seen);
  }

  @Test
  void givenEveryRule_thenItsHelpIsASentenceOrTwo() {
    for (RuleCatalog.Rule r : RuleCatalog.get().all()) {
      assertFalse(r.help().isBlank(), r.id());
      assertTrue(r.help().endsWith("."), r.id() + ": " + r.help());
      assertTrue(r.summary().length() <= r.help().length() && r.summary().endsWith("."), r.id());
    }
  }

  @Test
  void givenAnIdTheCatalogueLacks_thenItStillHasARuleWithHelp() {
    RuleCatalog.Rule rule = RuleCatalog.get().rule("schema.oneOf");

    assertEquals(Severity.ERROR, rule.severity());
    assertTrue(rule.help().contains("\"oneOf\""), rule.help());
  }

  /** Every (rule, severity) a reporting call in the main code can produce. */
  static List<Reported> reported() throws IOException {
    Map<Path, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        sources.put(file, Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    // Every method taking a "String rule" (Reporter's, and any helper that passes one on), by file.
    Map<String, Map<String, Declared>> declared = new TreeMap<>();
    sources.forEach((file, code) -> declared.put(className(file), declarations(code)));
    List<Reported> all = new ArrayList<>();
    for (Map.Entry<Path, String> source : sources.entrySet()) {
      Path file = source.getKey();
      String code = source.getValue();
      Matcher call = CALL.matcher(code);
      while (call.find()) {
        String receiver = call.group(1);
        String method = call.group(2);
        // A call resolves to its file's method, a class's static method, or (on a variable) the Reporter's.
        String owner = receiver == null ? className(file)
            : Character.isUpperCase(receiver.charAt(0)) ? receiver : "Reporter";
        Declared target = declared.getOrDefault(owner, Map.of()).get(method);
        if (target == null || target.at() == call.start(2) && owner.equals(className(file))
            || NOT_REPORTING.contains(owner + "." + method)) {
          continue; // not a reporting method, or its own declaration
        }
        List<String> args = arguments(code, call.end());
        if (args.size() < target.arity() - (target.varargs() ? 1 : 0) || !target.varargs() && args.size() != target.arity()) {
          continue; // another method of the same name (a list's add)
        }
        boolean warning = method.equals("warning") && owner.equals("Reporter") || args.contains("Severity.WARNING");
        for (String id : expand(args.get(target.ruleIndex()), file, code)) {
          all.add(new Reported(id, warning));
        }
      }
      // An enum whose constants carry a rule (YamlSlips.Kind): each constant's first argument.
      Matcher enumType = Pattern.compile("enum (\\w+) \\{").matcher(code);
      while (enumType.find()) {
        Declared constructor = declarations(code).get(enumType.group(1));
        if (constructor == null) {
          continue;
        }
        Matcher constant = Pattern.compile("\\n\\s+[A-Z_]+\\(([^)]*)\\)[,;]").matcher(code.substring(enumType.end()));
        while (constant.find()) {
          String arg = arguments(constant.group(1) + ")", 0).get(constructor.ruleIndex());
          all.addAll(expand(arg, file, code).stream().map(id -> new Reported(id, false)).toList());
        }
      }
    }
    return all;
  }

  /** Methods taking a {@code String rule} that report nothing: SchemaCheck's key for saying a thing once. */
  private static final Set<String> NOT_REPORTING = Set.of("SchemaCheck.once");

  /** A method or constructor with a {@code String rule} parameter: where its name is, and which parameter it is. */
  private record Declared(int at, int ruleIndex, int arity, boolean varargs) {}

  private static final Pattern DECLARATION = Pattern.compile(
      "(?m)^\\s*(?:(?:public|private|protected|static|final)\\s+)*(?:[\\w<>\\[\\]?,. ]+\\s+)?(\\w+)\\(([^()]*)\\)\\s*"
          + "(?:throws [\\w., ]+)?\\{");

  private static Map<String, Declared> declarations(String code) {
    Map<String, Declared> found = new TreeMap<>();
    Matcher m = DECLARATION.matcher(code);
    while (m.find()) {
      List<String> params = m.group(2).isBlank() ? List.of() : arguments(m.group(2) + ")", 0);
      for (int i = 0; i < params.size(); i++) {
        if (params.get(i).equals("String rule")) {
          found.put(m.group(1), new Declared(m.start(1), i, params.size(), params.get(params.size() - 1).contains("...")));
        }
      }
    }
    return found;
  }

  private static String className(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".java".length());
  }

  /** The rule ids an argument stands for. */
  private static List<String> expand(String arg, Path file, String code) {
    Matcher literal = LITERAL.matcher(arg);
    if (literal.matches()) {
      return List.of(literal.group(1));
    }
    if (arg.equals("\"check.ref.\" + kind")) {
      // One rule per kind of reference; the kinds are the ref.kind.* names of the message catalogue.
      return messageKeys("ref.kind.").stream().map(k -> "check.ref." + k).toList();
    }
    if (arg.equals("rule") && code.contains("String rule = \"schema.\" + keyword;")) {
      // SchemaCheck: rule = "schema." + the keyword; the keywords are those describe() words.
      return schemaKeywords(code).stream().map(k -> "schema." + k).toList();
    }
    if (arg.equals("rule") || arg.endsWith(".rule") || arg.endsWith(".rule()")) {
      // A rule passed on (a parameter, a record's or an enum's field): the literals it comes from
      // are read where they are written, at the calls of the method taking it.
      return List.of();
    }
    fail("cannot tell which rule " + arg + " in " + file + " reports; teach RuleCatalogTest.expand");
    return List.of();
  }

  /** The case labels of SchemaCheck.describe's switch over the keyword. */
  private static Set<String> schemaKeywords(String code) {
    int start = code.indexOf("private static void describe(");
    String body = code.substring(start, code.indexOf("\n  }\n", start));
    Set<String> keywords = new TreeSet<>();
    Matcher label = Pattern.compile("case ((?:\"\\w+\"(?:, )?)+) ->").matcher(body);
    while (label.find()) {
      Matcher word = Pattern.compile("\"(\\w+)\"").matcher(label.group(1));
      while (word.find()) {
        keywords.add(word.group(1));
      }
    }
    assertFalse(keywords.isEmpty());
    return keywords;
  }

  private static Set<String> messageKeys(String prefix) {
    Properties messages = new Properties();
    try (InputStream in = RuleCatalogTest.class.getResourceAsStream("/dev/planforge/messages.properties")) {
      messages.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> keys = new TreeSet<>();
    messages.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).forEach(k -> keys.add(k.substring(prefix.length())));
    return keys;
  }

  /** The top-level arguments of a call whose '(' ends just before {@code from}, as written. */
  private static List<String> arguments(String code, int from) {
    List<String> args = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    StringBuilder arg = new StringBuilder();
    for (int i = from; i < code.length(); i++) {
      char c = code.charAt(i);
      if (quoted) {
        arg.append(c);
        if (c == '\\') {
          arg.append(code.charAt(++i));
        } else if (c == '"') {
          quoted = false;
        }
        continue;
      }
      if (c == '"') {
        quoted = true;
      } else if (c == '(' || c == '{' || c == '[') {
        depth++;
      } else if ((c == ')' || c == '}' || c == ']') && depth > 0) {
        depth--;
      } else if (c == ')' || (c == ',' && depth == 0)) {
        args.add(arg.toString().strip().replaceAll("\\s+", " "));
        arg.setLength(0);
        if (c == ')') {
          return args;
        }
        continue;
      }
      arg.append(c);
    }
    throw new IllegalStateException("unclosed call at " + from);
  }
}
