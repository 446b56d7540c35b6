package dev.planforge.source;

import dev.planforge.diagnostic.Location;
import dev.planforge.diagnostic.PlanPath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.diagnostic.Severity;
import dev.planforge.diagnostic.Values;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Turns YAML text into a JSON tree and a {@link SourceMap}, straight from SnakeYAML's parser
 * events. Nothing is ever constructed from a tag: explicit tags are rejected, scalars become
 * strings, numbers, booleans or null by the YAML 1.2 core rules (so {@code no} stays a string and
 * a date stays its text; U+2028 is text, not a line break), numbers are bounded ({@link Numbers}),
 * and every limit of the plan format is enforced with its own error.
 */
public final class YamlLoader {

  public static final int MAX_DEPTH = 64;
  public static final int MAX_ALIASES = 50;
  /** Values after alias expansion; far above a 20,000-customer plan, far below a "billion laughs". */
  public static final int MAX_VALUES = 2_000_000;

  /** Stops the walk over events after a fatal problem; already reported. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  private final String fileName;
  private final YamlSlips.Result slips;
  private final YamlText text;
  private final Reporter report;
  private final SourceMap map;
  private final int[] lineStarts;
  private final int codePointCount;
  private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
  /** The slips whose node is not yet known, by their place in the parsed text. */
  private final java.util.TreeMap<Integer, List<YamlSlips.Slip>> unplaced = new java.util.TreeMap<>();
  private final Map<YamlSlips.Slip, PlanPath> slipPaths = new IdentityHashMap<>();

  private YamlLoader(String fileName, String text, SourceMap map, Reporter report) {
    this.fileName = fileName;
    // A slip of the keyboard (a full-width colon, comma or space ...) is reported where the
    // planner typed it, and the parser reads the plan as meant, so it causes no other error.
    this.slips = YamlSlips.find(text);
    this.text = new YamlText(slips.repaired());
    this.lineStarts = lineStarts(text);
    this.codePointCount = slips.repaired().codePointCount(0, slips.repaired().length());
    this.map = map;
    this.report = report;
    for (YamlSlips.Slip slip : slips.slips()) {
      unplaced.computeIfAbsent(slip.anchor(), a -> new ArrayList<>()).add(slip);
    }
  }

  /** The tree, or null when the text is not a usable plan (the reasons are in {@code report}). */
  public static JsonNode parse(String text, String fileName, SourceMap map, Reporter report) {
    YamlLoader loader = new YamlLoader(fileName, text, map, report);
    try {
      return loader.walk(text);
    } catch (Stop stop) {
      return null;
    } finally {
      loader.reportSlips();
    }
  }

  /** Each slip at the character the planner typed, under the path of the key or value it is in. */
  private void reportSlips() {
    for (YamlSlips.Slip slip : slips.slips()) {
      PlanPath path = slipPaths.getOrDefault(slip, PlanPath.ROOT);
      String message = slip.argument() == null
          ? report.messages().text(slip.kind().message)
          : report.messages().text(slip.kind().message, slip.argument());
      report.addAt(Severity.ERROR, slip.kind().rule, at(slip.at()), path.toString(), null, message);
    }
  }

  /** The slips inside the node that spans {@code [from, to)} of the parsed text belong to {@code path}. */
  private void placeSlips(int from, int to, PlanPath path) {
    if (unplaced.isEmpty() || to <= from) {
      return;
    }
    java.util.SortedMap<Integer, List<YamlSlips.Slip>> inside = unplaced.subMap(from, to);
    inside.values().forEach(list -> list.forEach(slip -> slipPaths.put(slip, path)));
    inside.clear();
  }

  /** One open mapping or sequence. */
  private static final class Frame {
    final JsonNode node;
    final PlanPath path;
    final String anchor;
    final Location start;
    final int startIndex; // in the parsed text
    String key;
    Location keyAt;
    boolean discard; // the value of a duplicate key: parsed, then dropped

    Frame(JsonNode node, PlanPath path, String anchor, Location start, int startIndex) {
      this.node = node;
      this.path = path;
      this.anchor = anchor;
      this.start = start;
      this.startIndex = startIndex;
    }
  }

  private JsonNode walk(String source) {
    int unprintable = YamlText.firstUnprintable(source);
    if (unprintable >= 0) {
      int c = source.codePointAt(source.offsetByCodePoints(0, unprintable));
      report.addAt(Severity.ERROR, "yaml.character", at(unprintable), PlanPath.ROOT.toString(), null,
          report.messages().text("yaml.character", codePoint(c)));
      throw new Stop();
    }
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE); // the byte limit is checked before parsing
    options.setProcessComments(false);
    Deque<Frame> stack = new ArrayDeque<>();
    Map<String, JsonNode> anchors = new HashMap<>();
    Map<JsonNode, Integer> sizes = new IdentityHashMap<>();
    JsonNode root = null;
    Location rootAt = at(null);
    int documents = 0;
    int aliases = 0;
    long values = 0;
    try {
      Parser parser = new ParserImpl(text, options);
      while (parser.peekEvent() != null) {
        Event event = parser.getEvent();
        if (event instanceof DocumentStartEvent) {
          if (++documents > 1) {
            fatal(event.getStartMark(), "yaml.documents", "yaml.documents");
          }
          continue;
        }
        if (!(event instanceof NodeEvent) && !(event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd))) {
          continue;
        }
        JsonNode value;
        String anchor;
        if (event instanceof AliasEvent alias) {
          if (++aliases > MAX_ALIASES) {
            fatal(event.getStartMark(), "yaml.aliases", "yaml.aliases", MAX_ALIASES);
          }
          value = anchors.get(text.restore(alias.getAnchor()));
          if (value == null) {
            fatal(event.getStartMark(), "yaml.alias", "yaml.aliasUnknown", text.restore(alias.getAnchor()));
          }
          values += sizes.getOrDefault(value, 1);
          anchor = null;
          if (values > MAX_VALUES) {
            fatal(event.getStartMark(), "yaml.size", "yaml.expanded", MAX_VALUES);
          }
        } else if (event instanceof ScalarEvent scalar) {
          rejectTag(scalar.getTag(), event, stack);
          boolean isKey = !stack.isEmpty() && isKeyPosition(stack.peek());
          value = isKey ? key(scalar) : scalar(scalar, stack);
          if (!unplaced.isEmpty()) { // paths are worked out only when a slip needs one
            PlanPath at = isKey && value.isValueNode() ? pathOf(stack).key(value.asText()) : pathOf(stack);
            placeSlips(event.getStartMark().getIndex(), event.getEndMark().getIndex(), at);
          }
          anchor = text.restore(scalar.getAnchor());
          if (++values > MAX_VALUES) {
            fatal(event.getStartMark(), "yaml.size", "yaml.expanded", MAX_VALUES);
          }
        } else if (event instanceof CollectionStartEvent start) {
          if (++values > MAX_VALUES) {
            fatal(event.getStartMark(), "yaml.size", "yaml.expanded", MAX_VALUES);
          }
          rejectTag(start.getTag(), event, stack);
          if (stack.size() >= MAX_DEPTH) {
            fatal(event.getStartMark(), "yaml.depth", "yaml.depth", MAX_DEPTH);
          }
          PlanPath path = stack.isEmpty() ? PlanPath.ROOT : childPath(stack.peek(), event);
          JsonNode container = event instanceof MappingStartEvent ? nodes.objectNode() : nodes.arrayNode();
          stack.push(new Frame(container, path, text.restore(start.getAnchor()), at(event.getStartMark()),
              event.getStartMark().getIndex()));
          continue;
        } else { // the end of a mapping or sequence
          Frame done = stack.pop();
          placeSlips(done.startIndex, event.getEndMark().getIndex(), done.path);
          value = done.node;
          if (done.anchor != null) {
            anchors.put(done.anchor, value);
            sizes.put(value, size(value));
          }
          if (stack.isEmpty()) {
            root = value;
            rootAt = done.start;
            continue;
          }
          place(stack.peek(), value, done.start);
          continue;
        }
        if (anchor != null) {
          anchors.put(anchor, value);
        }
        if (stack.isEmpty()) {
          root = value;
          rootAt = at(event.getStartMark());
        } else if (isKeyPosition(stack.peek())) {
          takeKey(stack.peek(), event, value);
        } else {
          place(stack.peek(), value, at(event.getStartMark()));
        }
      }
    } catch (MarkedYAMLException e) {
      // A quote or bracket left open is found at the end of the file; where it opened is what helps.
      boolean atEnd = e.getProblemMark() != null && e.getProblemMark().getIndex() >= codePointCount;
      Mark mark = e.getProblemMark() == null || atEnd && e.getContextMark() != null
          ? e.getContextMark() : e.getProblemMark();
      String problem = text.restore(e.getProblem() != null ? e.getProblem() : e.getMessage());
      String context = e.getContext() == null ? "" : " (" + text.restore(e.getContext()) + ")";
      String hint = syntaxHint(problem + context);
      report.addAt(Severity.ERROR, "yaml.syntax", at(mark), PlanPath.ROOT.toString(), null, hint == null
          ? report.messages().text("yaml.syntax", problem + context)
          : report.messages().text("yaml.syntaxHint", report.messages().text(hint), problem + context));
      throw new Stop();
    } catch (YAMLException e) {
      report.addAt(Severity.ERROR, "yaml.syntax", new Location(fileName, 1, 1), PlanPath.ROOT.toString(), null,
          report.messages().text("yaml.syntax", text.restore(e.getMessage())));
      throw new Stop();
    }
    if (root == null || root.isNull()) {
      report.addAt(Severity.ERROR, "yaml.empty", new Location(fileName, 1, 1), PlanPath.ROOT.toString(), null,
          report.messages().text("yaml.empty"));
      throw new Stop();
    }
    if (!root.isObject()) {
      report.addAt(Severity.ERROR, "yaml.top", rootAt, PlanPath.ROOT.toString(), null,
          report.messages().text("yaml.top", Values.describe(root, report.messages())));
      throw new Stop();
    }
    map.putValue(PlanPath.ROOT, rootAt);
    return root;
  }

  /** SnakeYAML's words for the common mistakes, and the advice a planner needs for each. */
  private static final Map<String, String> SYNTAX_HINTS = java.util.Collections.unmodifiableMap(
      new java.util.LinkedHashMap<>(Map.of(
          "mapping values are not allowed here", "yaml.hint.colon",
          "that cannot start any token. (Do not use \\t", "yaml.hint.tab",
          "found a tab character", "yaml.hint.tab",
          "while scanning a quoted scalar", "yaml.hint.quote",
          "could not find expected ':'", "yaml.hint.missingColon",
          "expected <block end>", "yaml.hint.indent",
          "did not find expected key", "yaml.hint.indent",
          "did not find expected '-' indicator", "yaml.hint.dash",
          "found undefined alias", "yaml.hint.alias")));

  private static String syntaxHint(String problem) {
    for (Map.Entry<String, String> e : SYNTAX_HINTS.entrySet()) {
      if (problem.contains(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  private static boolean isKeyPosition(Frame frame) {
    return frame.node.isObject() && frame.key == null;
  }

  private PlanPath childPath(Frame parent, Event event) {
    if (parent.node.isArray()) {
      return parent.path.index(parent.node.size());
    }
    if (parent.key == null) { // a mapping or sequence used as a key
      fatal(event.getStartMark(), "yaml.key", "yaml.complexKey");
    }
    return parent.path.key(parent.key);
  }

  private void takeKey(Frame frame, Event event, JsonNode key) {
    if (!key.isValueNode() || key.isNull()) {
      fatal(event.getStartMark(), "yaml.key", "yaml.complexKey");
    }
    String name = key.asText();
    Location keyAt = at(event.getStartMark());
    PlanPath path = frame.path.key(name);
    frame.key = name;
    frame.keyAt = keyAt;
    frame.discard = frame.node.has(name);
    if (frame.discard) {
      Location first = map.keyOf(path);
      report.addAt(Severity.ERROR, "yaml.duplicateKey", keyAt, path.toString(), null,
          report.messages().text("yaml.duplicateKey", name, first == null ? "?" : first.line()));
    } else {
      map.putKey(path, keyAt);
    }
  }

  private void place(Frame parent, JsonNode value, Location valueAt) {
    if (parent.node instanceof ArrayNode array) {
      PlanPath path = parent.path.index(array.size());
      map.putKey(path, valueAt);
      map.putValue(path, valueAt);
      array.add(value);
      return;
    }
    if (!parent.discard) {
      map.putValue(parent.path.key(parent.key), valueAt);
      ((ObjectNode) parent.node).set(parent.key, value);
    }
    parent.key = null;
    parent.discard = false;
  }

  private void rejectTag(String tag, Event event, Deque<Frame> stack) {
    if (tag != null) {
      String shown = text.restore(tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : tag);
      fatalAt(event.getStartMark(), pathOf(stack), "yaml.tag", "yaml.tag", shown);
    }
  }

  /** The path of the value about to be read, for messages about it. */
  private static PlanPath pathOf(Deque<Frame> stack) {
    if (stack.isEmpty()) {
      return PlanPath.ROOT;
    }
    Frame top = stack.peek();
    if (top.node.isArray()) {
      return top.path.index(top.node.size());
    }
    return top.key == null ? top.path : top.path.key(top.key);
  }

  /** A key is a name: a plain key that looks like a number stays the text it is ("1e3", not 1000). */
  private JsonNode key(ScalarEvent event) {
    String v = text.restore(event.getValue());
    boolean plain = event.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    return plain && isNull(v) ? nodes.nullNode() : nodes.textNode(v);
  }

  private JsonNode scalar(ScalarEvent event, Deque<Frame> stack) {
    String v = text.restore(event.getValue());
    if (event.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
      return nodes.textNode(v);
    }
    if (isNull(v)) {
      return nodes.nullNode();
    }
    switch (v) {
      case "true", "True", "TRUE":
        return nodes.booleanNode(true);
      case "false", "False", "FALSE":
        return nodes.booleanNode(false);
      default:
        break;
    }
    if (!Numbers.looksLikeNumber(v)) {
      return nodes.textNode(v);
    }
    Numbers.Parsed number = Numbers.parse(v);
    if (number.problem() != null) {
      // Reported here, where the text is; the value reads as absent, and the schema's knock-on
      // complaints about that absence are left out (SchemaCheck).
      report.addAt(Severity.ERROR, "yaml.number", at(event.getStartMark()), pathOf(stack).toString(), null,
          report.messages().text(number.problem().key, Numbers.shown(v), Numbers.MAX_INTEGER_DIGITS,
              Numbers.MAX_DECIMALS));
      return nodes.nullNode();
    }
    return number.node();
  }

  private static boolean isNull(String v) {
    return switch (v) {
      case "", "~", "null", "Null", "NULL" -> true;
      default -> false;
    };
  }

  private static int size(JsonNode node) {
    int n = 1;
    for (JsonNode child : node) {
      n += size(child);
    }
    return n;
  }

  /**
   * A mark as editors count lines: from the mark's code-point index, against lines that end at
   * \n, \r\n or \r only (NEL, U+2028 and U+2029 are text, in YAML 1.2 as in editors).
   */
  private Location at(Mark mark) {
    return mark == null ? new Location(fileName, 1, 1) : at(slips.toOriginal(mark.getIndex()));
  }

  /** The position of the code point at {@code index} of the planner's text. */
  private Location at(int index) {
    int line = java.util.Arrays.binarySearch(lineStarts, index);
    line = line >= 0 ? line : -line - 2;
    return new Location(fileName, line + 1, index - lineStarts[line] + 1);
  }

  /** The code-point index at which each line starts; lines end at \n, \r\n or \r. */
  private static int[] lineStarts(String text) {
    java.util.List<Integer> starts = new java.util.ArrayList<>();
    starts.add(0);
    int cp = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i)), cp++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        starts.add(cp + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** U+0001, as Unicode names a code point. */
  static String codePoint(int c) {
    return String.format("U+%04X", c);
  }

  private void fatal(Mark mark, String rule, String key, Object... args) {
    fatalAt(mark, PlanPath.ROOT, rule, key, args);
  }

  private void fatalAt(Mark mark, PlanPath path, String rule, String key, Object... args) {
    report.addAt(Severity.ERROR, rule, at(mark), path.toString(), null, report.messages().text(key, args));
    throw new Stop();
  }
}
