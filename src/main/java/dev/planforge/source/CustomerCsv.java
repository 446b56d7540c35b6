package dev.planforge.source;

import dev.planforge.diagnostic.Location;
import dev.planforge.diagnostic.PlanPath;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.diagnostic.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code tiering.customers_file}: a CSV file beside the plan whose rows become the same
 * tree as inline {@code customers}, so the schema and every check apply to both. Positions are
 * {@code file.csv:row:column}, the header being row 1.
 */
public final class CustomerCsv {

  private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)");
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private CustomerCsv() {}

  /**
   * Resolves {@code file} against the plan's folder and reads it. Returns null, with an error at
   * {@code at}, when it lies outside that folder or cannot be read.
   *
   * @param at the path of the {@code customers_file} key, where errors about the file itself go
   * @param into where the rows' positions are recorded, under {@code tiering.customers[i]}
   */
  public static ArrayNode read(Path planFile, String planName, String file, Collection<String> dimensions, PlanPath at,
      SourceMap into, Reporter report) {
    Path folder = planFile.toAbsolutePath().normalize().getParent();
    Path csv = folder.resolve(file).normalize();
    if (!csv.startsWith(folder) || Path.of(file).isAbsolute()) {
      report.error("csv.outside", at, "csv.outside", file);
      return null;
    }
    String text;
    try {
      if (!Files.isRegularFile(csv) || !csv.toRealPath().startsWith(folder.toRealPath())) {
        report.error("csv.unreadable", at, "csv.missing", file);
        return null;
      }
      if (Files.size(csv) > PlanFile.MAX_BYTES * 5) {
        report.error("csv.unreadable", at, "csv.size", file);
        return null;
      }
      text = PlanFile.strictUtf8(Files.readAllBytes(csv));
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
    return parse(text, name, dimensions, at.parent().key("customers"), into, report);
  }

  /** The CSV file named as the plan is named: beside the plan's display name. */
  private static String displayName(String planName, String file) {
    return Path.of(planName).resolveSibling(file).normalize().toString();
  }

  static ArrayNode parse(
      String text, String name, Collection<String> dimensions, PlanPath base, SourceMap into, Reporter report) {
    ArrayNode customers = NODES.arrayNode();
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Map<String, Integer> header = parser.getHeaderMap();
      List<String> known = new ArrayList<>(List.of("id", "name", "segment", "annual_value"));
      known.addAll(dimensions);
      for (String column : header.keySet()) {
        if (!known.contains(column)) {
          report.addAt(Severity.WARNING, "csv.column", new Location(name, 1, 0),
              base.toString(), null, report.messages().text("csv.column", column));
        }
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
      LineCounter lines = new LineCounter(text);
      for (CSVRecord row : parser) {
        int line = lines.lineAt(row.getCharacterPosition());
        PlanPath item = base.index(customers.size());
        // One position per row: every cell of it resolves here (a CSV position is file.csv:ROW).
        into.put(item, new Location(name, line, 0));
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
          boolean numeric = score || key.equals("annual_value");
          Object value = numeric && NUMBER.matcher(cell).matches() ? new BigDecimal(cell) : cell;
          (score ? scores : customer).set(key,
              value instanceof BigDecimal d ? NODES.numberNode(d) : NODES.textNode(cell));
        }
        if (!scores.isEmpty()) {
          customer.set("scores", scores);
        }
        customers.add(customer);
      }
    } catch (IOException | RuntimeException e) {
      // Commons CSV says where in its message: "(startline 3) EOF reached before ...".
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      java.util.regex.Matcher line = Pattern.compile("\\((?:start)?line (\\d+)\\)\\s*").matcher(message);
      int row = line.find() ? Integer.parseInt(line.group(1)) : 1;
      String problem = line.replaceFirst("").replaceFirst("^[\\w.]+Exception: ", "");
      String shown = problem.contains("EOF reached before encapsulated token")
          ? report.messages().text("csv.unclosedQuote")
          : report.messages().text("csv.syntax", problem);
      report.addAt(Severity.ERROR, "csv.syntax", new Location(name, row, 0), base.toString(), null, shown);
      return null;
    }
    return customers;
  }

  /** Line numbers of increasing offsets, counted in one pass over the text. */
  private static final class LineCounter {
    private final String text;
    private int offset;
    private int line = 1;

    LineCounter(String text) {
      this.text = text;
    }

    int lineAt(long target) {
      for (; offset < target && offset < text.length(); offset++) {
        if (text.charAt(offset) == '\n') {
          line++;
        }
      }
      return line;
    }
  }
}
