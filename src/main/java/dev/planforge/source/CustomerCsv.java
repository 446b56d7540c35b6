package dev.planforge.source;

import dev.planforge.diagnostic.Location;
import dev.planforge.diagnostic.PlanPath;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.diagnostic.Severity;
import dev.planforge.diagnostic.Suggestions;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code tiering.customers_file}: a CSV file beside the plan whose rows become the same
 * tree as inline {@code customers}, so the schema and every check apply to both. Positions are
 * {@code file.csv:row:column}, the header being row 1.
 */
public final class CustomerCsv {

  /** Five plan files' worth: about 200,000 customers. */
  static final long MAX_BYTES = PlanFile.MAX_BYTES * 5;

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private CustomerCsv() {}

  /**
   * Resolves {@code file} against the plan's folder and reads it. Returns null, with an error at
   * {@code at}, when it lies outside that folder or cannot be read.
   *
   * @param scored whether every dimension needs a column (the weighted_score method), not only
   *     reads one if there is one (annual_value, which ignores dimensions)
   * @param at the path of the {@code customers_file} key, where errors about the file itself go
   * @param into where the rows' positions are recorded, under {@code tiering.customers[i]}
   */
  public static ArrayNode read(Path planFile, String planName, String file, Collection<String> dimensions,
      boolean scored, PlanPath at, SourceMap into, Reporter report) {
    PlanFolder folder = PlanFolder.of(planFile);
    Path csv = folder.resolve(file);
    if (csv == null) {
      report.error("csv.outside", at, "csv.outside", file);
      return null;
    }
    String text;
    try {
      if (!folder.holds(csv)) {
        report.error("csv.unreadable", at, "csv.missing", file);
        return null;
      }
      byte[] bytes = PlanFile.readAtMost(csv, MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        report.error("csv.unreadable", at, "csv.size", file);
        return null;
      }
      text = PlanFile.strictUtf8(bytes);
    } catch (CharacterCodingException e) {
      report.error("csv.unreadable", at, "csv.encoding", file);
      return null;
    } catch (IOException e) {
      report.error("csv.unreadable", at, "csv.unreadable", file, e.getMessage());
      return null;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String name = displayName(planName, file);
    report.addFile(new SourceFile(csv, name, SourceFile.splitLines(text)));
    return parse(text, name, dimensions, scored, at.parent().key("customers"), into, report);
  }

  /** The CSV file named as the plan is named: beside the plan's display name. */
  private static String displayName(String planName, String file) {
    return Path.of(planName).resolveSibling(file).normalize().toString();
  }

  static ArrayNode parse(
      String text, String name, Collection<String> dimensions, PlanPath base, SourceMap into, Reporter report) {
    return parse(text, name, dimensions, true, base, into, report);
  }

  static ArrayNode parse(String text, String name, Collection<String> dimensions, boolean scored, PlanPath base,
      SourceMap into, Reporter report) {
    ArrayNode customers = NODES.arrayNode();
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
    List<String> lines = SourceFile.splitLines(text);
    long consumed = 0; // lines the parser has read, as it counts them: \r\n, \r and \n each end one
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> columns = parser.getHeaderNames();
      Location headerRow = new Location(name, 1, 0);
      List<String> known = new ArrayList<>(List.of("id", "name", "segment", "annual_value"));
      known.addAll(dimensions);
      // Warned first, so that they are heard even when the header has errors too.
      for (String column : new LinkedHashSet<>(columns)) {
        if (!known.contains(column)) {
          report.addAt(Severity.WARNING, "csv.column", headerRow, base.toString(),
              Suggestions.closest(column, known), report.messages().text("csv.column", column));
        }
      }
      String duplicate = firstDuplicate(columns);
      if (duplicate != null) {
        report.addAt(Severity.ERROR, "csv.header", headerRow, base.toString(), null,
            report.messages().text("csv.duplicateColumn", duplicate));
        return null; // which of the two columns is meant cannot be known
      }
      Map<String, Integer> header = parser.getHeaderMap();
      if (scored) {
        missingDimensions(columns, dimensions, known, headerRow, base, report);
      }
      boolean headerComplete = true;
      for (String required : List.of("id", "name")) {
        if (!header.containsKey(required)) {
          report.addAt(Severity.ERROR, "csv.header", new Location(name, 1, 0), base.toString(), null,
              report.messages().text("csv.header", required));
          headerComplete = false;
        }
      }
      if (!headerComplete) {
        return null; // one error for the header, not one per row
      }
      Iterator<CSVRecord> rows = parser.iterator();
      while (true) {
        consumed = parser.getCurrentLineNumber();
        if (!rows.hasNext()) {
          break;
        }
        CSVRecord row = rows.next();
        int line = startLine(consumed, lines);
        PlanPath item = base.index(customers.size());
        // One position per row: every cell of it resolves here (a CSV position is file.csv:ROW).
        Location at = new Location(name, line, 0);
        into.put(item, at);
        if (row.size() > columns.size()) {
          report.addAt(Severity.ERROR, "csv.row", at, item.toString(), null, report.messages().text(
              "csv.extraCells", row.size(), row.size() - columns.size(), columns.size()));
        }
        customers.add(customer(row, header, known, dimensions, item, at, report));
      }
    } catch (IOException | RuntimeException e) {
      // The row is the parser's count of lines read before the record that failed, never a number
      // parsed out of its message (which groups digits: "line 4,001").
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      String problem = message.replaceFirst("^[\\w.]+Exception: ", "")
          .replaceAll("\\((?:start)?line [^)]*\\)\\s*", "")
          .replaceAll("\\s*at line: .*$", "");
      String shown = problem.contains("EOF reached before encapsulated token")
          ? report.messages().text("csv.unclosedQuote")
          : problem.contains("Invalid character between encapsulated token and delimiter")
          ? report.messages().text("csv.afterQuote")
          : report.messages().text("csv.syntax", problem);
      report.addAt(Severity.ERROR, "csv.syntax", new Location(name, startLine(consumed, lines), 0), base.toString(),
          null, shown);
      return null;
    }
    return customers;
  }

  /**
   * One error on the header for each dimension that has no column, naming the column that is
   * likely meant: without it every row lacks the score, and one error is the whole story. (The
   * rows' own findings about that score are then knock-ons, left out at {@code tiering.customers}.)
   */
  private static void missingDimensions(List<String> columns, Collection<String> dimensions, List<String> known,
      Location headerRow, PlanPath base, Reporter report) {
    List<String> strangers = columns.stream().filter(c -> !known.contains(c)).toList();
    for (String dimension : dimensions) {
      if (columns.contains(dimension)) {
        continue;
      }
      String near = Suggestions.closest(dimension, strangers);
      String message = near == null
          ? report.messages().text("csv.dimensionColumn", dimension, String.join(", ", columns))
          : report.messages().text("csv.dimensionColumnNear", dimension, String.join(", ", columns), near);
      report.addAt(Severity.ERROR, "csv.header", headerRow, base.toString(), null, message);
    }
  }

  /** One row as the tree of an inline customer: known columns only, an empty cell being absent. */
  private static ObjectNode customer(CSVRecord row, Map<String, Integer> header, List<String> known,
      Collection<String> dimensions, PlanPath item, Location at, Reporter report) {
    ObjectNode customer = NODES.objectNode();
    ObjectNode scores = NODES.objectNode();
    for (Map.Entry<String, Integer> column : header.entrySet()) {
      String key = column.getKey();
      if (!known.contains(key) || column.getValue() >= row.size()) {
        continue;
      }
      String cell = row.get(column.getValue());
      if (cell.isEmpty()) {
        continue; // an empty cell means absent
      }
      boolean score = dimensions.contains(key);
      ObjectNode into = score ? scores : customer;
      if (!(score || key.equals("annual_value")) || !Numbers.looksLikeNumber(cell)) {
        into.put(key, cell);
        continue;
      }
      Numbers.Parsed number = Numbers.parse(cell);
      if (number.problem() != null) {
        PlanPath path = score ? item.key("scores").key(key) : item.key(key);
        report.addAt(Severity.ERROR, "csv.number", at, path.toString(), null, report.messages().text(
            number.problem().key, Numbers.shown(cell), Numbers.MAX_INTEGER_DIGITS, Numbers.MAX_DECIMALS));
        continue; // reported; read as absent
      }
      into.set(key, number.node());
    }
    if (!scores.isEmpty()) {
      customer.set("scores", scores);
    }
    return customer;
  }

  /**
   * The line on which the next record starts, when the parser has read {@code consumed} lines:
   * the next one that is not empty (empty lines are skipped, as the parser skips them).
   */
  private static int startLine(long consumed, List<String> lines) {
    int line = (int) consumed + 1;
    while (line < lines.size() && lines.get(line - 1).isEmpty()) {
      line++;
    }
    return line;
  }

  /** The first column named twice (names are case-sensitive, as keys are). */
  private static String firstDuplicate(List<String> columns) {
    Set<String> seen = new HashSet<>();
    for (String c : columns) {
      if (!seen.add(c)) {
        return c;
      }
    }
    return null;
  }
}
