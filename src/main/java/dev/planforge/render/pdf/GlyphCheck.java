package dev.planforge.render.pdf;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Before layout, every character of the XHTML's text must be one the embedded fonts can draw;
 * otherwise the PDF would show a box where the plan had a word. The first such character fails
 * the render, named with its code point and the first line of the plan (or its customers file)
 * where it appears. The XHTML is parsed here once, which also proves it well-formed (with a clear
 * message if not), and the same DOM is handed to openhtmltopdf.
 */
final class GlyphCheck {

  private GlyphCheck() {}

  /**
   * @param sources the plan file and any file it reads (a customers CSV), searched in order to
   *     say where a character came from; may be empty
   */
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

  static void check(Document xhtml, PdfFonts fonts, List<Path> sources) throws IOException {
    StringBuilder text = new StringBuilder(64 * 1024);
    collect(xhtml.getDocumentElement(), text);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!drawnAsNothing(cp) && !fonts.canDraw(cp)) {
        throw new MissingGlyphException(cp, "the PDF fonts (" + PdfFonts.FAMILY + ") cannot draw '"
            + Character.toString(cp) + "' (U+" + String.format(Locale.ROOT, "%04X", cp) + "), "
            + where(cp, sources) + "; remove or replace it, or render HTML or Markdown instead");
      }
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

  private static String where(int cp, List<Path> sources) {
    for (Path source : sources) {
      try {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
          int column = lines.get(n).indexOf(Character.toString(cp));
          if (column >= 0) {
            return "used at " + source + ":" + (n + 1) + ":" + (lines.get(n).codePointCount(0, column) + 1);
          }
        }
      } catch (IOException e) {
        // The plan was read before; if it is gone now, the character is still named.
      }
    }
    return "used in the templates, not in the plan";
  }
}
