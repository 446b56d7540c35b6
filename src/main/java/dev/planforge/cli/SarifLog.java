package dev.planforge.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.diagnostic.Location;
import dev.planforge.diagnostic.RuleCatalog;
import dev.planforge.diagnostic.Severity;
import dev.planforge.pipeline.Checked;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Diagnostics as a SARIF 2.1.0 log, the format code-scanning services read (GitHub's
 * {@code upload-sarif}, GitLab, IDE viewers): one run whose driver lists every rule planforge can
 * report with its help, and one result per diagnostic, placed in its file (the plan or its
 * customers CSV) by line and column.
 */
final class SarifLog {

  static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** The project's home, the domain of the plan format's schema id. */
  static final String INFORMATION_URI = "https://planforge.dev/";

  /** Names relative to the working folder are resolved against this base, which the log defines. */
  private static final String BASE = "%SRCROOT%";

  private final WorkingFolder folder;
  private final String version;
  private final RuleCatalog catalog;

  SarifLog(WorkingFolder folder, String version, RuleCatalog catalog) {
    this.folder = folder;
    this.version = version;
    this.catalog = catalog;
  }

  /** The log, indented JSON. */
  String write(List<Checked> checked) {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode log = json.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();

    // The driver's rules: the catalogue, and any id reported that it lacks, so every ruleIndex holds.
    Map<String, Integer> index = new LinkedHashMap<>();
    List<RuleCatalog.Rule> rules = new ArrayList<>(catalog.all());
    rules.forEach(r -> index.put(r.id(), index.size()));
    for (Checked c : checked) {
      for (Diagnostic d : c.diagnostics()) {
        if (!index.containsKey(d.rule())) {
          index.put(d.rule(), index.size());
          rules.add(catalog.rule(d.rule()));
        }
      }
    }
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "planforge");
    driver.put("version", version);
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode ruleList = driver.putArray("rules");
    for (RuleCatalog.Rule r : rules) {
      ObjectNode rule = ruleList.addObject();
      rule.put("id", r.id());
      rule.putObject("shortDescription").put("text", r.summary());
      rule.putObject("fullDescription").put("text", r.help());
      rule.putObject("help").put("text", r.help());
      rule.putObject("defaultConfiguration").put("level", level(r.severity()));
    }

    run.putObject("originalUriBaseIds").putObject(BASE).put("uri", folder.rootUri());
    run.put("columnKind", "unicodeCodePoints"); // planforge counts columns in code points, as editors do
    ArrayNode results = run.putArray("results");
    for (Checked c : checked) {
      for (Diagnostic d : c.diagnostics()) {
        results.add(result(json, d, c.source().displayName(), index.get(d.rule())));
      }
    }
    try {
      return json.writeValueAsString(log);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode result(ObjectMapper json, Diagnostic d, String planName, int ruleIndex) {
    ObjectNode result = json.createObjectNode();
    result.put("ruleId", d.rule());
    result.put("ruleIndex", ruleIndex);
    result.put("level", level(d.severity()));
    result.putObject("message").put("text", GithubAnnotations.message(d));
    Location at = d.location();
    ObjectNode location = result.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    String uri = folder.uri(at == null ? planName : at.file());
    artifact.put("uri", uri);
    if (!uri.startsWith("file:")) {
      artifact.put("uriBaseId", BASE);
    }
    if (at != null && at.line() > 0) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", at.line());
      if (at.column() > 0) {
        region.put("startColumn", at.column());
      }
      if (d.sourceLine() != null) { // the whole line, for viewers without the file
        ObjectNode context = physical.putObject("contextRegion");
        context.put("startLine", at.line());
        context.putObject("snippet").put("text", d.sourceLine());
      }
    }
    location.putArray("logicalLocations").addObject().put("fullyQualifiedName", d.path());
    return result;
  }

  private static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }
}
