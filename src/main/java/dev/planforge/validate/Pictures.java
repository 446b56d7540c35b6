package dev.planforge.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.planforge.diagnostic.Location;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.diagnostic.Positions;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.diagnostic.Severity;
import dev.planforge.diagnostic.SourceText;
import dev.planforge.source.Picture;
import dev.planforge.source.PictureFile;
import dev.planforge.source.PlanFolder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pictures of a plan: every image of every Markdown field ({@code ![caption](file.png)}, and
 * {@code ![caption][ref]} with its reference), checked where it is written. A local one must be
 * a PNG, JPEG or SVG file inside the plan's folder ({@link PictureFile}), and all of them together
 * at most {@link #MAX_TOTAL}; an {@code http(s)} one stays a link and is never fetched; any other
 * address is an error. What passes is returned, so the renderers get the checked bytes and never
 * read a file themselves.
 */
public final class Pictures {

  public static final long MAX_TOTAL = 20L * 1024 * 1024;

  private static final String MARKDOWN = "#/$defs/markdown";
  /** A URL scheme, of two letters at least so that {@code C:\pictures\a.png} stays a path. */
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.\\-]+:.*", Pattern.DOTALL);
  private static final Parser PARSER = Parser.builder(new MutableDataSet()
      .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
      .toImmutable()).build();

  private final PlanFolder folder;
  private final Positions positions;
  private final SourceText source;
  private final Reporter report;
  private final Map<String, Picture> accepted = new LinkedHashMap<>();
  private final Map<String, Boolean> seen = new LinkedHashMap<>();
  private long total;

  private Pictures(PlanFolder folder, Positions positions, SourceText source, Reporter report) {
    this.folder = folder;
    this.positions = positions;
    this.source = source;
    this.report = report;
  }

  /**
   * Checks the pictures of {@code tree}, the plan read from {@code planFile}.
   *
   * @param source the plan's lines, to place an error on the picture inside a text of several lines
   * @return the accepted pictures by the address written in the plan, in the order they appear
   */
  public static Map<String, Picture> check(
      JsonNode tree, Path planFile, Positions positions, SourceText source, Reporter report) {
    Pictures p = new Pictures(PlanFolder.of(planFile), positions, source, report);
    JsonNode schema = SchemaCheck.schemaTree();
    p.walk(tree, schema, schema, PlanPath.ROOT);
    return Collections.unmodifiableMap(p.accepted);
  }

  /**
   * The address an image names, as the renderers look it up: the destination with Markdown's
   * backslash escapes and entities resolved; null for a reference-style image whose reference is
   * not defined (Markdown shows that as text, not as an image).
   */
  public static String address(Node image, com.vladsch.flexmark.util.ast.Document doc) {
    if (image instanceof Image i) {
      return i.getUrl().unescape();
    }
    if (image instanceof ImageRef r) {
      Reference ref = r.getReferenceNode(doc);
      return ref == null ? null : ref.getUrl().unescape();
    }
    throw new IllegalArgumentException(image.getClass().getName());
  }

  /** Whether an image's address is a web address, which stays a link and is never fetched. */
  public static boolean remote(String address) {
    String a = address.strip().toLowerCase(Locale.ROOT);
    return a.startsWith("http:") || a.startsWith("https:");
  }

  private void walk(JsonNode value, JsonNode schemaHere, JsonNode root, PlanPath path) {
    JsonNode schema = SchemaFields.resolve(schemaHere, root);
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        JsonNode child = schema.path("properties").path(field.getKey());
        walk(field.getValue(), child.isMissingNode() ? schema.path("additionalProperties") : child, root,
            path.key(field.getKey()));
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        walk(value.get(i), schema.path("items"), root, path.index(i));
      }
    } else if (value.isTextual() && MARKDOWN.equals(schemaHere.path("$ref").asText())) {
      field(value.asText(), path);
    }
  }

  private void field(String text, PlanPath path) {
    if (!text.contains("![")) {
      return; // most fields hold no picture: no parse
    }
    com.vladsch.flexmark.util.ast.Document doc = PARSER.parse(text);
    List<Node> images = new ArrayList<>();
    doc.getDescendants().forEach(n -> {
      if (n instanceof Image || n instanceof ImageRef) {
        images.add(n);
      }
    });
    for (Node image : images) {
      String address = address(image, doc);
      if (address == null || remote(address)) {
        continue;
      }
      Location at = place(text, image, path);
      if (SCHEME.matcher(address.strip()).matches()) {
        error(at, path, "picture.scheme", "picture.scheme", List.of(address));
        continue;
      }
      if (seen.containsKey(address)) {
        if (!seen.get(address)) {
          read(address, at, path); // the same fault again, said where it is written again
        }
        continue;
      }
      seen.put(address, read(address, at, path));
    }
  }

  /** Reads one picture; true when it was accepted. */
  private boolean read(String address, Location at, PlanPath path) {
    PictureFile.Outcome outcome = PictureFile.read(folder, fileName(address));
    if (outcome instanceof PictureFile.Refused r) {
      List<Object> args = new ArrayList<>();
      args.add(address);
      args.addAll(r.args());
      error(at, path, r.rule(), r.key(), args);
      return false;
    }
    Picture picture = ((PictureFile.Accepted) outcome).picture();
    if (!accepted.containsKey(address)) {
      if (total + picture.size() > MAX_TOTAL) {
        error(at, path, "picture.unreadable", "picture.total", List.of(address, mib(total + picture.size())));
        return false;
      }
      total += picture.size();
      accepted.put(address, picture);
    }
    return true;
  }

  /**
   * The file an address names: percent escapes decoded as a browser decodes them
   * ({@code my%20plan.png}); taken as written when they are not valid escapes.
   */
  static String fileName(String address) {
    if (address.indexOf('%') < 0) {
      return address;
    }
    try {
      return URLDecoder.decode(address.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return address;
    }
  }

  private void error(Location at, PlanPath path, String rule, String key, List<Object> args) {
    report.addAt(Severity.ERROR, rule, at, path.toString(), null, report.messages().text(key, args.toArray()));
  }

  /**
   * Where the image stands in the plan file: its text found among the lines the value spans (the
   * value's own line from its start, then every line indented more than its key, as a block or a
   * continued text is), the n-th time there for the n-th time in the text; the value's start when
   * the file writes it otherwise (with escapes, say).
   */
  private Location place(String text, Node image, PlanPath path) {
    Location value = positions.valueOf(path);
    Location key = positions.keyOf(path);
    if (value == null || source == null || key == null) {
      return value;
    }
    String written = image.getChars().toString();
    String needle = written.contains("\n") ? written.substring(0, written.indexOf('\n')) : written;
    int nth = 0;
    for (int i = text.indexOf(needle); i >= 0 && i < image.getStartOffset(); i = text.indexOf(needle, i + 1)) {
      nth++;
    }
    for (int line = value.line(); ; line++) {
      String l = source.line(line);
      if (l == null || line > value.line() && !l.isBlank() && indent(l) < key.column()) {
        return value; // past the value
      }
      int from = line == value.line()
          ? l.offsetByCodePoints(0, Math.min(Math.max(0, value.column() - 1), l.codePointCount(0, l.length()))) : 0;
      for (int at = l.indexOf(needle, from); at >= 0; at = l.indexOf(needle, at + 1)) {
        if (nth-- == 0) {
          return new Location(value.file(), line, l.codePointCount(0, at) + 1);
        }
      }
    }
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
  }
}
