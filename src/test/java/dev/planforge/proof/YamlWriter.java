package dev.planforge.proof;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML text through SnakeYAML's own serializer, so the text is valid YAML whatever the strings
 * hold: a value YAML would read as something else (a number, a date, {@code no}) is quoted by the
 * emitter, multi-line text becomes a block scalar where it can. Dates and numbers are written
 * as a planner types them (plain), never as Java would print them.
 *
 * <p>The tree a generator builds holds maps, lists, strings, {@link BigDecimal}, integers,
 * booleans, {@link LocalDate}, {@link QuotedDate} and {@link NumberText}.
 */
final class YamlWriter {

  /** A date written in quotes, which the plan format accepts as a date too. */
  record QuotedDate(LocalDate date) {}

  /** A number written exactly as given, e.g. {@code 1.5E+3}. */
  record NumberText(String text) {}

  private static final Resolver RESOLVER = new Resolver();

  private final Random random;

  /** @param random varies the layout (indentation, flow collections, quoting); null for one fixed layout */
  YamlWriter(Random random) {
    this.random = random;
  }

  String write(Object tree) {
    return serialize(node(tree, 0), options());
  }

  /** The text of a node tree composed from a YAML file (see {@link #compose}), after edits to it. */
  static String write(Node root) {
    DumperOptions options = new DumperOptions();
    options.setAllowUnicode(true);
    options.setWidth(120);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    return serialize(root, options);
  }

  /** The node tree of a YAML text; scalars keep their text, style and resolved tag. */
  static Node compose(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return new Yaml(options).compose(new StringReader(yaml));
  }

  private static String serialize(Node root, DumperOptions options) {
    StringWriter out = new StringWriter();
    new Yaml(options).serialize(root, out);
    return out.toString();
  }

  private DumperOptions options() {
    DumperOptions options = new DumperOptions();
    options.setAllowUnicode(true);
    options.setDefaultFlowStyle(FlowStyle.BLOCK);
    if (random == null) {
      options.setWidth(120);
      options.setIndent(2);
      return options;
    }
    options.setWidth(chance(0.2) ? 40 : 120);
    int indent = chance(0.7) ? 2 : 4;
    options.setIndent(indent);
    if (chance(0.5)) {
      options.setIndicatorIndent(indent);
      options.setIndentWithIndicator(true);
    }
    options.setExplicitStart(chance(0.1));
    return options;
  }

  private Node node(Object value, int depth) {
    if (value instanceof Map<?, ?> map) {
      List<NodeTuple> tuples = new ArrayList<>();
      boolean flat = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        Node v = node(e.getValue(), depth + 1);
        flat &= v instanceof ScalarNode s && !s.getValue().contains("\n") && s.getValue().length() < 60;
        tuples.add(new NodeTuple(plainString(String.valueOf(e.getKey())), v));
      }
      return new MappingNode(Tag.MAP, tuples, depth > 0 && flat && chance(0.25) ? FlowStyle.FLOW : FlowStyle.BLOCK);
    }
    if (value instanceof List<?> list) {
      List<Node> items = new ArrayList<>();
      boolean flat = true;
      for (Object item : list) {
        Node v = node(item, depth + 1);
        flat &= v instanceof ScalarNode s && !s.getValue().contains("\n") && s.getValue().length() < 60;
        items.add(v);
      }
      return new SequenceNode(Tag.SEQ, items, flat && chance(0.25) ? FlowStyle.FLOW : FlowStyle.BLOCK);
    }
    if (value instanceof String s) {
      return string(s);
    }
    if (value instanceof BigDecimal d) {
      return plain(d.toPlainString());
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
      return plain(value.toString());
    }
    if (value instanceof NumberText n) {
      return plain(n.text());
    }
    if (value instanceof LocalDate d) {
      return plain(d.toString());
    }
    if (value instanceof QuotedDate d) {
      return new ScalarNode(Tag.STR, d.date().toString(), null, null,
          chance(0.5) ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED);
    }
    throw new IllegalArgumentException("cannot write " + value.getClass() + " as YAML");
  }

  /** A string; the emitter picks a safe style when the one asked for cannot hold it. */
  private ScalarNode string(String s) {
    ScalarStyle style;
    if (s.contains("\n")) {
      style = chance(0.8) ? ScalarStyle.LITERAL : chance(0.5) ? ScalarStyle.FOLDED : ScalarStyle.DOUBLE_QUOTED;
    } else {
      double p = random == null ? 1 : random.nextDouble();
      style = p < 0.8 ? ScalarStyle.PLAIN : p < 0.9 ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.DOUBLE_QUOTED;
    }
    return new ScalarNode(Tag.STR, s, null, null, style);
  }

  /**
   * A plain scalar tagged as the emitter's resolver reads it, so no explicit tag is written (the
   * plan format rejects tags).
   */
  private static ScalarNode plain(String text) {
    return new ScalarNode(RESOLVER.resolve(NodeId.scalar, text, true), text, null, null, ScalarStyle.PLAIN);
  }

  private static ScalarNode plainString(String s) {
    return new ScalarNode(Tag.STR, s, null, null, ScalarStyle.PLAIN);
  }

  private boolean chance(double p) {
    return random != null && random.nextDouble() < p;
  }
}
