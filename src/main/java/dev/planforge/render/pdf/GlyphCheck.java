package dev.planforge.render.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.vladsch.flexmark.util.sequence.Html5Entities;
import dev.planforge.diagnostic.Location;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.source.PlanFile;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Before layout, every character of the XHTML's text must be one the embedded fonts can draw;
 * otherwise the PDF would show a box where the plan had a word. The first such character fails
 * the render, named with its code point and where the plan has it: file, line and column, and the
 * plan path, however it was written there (the character itself, a YAML escape such as {@code
 * \U0001F600} or an HTML reference such as {@code &#x1F600;} in a Markdown field). The XHTML is
 * parsed here once, which also proves it well-formed (with a clear message if not), and the same
 * DOM is handed to openhtmltopdf.
 */
final class GlyphCheck {

  /**
   * How YAML spells a character in a double-quoted string: an escaped backslash (matched so that
   * the {@code \\U0001F600} after it is not taken for an escape), {@code \UXXXXXXXX}, backslash-u
   * and four hex digits (twice for a surrogate pair) and {@code \xXX}. An HTML character reference
   * is the other way, in a Markdown field.
   */
  private static final Pattern ESCAPE = Pattern.compile(
      "\\\\\\\\|\\\\(?:U[0-9A-Fa-f]{8}|u[0-9A-Fa-f]{4}(?:\\\\u[0-9A-Fa-f]{4})?|x[0-9A-Fa-f]{2})");
  private static final Pattern REFERENCE =
      Pattern.compile("&(?:#[xX][0-9A-Fa-f]{1,8}|#[0-9]{1,9}|[A-Za-z][A-Za-z0-9]{1,31});");
  private static final Pattern COMMENT_LINE = Pattern.compile("^\\s*#");

  private GlyphCheck() {}

  static Document parse(String xhtml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setExpandEntityReferences(false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    } catch (SAXException e) {
      throw new IOException("the PDF's XHTML is not well-formed (a template error): " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * @param planFile the plan, to say where a character came from; null when the document was not
   *     read from a file
   * @param customersFile the customers CSV the plan reads, or null
   */
  static void check(Document xhtml, PdfFonts fonts, Path planFile, Path customersFile) throws IOException {
    StringBuilder text = new StringBuilder(64 * 1024);
    collect(xhtml.getDocumentElement(), text);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!drawnAsNothing(cp) && !fonts.canDraw(cp)) {
        throw new MissingGlyphException(cp, message(cp, planFile, customersFile));
      }
    }
  }

  /**
   * "plans/x.yaml:6:24: overview.mission: the PDF fonts … cannot draw '😀' (U+1F600), written
   * there as \U0001F600; remove it or …", or, for a character the plan does not have, that it
   * comes from the templates.
   */
  private static String message(int cp, Path planFile, Path customersFile) {
    String what = "the PDF fonts (" + PdfFonts.families() + ") cannot draw '" + Character.toString(cp) + "' (U+"
        + String.format(Locale.ROOT, "%04X", cp) + ")";
    String fix =
        "; remove it or replace it with text the fonts have, or render HTML or Markdown instead, which can show it";
    Place place = planFile == null ? null : inPlan(cp, planFile);
    if (place == null && customersFile != null) {
      place = inLines(cp, customersFile.toString(), lines(customersFile), Spellings.CSV, 1, 1, null);
    }
    if (place == null) {
      return what + ", used in the templates or their built-in text, not in the plan; change the template"
          + " that writes it, or render HTML or Markdown";
    }
    boolean escaped = place.spelling() != null && !place.spelling().equals(Character.toString(cp));
    return place + what + (escaped ? ", written there as " + place.spelling() : "") + fix;
  }

  /**
   * Where a character appears, the plan path of its value if known, and how it is spelt there
   * (null when its value is known but no spelling was recognised).
   */
  private record Place(Location at, String path, String spelling) {

    @Override
    public String toString() {
      return at + ": " + (path == null ? "" : path + ": ");
    }
  }

  /**
   * How a character may be written in a file: as itself, and in the given spellings; {@code
   * comments} says whether lines holding only a YAML comment are skipped.
   */
  private record Spellings(boolean itself, List<Pattern> patterns, boolean comments) {

    /** In a YAML value that holds the character: as itself or as a YAML escape. */
    static final Spellings YAML = new Spellings(true, List.of(ESCAPE), true);
    /** In a YAML value that holds an HTML reference to it, which Markdown shows as the character. */
    static final Spellings MARKDOWN = new Spellings(false, List.of(REFERENCE), true);
    /** Anywhere in a YAML file, for a character no value holds. */
    static final Spellings ANY = new Spellings(true, List.of(ESCAPE, REFERENCE), true);
    /** In a CSV file, which has no escapes. */
    static final Spellings CSV = new Spellings(true, List.of(REFERENCE), false);
  }

  /**
   * The first value of the plan, in file order, that has {@code cp}, once YAML escapes (and, for a
   * value without the character itself, HTML references) are decoded: its plan path, and the first
   * spelling of {@code cp} at or after where the value starts (a block scalar spans lines). Reading
   * the plan again costs a few milliseconds, on a path that ends the render anyway.
   */
  private static Place inPlan(int cp, Path planFile) {
    String name = planFile.toString();
    PlanFile file;
    try {
      file = PlanFile.read(planFile, name);
    } catch (IOException e) {
      return null; // read a moment ago; if it is gone now, the character is still named
    }
    List<String> lines = file.source().lines();
    String character = Character.toString(cp);
    PlanPath path = file.tree() == null ? null : find(file.tree(), PlanPath.ROOT, character, false);
    Spellings spellings = Spellings.YAML;
    if (path == null && file.tree() != null) {
      path = find(file.tree(), PlanPath.ROOT, character, true);
      spellings = Spellings.MARKDOWN;
    }
    Location value = path == null ? null : file.map().valueOf(path);
    if (value == null) {
      // Not in any value (a key, say): the first spelling in the file is the best guess.
      return inLines(cp, name, lines, Spellings.ANY, 1, 1, path == null ? null : path.toString());
    }
    Place place = inLines(cp, name, lines, spellings, value.line(), value.column(), path.toString());
    return place != null ? place : new Place(value, path.toString(), null);
  }

  /**
   * The first text value in {@code node}, in file order, holding {@code character} itself, or with
   * {@code references} a reference to it.
   */
  private static PlanPath find(JsonNode node, PlanPath at, String character, boolean references) {
    if (node.isTextual()) {
      String text = node.textValue();
      boolean has = references
          ? text.indexOf('&') >= 0 && decodeReferences(text).contains(character)
          : text.contains(character);
      return has ? at : null;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        PlanPath found = find(node.get(i), at.index(i), character, references);
        if (found != null) {
          return found;
        }
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        PlanPath found = find(field.getValue(), at.key(field.getKey()), character, references);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * The first spelling of {@code cp} from line {@code fromLine}, column {@code fromColumn} on
   * (both 1-based, columns in code points); null when there is none.
   */
  private static Place inLines(int cp, String file, List<String> lines, Spellings spellings, int fromLine,
      int fromColumn, String path) {
    String itself = Character.toString(cp);
    for (int n = fromLine; n <= lines.size(); n++) {
      String line = lines.get(n - 1);
      if (spellings.comments() && COMMENT_LINE.matcher(line).find()) {
        continue;
      }
      int start = n == fromLine
          ? line.offsetByCodePoints(0, Math.min(fromColumn - 1, line.codePointCount(0, line.length()))) : 0;
      int column = spellings.itself() ? line.indexOf(itself, start) : -1;
      String spelling = column < 0 ? null : itself;
      for (Pattern pattern : spellings.patterns()) {
        Matcher m = pattern.matcher(line);
        for (int from = start; m.find(from) && (column < 0 || m.start() < column); from = m.end()) {
          if (decode(m.group()) == cp) {
            column = m.start();
            spelling = m.group();
            break;
          }
        }
      }
      if (column >= 0) {
        return new Place(new Location(file, n, line.codePointCount(0, column) + 1), path, spelling);
      }
    }
    return null;
  }

  /** The character a spelling stands for, or -1 (an escaped backslash, an unknown entity). */
  private static int decode(String spelling) {
    if (spelling.startsWith("&")) {
      String s = Html5Entities.entityToString(spelling);
      return s.equals(spelling) || s.codePointCount(0, s.length()) != 1 ? -1 : s.codePointAt(0);
    }
    if (spelling.length() < 4) {
      return spelling.equals("\\\\") ? -1 : Integer.parseInt(spelling.substring(2), 16); // \\ or \xXX
    }
    if (spelling.charAt(1) == 'U') {
      return Integer.parseInt(spelling.substring(2), 16);
    }
    char high = (char) Integer.parseInt(spelling.substring(2, 6), 16);
    if (spelling.length() == 6) {
      return high;
    }
    char low = (char) Integer.parseInt(spelling.substring(8), 16);
    return Character.isSurrogatePair(high, low) ? Character.toCodePoint(high, low) : -1;
  }

  /** {@code text} with its HTML character references decoded, as Markdown shows them. */
  private static String decodeReferences(String text) {
    return REFERENCE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(Html5Entities.entityToString(m.group())));
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of(); // read a moment ago; if it is gone now, the character is still named
    }
  }

  private static void collect(Node node, StringBuilder text) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(n.getNodeValue());
      } else if (n.getNodeType() == Node.ELEMENT_NODE) {
        collect(n, text);
      }
    }
  }

  /** White space and invisible format characters take no glyph. */
  private static boolean drawnAsNothing(int cp) {
    return Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
        || cp == 0x00A0 || (cp >= 0xFE00 && cp <= 0xFE0F);
  }
}
