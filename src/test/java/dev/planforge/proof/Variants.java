package dev.planforge.proof;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Variants of a plan with one thing taken away: each key deleted in turn, once per path shape
 * ({@code budget.items[].task} once for all items, and once from the first item only), and each
 * list, mapping or text emptied. Whether a variant is still valid is for the validator to say;
 * the caller keeps those that are.
 */
final class Variants {

  /** One variant: what was done, the plan's text, and the CSV's text (null: the original CSV). */
  record Variant(String label, String yaml, String csv) {}

  private enum Edit { DELETE, EMPTY, ONE_ITEM, BLANK }

  /** Where a key sits: the mapping holding it. */
  private record Site(MappingNode parent, String key) {
    Node value() {
      return parent.getValue().stream().filter(t -> keyOf(t).equals(key)).findFirst().orElseThrow().getValueNode();
    }
  }

  private Variants() {}

  /** Every variant of {@code yaml} (and of {@code csv}, when the plan reads one), the original first. */
  static List<Variant> of(String yaml, String csv) {
    List<Variant> out = new ArrayList<>();
    out.add(new Variant("as is", YamlWriter.write(YamlWriter.compose(yaml)), null));
    Map<String, List<Site>> shapes = new LinkedHashMap<>();
    collect(YamlWriter.compose(yaml), "", shapes);
    for (Map.Entry<String, List<Site>> e : shapes.entrySet()) {
      String shape = e.getKey();
      List<Site> sites = e.getValue();
      boolean several = sites.size() > 1;
      for (Edit edit : Edit.values()) {
        if (!sites.stream().anyMatch(s -> applies(edit, s.value()))) {
          continue;
        }
        out.add(variant(yaml, shape, edit, false));
        if (several) {
          out.add(variant(yaml, shape, edit, true));
        }
      }
    }
    if (csv != null) {
      out.addAll(csvVariants(yaml, csv));
    }
    return out;
  }

  private static boolean applies(Edit edit, Node value) {
    return switch (edit) {
      case DELETE -> true;
      case EMPTY -> value instanceof SequenceNode s && !s.getValue().isEmpty()
          || value instanceof MappingNode m && !m.getValue().isEmpty();
      case ONE_ITEM -> value instanceof SequenceNode s && s.getValue().size() > 1;
      case BLANK -> value instanceof ScalarNode s && s.getTag().equals(Tag.STR) && !s.getValue().isEmpty();
    };
  }

  private static Variant variant(String yaml, String shape, Edit edit, boolean firstOnly) {
    Node root = YamlWriter.compose(yaml);
    Map<String, List<Site>> shapes = new LinkedHashMap<>();
    collect(root, "", shapes);
    List<Site> sites = shapes.get(shape);
    for (Site site : firstOnly ? sites.subList(0, 1) : sites) {
      apply(edit, site);
    }
    String what = switch (edit) {
      case DELETE -> "delete";
      case EMPTY -> "empty";
      case ONE_ITEM -> "keep one item of";
      case BLANK -> "blank";
    };
    return new Variant(what + " " + shape + (firstOnly ? " (first only)" : ""), YamlWriter.write(root), null);
  }

  private static void apply(Edit edit, Site site) {
    List<NodeTuple> tuples = site.parent().getValue();
    for (int i = 0; i < tuples.size(); i++) {
      NodeTuple t = tuples.get(i);
      if (!keyOf(t).equals(site.key())) {
        continue;
      }
      Node value = t.getValueNode();
      if (edit == Edit.DELETE) {
        tuples.remove(i);
        return;
      }
      if (!applies(edit, value)) {
        return; // e.g. this occurrence is already empty
      }
      Node replaced = switch (edit) {
        case EMPTY -> value instanceof SequenceNode
            ? new SequenceNode(Tag.SEQ, new ArrayList<>(), FlowStyle.FLOW)
            : new MappingNode(Tag.MAP, new ArrayList<>(), FlowStyle.FLOW);
        case ONE_ITEM -> new SequenceNode(Tag.SEQ, new ArrayList<>(((SequenceNode) value).getValue().subList(0, 1)),
            FlowStyle.BLOCK);
        case BLANK -> new ScalarNode(Tag.STR, "", null, null, ScalarStyle.DOUBLE_QUOTED);
        case DELETE -> throw new AssertionError();
      };
      tuples.set(i, new NodeTuple(t.getKeyNode(), replaced));
      return;
    }
  }

  /** Every key's path shape ({@code a.b[].c}) with the mappings holding it, in document order. */
  private static void collect(Node node, String shape, Map<String, List<Site>> shapes) {
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        String key = keyOf(t);
        String s = shape.isEmpty() ? key : shape + "." + key;
        shapes.computeIfAbsent(s, k -> new ArrayList<>()).add(new Site(m, key));
        collect(t.getValueNode(), s, shapes);
      }
    } else if (node instanceof SequenceNode q) {
      for (Node item : q.getValue()) {
        collect(item, shape + "[]", shapes);
      }
    }
  }

  private static String keyOf(NodeTuple t) {
    return ((ScalarNode) t.getKeyNode()).getValue();
  }

  /** The plan with its CSV missing one column, or with one column's cells all empty. */
  private static List<Variant> csvVariants(String yaml, String csv) {
    List<Variant> out = new ArrayList<>();
    String plan = YamlWriter.write(YamlWriter.compose(yaml));
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv), format)) {
      List<String> header = parser.getHeaderNames();
      List<CSVRecord> rows = parser.getRecords();
      for (String column : header) {
        out.add(new Variant("csv: drop column " + column, plan, csv(header, rows, column, true)));
        out.add(new Variant("csv: empty column " + column, plan, csv(header, rows, column, false)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String csv(List<String> header, List<CSVRecord> rows, String column, boolean drop) {
    StringWriter text = new StringWriter();
    try (CSVPrinter out = new CSVPrinter(text, CSVFormat.RFC4180)) {
      out.printRecord(header.stream().filter(h -> !drop || !h.equals(column)).toList());
      for (CSVRecord row : rows) {
        List<String> cells = new ArrayList<>();
        for (String h : header) {
          if (!h.equals(column)) {
            cells.add(row.get(h));
          } else if (!drop) {
            cells.add("");
          }
        }
        out.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
