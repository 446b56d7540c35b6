package dev.planforge.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a picture a plan names, inside the plan's folder: at most {@link #MAX_BYTES}, and only
 * when its bytes really are a PNG, a JPEG or an SVG. An SVG is read by an XML parser that refuses
 * a DTD (so no entity can expand or fetch anything), and is refused when it could run or fetch
 * something: a script, an event handler, {@code foreignObject}, or a reference to anything but a
 * part of itself or an embedded PNG/JPEG. Refusing rather than cleaning keeps the picture the
 * planner drew exactly as drawn, and keeps the document's policy strict.
 */
public final class PictureFile {

  public static final long MAX_BYTES = 5L * 1024 * 1024;
  /** 40 million pixels (8000 × 5000): a larger image is decoded to more memory than a page needs. */
  public static final long MAX_PIXELS = 40_000_000L;

  static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  /** A CSS {@code url(…)}, quoted or not. */
  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?\\s*([^'\")\\s]*)", Pattern.CASE_INSENSITIVE);
  /** A reference an SVG may hold: to a part of itself, or a PNG/JPEG carried inside it. */
  private static final Pattern INTERNAL = Pattern.compile("(?is)\\s*(?:#.*|data:image/(?:png|jpeg);base64,.*)");
  private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(?:px)?\\s*");

  private PictureFile() {}

  /** What became of a picture: accepted, or refused with a message for the planner. */
  public sealed interface Outcome {}

  public record Accepted(Picture picture) implements Outcome {}

  /**
   * @param rule the diagnostic's rule id
   * @param key the message key; its {0} is the name as written, {1}, … are {@code args}
   */
  public record Refused(String rule, String key, List<Object> args) implements Outcome {
    public Refused {
      args = List.copyOf(args);
    }
  }

  /** Reads the picture {@code name} (as written in the plan) from {@code folder}. */
  public static Outcome read(PlanFolder folder, String name) {
    Path file = folder.resolve(name);
    if (file == null) {
      return refused("picture.outside", "picture.outside");
    }
    byte[] bytes;
    try {
      if (!folder.holds(file)) {
        return refused("picture.unreadable", "picture.missing");
      }
      bytes = PlanFile.readAtMost(file, MAX_BYTES + 1);
    } catch (IOException e) {
      return refused("picture.unreadable", "picture.unreadable", String.valueOf(e.getMessage()));
    }
    if (bytes.length > MAX_BYTES) {
      return refused("picture.unreadable", "picture.size");
    }
    return sniff(bytes);
  }

  /** The picture {@code bytes} hold, judged by the bytes alone. */
  static Outcome sniff(byte[] bytes) {
    if (startsWith(bytes, PNG_SIGNATURE)) {
      return png(bytes);
    }
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
      return jpeg(bytes);
    }
    if (looksLikeXml(bytes)) {
      return svg(bytes);
    }
    return refused("picture.type", "picture.type");
  }

  /** Size from the IHDR chunk, which must come first. */
  private static Outcome png(byte[] b) {
    if (b.length < 33 || !"IHDR".equals(new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII))) {
      return refused("picture.type", "picture.damaged", "PNG");
    }
    long width = u32(b, 16);
    long height = u32(b, 20);
    return raster(Picture.Type.PNG, b, width, height);
  }

  /** Size from the first start-of-frame segment (SOF0 to SOF15, which are not DHT, JPG or DAC). */
  private static Outcome jpeg(byte[] b) {
    int at = 2;
    while (at + 4 <= b.length) {
      if ((b[at] & 0xFF) != 0xFF) {
        break;
      }
      int marker = b[at + 1] & 0xFF;
      if (marker == 0xFF) { // fill byte
        at++;
        continue;
      }
      if (marker == 0xD8 || marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) { // no length
        at += 2;
        continue;
      }
      int length = u16(b, at + 2);
      boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (frame && at + 9 <= b.length) {
        return raster(Picture.Type.JPEG, b, u16(b, at + 7), u16(b, at + 5));
      }
      if (marker == 0xD9 || marker == 0xDA || length < 2) {
        break; // the image data starts (or ends) before any frame said its size
      }
      at += 2 + length;
    }
    return refused("picture.type", "picture.damaged", "JPEG");
  }

  private static Outcome raster(Picture.Type type, byte[] b, long width, long height) {
    if (width == 0 || height == 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
      return refused("picture.type", "picture.damaged", type.name());
    }
    if (width * height > MAX_PIXELS) {
      return refused("picture.type", "picture.pixels", width, height);
    }
    return new Accepted(new Picture(type, b, (int) width, (int) height));
  }

  /** An SVG: XML whose root is {@code svg} in the SVG namespace, with nothing it could run or fetch. */
  private static Outcome svg(byte[] b) {
    org.w3c.dom.Document doc;
    try {
      DocumentBuilder parser = hardenedParser();
      doc = parser.parse(new ByteArrayInputStream(b));
    } catch (SAXParseException e) {
      if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
        return refused("picture.svg", "picture.doctype", e.getLineNumber());
      }
      return refused("picture.svg", "picture.xml", e.getLineNumber(), String.valueOf(e.getMessage()));
    } catch (SAXException | IOException e) {
      return refused("picture.svg", "picture.xml", 0, String.valueOf(e.getMessage()));
    }
    Element root = doc.getDocumentElement();
    if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
      return refused("picture.type", "picture.notSvg", root.getTagName());
    }
    for (Node n = doc.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof org.w3c.dom.ProcessingInstruction pi) { // <?xml-stylesheet href=…?> fetches a stylesheet
        return refused("picture.svg", "picture.svgUnsafe", "<?" + pi.getTarget() + "?>");
      }
    }
    String unsafe = unsafe(root);
    if (unsafe != null) {
      return refused("picture.svg", "picture.svgUnsafe", unsafe);
    }
    int[] size = svgSize(root);
    return new Accepted(new Picture(Picture.Type.SVG, b, size[0], size[1]));
  }

  /**
   * The parser for a planner's SVG: namespaces on; no DTD at all (a DOCTYPE is an error), so no
   * entity expands and nothing external is loaded; no XInclude; quiet (errors are thrown, not printed).
   */
  static DocumentBuilder hardenedParser() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder parser = f.newDocumentBuilder();
      parser.setErrorHandler(new DefaultHandler() {
        @Override
        public void error(SAXParseException e) throws SAXParseException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
          throw e;
        }
      });
      return parser;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
    }
  }

  /** What in this element or below it could run or fetch, described; null when nothing. */
  private static String unsafe(Element e) {
    String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("script") || lower.equals("foreignobject") || lower.equals("iframe")) {
      return "<" + e.getTagName() + ">";
    }
    if (lower.equals("style") && external(e.getTextContent()) != null) {
      return "<style>: " + external(e.getTextContent());
    }
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      String attr = (a.getLocalName() == null ? a.getName() : a.getLocalName()).toLowerCase(Locale.ROOT);
      String value = a.getValue();
      if (attr.startsWith("on")) {
        return a.getName() + "=\"" + shorten(value) + "\"";
      }
      if (attr.equals("href") && !INTERNAL.matcher(value).matches()) {
        return a.getName() + "=\"" + shorten(value) + "\"";
      }
      if (attr.equals("attributename") && (value.endsWith("href") || value.toLowerCase(Locale.ROOT).startsWith("on"))) {
        return "<" + e.getTagName() + " " + a.getName() + "=\"" + value + "\">"; // an animation that sets a link
      }
      String url = external(value);
      if (url != null) {
        return a.getName() + "=\"" + shorten(value) + "\"";
      }
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        String found = unsafe(child);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The first thing CSS text would fetch ({@code url(…)} to elsewhere, {@code @import}); null when none. */
  private static String external(String css) {
    if (css == null) {
      return null;
    }
    if (css.toLowerCase(Locale.ROOT).contains("@import")) {
      return "@import";
    }
    Matcher m = CSS_URL.matcher(css);
    while (m.find()) {
      if (!INTERNAL.matcher(m.group(1)).matches()) {
        return "url(" + shorten(m.group(1)) + ")";
      }
    }
    return null;
  }

  /** Width and height in pixels: from width and height in px (or plain numbers), else the viewBox; 0 when neither. */
  private static int[] svgSize(Element root) {
    double w = length(root.getAttribute("width"));
    double h = length(root.getAttribute("height"));
    String[] box = root.getAttribute("viewBox").trim().split("[\\s,]+");
    if (box.length == 4) {
      try {
        double bw = Double.parseDouble(box[2]);
        double bh = Double.parseDouble(box[3]);
        if (bw > 0 && bh > 0) {
          if (w > 0 && h <= 0) {
            h = w * bh / bw;
          } else if (h > 0 && w <= 0) {
            w = h * bw / bh;
          } else if (w <= 0 && h <= 0) {
            w = bw;
            h = bh;
          }
        }
      } catch (NumberFormatException e) {
        // A viewBox that is not four numbers gives no size; the picture is then as wide as the text.
      }
    }
    return w > 0 && h > 0 && w < 100_000 && h < 100_000
        ? new int[] {(int) Math.round(w), (int) Math.round(h)} : new int[] {0, 0};
  }

  private static double length(String s) {
    Matcher m = LENGTH.matcher(s);
    return m.matches() ? Double.parseDouble(m.group(1)) : -1;
  }

  /** Whether the bytes start, after an optional BOM and blanks, with {@code <}. */
  private static boolean looksLikeXml(byte[] b) {
    int at = startsWith(b, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
    while (at < b.length && (b[at] == ' ' || b[at] == '\t' || b[at] == '\r' || b[at] == '\n')) {
      at++;
    }
    return at < b.length && b[at] == '<';
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static long u32(byte[] b, int at) {
    return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | b[at + 3] & 0xFFL;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
  }

  private static Refused refused(String rule, String key, Object... args) {
    return new Refused(rule, key, List.of(args));
  }
}
