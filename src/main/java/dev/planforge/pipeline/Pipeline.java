package dev.planforge.pipeline;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.planforge.enrich.Enrich;
import dev.planforge.enrich.Figures;
import dev.planforge.model.Plan;
import dev.planforge.model.PlanReader;
import dev.planforge.render.Document;
import dev.planforge.source.CustomerCsv;
import dev.planforge.source.Picture;
import dev.planforge.source.PlanFile;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.validate.Pictures;
import dev.planforge.validate.Rules;
import dev.planforge.validate.SchemaCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Wires the stages in their order; the only class that knows it. */
public final class Pipeline {

  private Pipeline() {}

  /**
   * Reads, checks and models one plan: source → schema → rules → model, then the warnings that
   * need the plan's figures (a total over its cap, an overdue task, …).
   *
   * @throws IOException when the file cannot be read at all
   */
  public static Checked check(Path path, String displayName) throws IOException {
    return check(PlanFile.read(path, displayName), path);
  }

  /**
   * Checks a plan whose bytes were read elsewhere (standard input, at most {@link
   * PlanFile#MAX_BYTES} + 1 of them); {@code path} is not read, only a relative {@code
   * customers_file} is found beside it.
   */
  public static Checked check(byte[] bytes, Path path, String displayName) {
    return check(PlanFile.parse(bytes, path, displayName), path);
  }

  private static Checked check(PlanFile file, Path path) {
    Reporter report = file.report();
    if (file.tree() == null) {
      return done(file, null, null, null, report);
    }
    ObjectNode tree = (ObjectNode) file.tree();
    String customersFile = customersFile(tree);
    ObjectNode checked = customersFile == null ? tree : withCsvCustomers(path, tree, customersFile, file, report);
    SchemaCheck.check(checked, report);
    Map<String, Picture> pictures = Pictures.check(checked, path, file.map(), file.source(), report);
    if (report.hasErrors()) {
      checkDespiteSchemaErrors(checked, report);
      return done(file, checked, null, null, report);
    }
    if (customersFile != null) {
      ((ObjectNode) checked.get("tiering")).put("customers_file", customersFile);
    }
    Plan plan = PlanReader.read(checked);
    Rules.check(plan, report);
    if (report.hasErrors()) {
      return done(file, checked, null, null, report);
    }
    Figures figures = Enrich.compute(plan); // figures add up only once the plan is valid
    Rules.checkFigures(plan, figures, report);
    return done(file, checked, plan, figures, report, pictures);
  }

  /**
   * A checked plan with the figures computed while checking it, ready for any renderer.
   *
   * @param checked a plan that {@linkplain Checked#passes passes}
   */
  public static Document document(Checked checked) {
    if (checked.plan() == null) {
      throw new IllegalArgumentException(checked.source().displayName() + " has errors and cannot be rendered");
    }
    return new Document(checked.plan(), checked.tree(), checked.figures(), checked.source().path(), checked.pictures());
  }

  /**
   * Runs the semantic rules on a plan with schema errors too, so a planner sees every problem in
   * one run. Values of the wrong type read as absent, and a rule's finding about a place the
   * schema already faulted (the same path, inside it or around it) is left out as a knock-on.
   */
  private static void checkDespiteSchemaErrors(ObjectNode tree, Reporter report) {
    List<String> faulted = report.diagnostics().stream().map(Diagnostic::path).toList();
    Reporter rules = report.fork();
    // PlanReader reads a value of the wrong type as absent, so any tree can be modelled; a rule
    // that throws here is a bug to see, not a reason to drop the rules' findings.
    Rules.check(PlanReader.read(tree), rules);
    report.addAll(rules.diagnostics().stream()
        .filter(d -> faulted.stream().noneMatch(f -> related(f, d.path())))
        .toList());
  }

  private static boolean related(String a, String b) {
    return a.equals(b) || within(a, b) || within(b, a);
  }

  private static boolean within(String inner, String outer) {
    return inner.startsWith(outer) && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
  }

  private static Checked done(PlanFile file, JsonNode tree, Plan plan, Figures figures, Reporter report) {
    return done(file, tree, plan, figures, report, Map.of());
  }

  private static Checked done(
      PlanFile file, JsonNode tree, Plan plan, Figures figures, Reporter report, Map<String, Picture> pictures) {
    String planName = file.source().displayName();
    List<Diagnostic> sorted = new ArrayList<>(report.diagnostics());
    sorted.sort(Comparator
        .comparing((Diagnostic d) -> d.location() == null || !d.location().file().equals(planName))
        .thenComparing(d -> d.location() == null ? 0 : d.location().line())
        .thenComparing(d -> d.location() == null ? 0 : d.location().column()));
    return new Checked(file.source(), tree, plan, figures, sorted, pictures);
  }

  private static String customersFile(ObjectNode tree) {
    JsonNode file = tree.path("tiering").path("customers_file");
    return file.isTextual() && !tree.path("tiering").has("customers") ? file.asText() : null;
  }

  /**
   * The tree with the CSV rows as {@code tiering.customers}, so the schema and every rule check
   * them as they check inline customers. The file name stays, for the reader.
   */
  private static ObjectNode withCsvCustomers(
      Path path, ObjectNode tree, String customersFile, PlanFile file, Reporter report) {
    List<String> dimensions = new ArrayList<>();
    tree.path("tiering").path("dimensions").forEach(d -> {
      if (d.path("id").isTextual()) {
        dimensions.add(d.path("id").asText());
      }
    });
    boolean scored = !"annual_value".equals(tree.path("tiering").path("method").asText()); // weighted_score
    PlanPath at = PlanPath.of("tiering", "customers_file");
    ArrayNode customers = CustomerCsv.read(path, file.source().displayName(), customersFile, dimensions, scored, at,
        file.map(), report);
    if (customers == null) {
      return tree;
    }
    ObjectNode copy = tree.deepCopy();
    ObjectNode tiering = (ObjectNode) copy.get("tiering");
    tiering.remove("customers_file");
    tiering.set("customers", customers);
    return copy;
  }
}
