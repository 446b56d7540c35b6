package dev.planforge.render.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import dev.planforge.render.RenderOptions.PdfProfile;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the {@code --pdf-profile} choices add to the standard PDF. {@link PdfProfile#PDFA PDFA}
 * makes PDF/A-2u (archival: every font embedded, which they always are, an sRGB output intent, XMP
 * metadata matching the document information, text mapped to Unicode); {@link PdfProfile#PDFUA
 * PDFUA} makes PDF/UA-1 (accessible: tagged, headings, tables with header scopes, the charts as
 * figures with alternate text, the language set, the title shown in the window). Both keep the
 * standard PDF's reproducibility: their metadata holds only the plan's text and the PDF's fixed
 * dates.
 */
final class Conformance {

  private static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

  /**
   * sRGB, the colour space every colour of the document is given in. The JDK carries the profile,
   * so no file is shipped for it; the JDKs' copies differ only in the header's "primary platform"
   * (APPL, MSFT ...), which is cleared so the PDF is the same whichever JDK made it.
   */
  private static final byte[] SRGB = srgb();

  private Conformance() {}

  /** Asks openhtmltopdf for what the profile needs during layout: PDF/A's font rules, PDF/UA's tags. */
  static void configure(PdfRendererBuilder builder, PdfProfile profile) {
    switch (profile) {
      case STANDARD -> { }
      // The output intent is added afterwards (describe), not through useColorProfile: PDFBox
      // would hand the profile to the JDK, which gives back its own copy of sRGB.
      case PDFA -> builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
      case PDFUA -> builder.usePdfUaAccessibility(true);
    }
  }

  /**
   * The XHTML as the profile needs it before layout: its language (which the metadata and the tags
   * repeat) and, when tagged, its figures and tables.
   *
   * @param language the plan's language, for a page whose template left out {@code lang}
   */
  static void prepare(org.w3c.dom.Document xhtml, PdfProfile profile, String language) {
    if (profile == PdfProfile.STANDARD) {
      return;
    }
    Element root = xhtml.getDocumentElement();
    if (root.getAttribute("lang").isBlank()) {
      root.setAttribute("lang", language); // else openhtmltopdf would say EN-US
    }
    if (profile != PdfProfile.PDFUA) {
      return;
    }
    describeCharts(xhtml);
    NodeList tables = xhtml.getElementsByTagNameNS(XHTML_NS, "table");
    for (int i = 0; i < tables.getLength(); i++) {
      squareUp((Element) tables.item(i));
    }
  }

  /**
   * openhtmltopdf reads a figure's alternate text from an {@code alt} attribute only; a chart
   * carries its description as {@code aria-label} (and a {@code <title>}), as a browser reads it,
   * so the tagged PDF copies it into {@code alt}.
   */
  private static void describeCharts(org.w3c.dom.Document xhtml) {
    NodeList charts = xhtml.getElementsByTagNameNS(SVG_NS, "svg");
    for (int i = 0; i < charts.getLength(); i++) {
      Element svg = (Element) charts.item(i);
      String alt = svg.getAttribute("aria-label");
      if (alt.isBlank()) {
        alt = title(svg);
      }
      if (!alt.isBlank() && !svg.hasAttribute("alt")) {
        svg.setAttribute("alt", alt.strip());
      }
    }
  }

  /**
   * After layout and once the document information is final: the XMP metadata that repeats it
   * (PDF/A requires the two to agree, so openhtmltopdf's copy, written from its own clock-dated
   * information, is replaced), the catalog's language and, when tagged, the title in the window.
   *
   * @param language the document's language, as the XHTML's {@code lang} gives it
   */
  static void describe(PDDocument pd, PdfProfile profile, String language) throws IOException {
    if (profile == PdfProfile.STANDARD) {
      return;
    }
    PDDocumentCatalog catalog = pd.getDocumentCatalog();
    catalog.setLanguage(language);
    if (profile == PdfProfile.PDFUA) {
      if (catalog.getViewerPreferences() == null) {
        catalog.setViewerPreferences(new PDViewerPreferences(new COSDictionary()));
      }
      catalog.getViewerPreferences().setDisplayDocTitle(true);
    }
    PDMetadata metadata = new PDMetadata(pd);
    metadata.importXMPMetadata(xmp(pd.getDocumentInformation(), profile, language));
    catalog.setMetadata(metadata);
    if (profile == PdfProfile.PDFA) {
      catalog.addOutputIntent(srgbIntent(pd));
      // openhtmltopdf marks every PDF/A as tagged; PDF/A-2u has no structure tree, and a reader
      // that trusted the mark would find nothing to read.
      catalog.setMarkInfo(null);
    }
  }

  /** The PDF/A output intent: the colours are sRGB. */
  private static PDOutputIntent srgbIntent(PDDocument pd) throws IOException {
    PDStream icc = new PDStream(pd, new ByteArrayInputStream(SRGB), COSName.FLATE_DECODE);
    icc.getCOSObject().setInt(COSName.N, 3);
    COSDictionary dictionary = new COSDictionary();
    dictionary.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
    dictionary.setItem(COSName.S, COSName.GTS_PDFA1); // the subtype every part of PDF/A uses
    dictionary.setItem(COSName.DEST_OUTPUT_PROFILE, icc);
    PDOutputIntent intent = new PDOutputIntent(dictionary);
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    return intent;
  }

  /** The XMP packet: the document information again, plus which standard the file claims. */
  private static byte[] xmp(PDDocumentInformation info, PdfProfile profile, String language) throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setFormat("application/pdf");
    dc.setTitle(info.getTitle());
    if (info.getAuthor() != null) {
      dc.addCreator(info.getAuthor()); // one entry, equal to /Author, as PDF/A compares them
    }
    if (info.getSubject() != null) {
      dc.setDescription(info.getSubject());
    }
    dc.addLanguage(language);
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool(info.getCreator());
    basic.setCreateDate(info.getCreationDate());
    basic.setModifyDate(info.getModificationDate());
    basic.setMetadataDate(info.getModificationDate());
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer(info.getProducer());
    try {
      if (profile == PdfProfile.PDFA) {
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        id.setConformance("U");
      } else {
        XMPSchema ua = new XMPSchema(xmp, PDFUA_NS, "pdfuaid");
        ua.setIntegerPropertyValue("part", 1);
        xmp.addSchema(ua);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
      new XmpSerializer().serialize(xmp, out, true);
      return out.toByteArray();
    } catch (BadFieldValueException | TransformerException e) {
      throw new IOException("the PDF's XMP metadata cannot be written: " + e.getMessage(), e);
    }
  }

  /**
   * PDF/UA wants every row of a table to span the same number of columns (veraPDF's 7.2-43); a
   * row the templates leave short, such as the last row of summary tiles, gets empty cells at its
   * end, which draw nothing. Columns taken by a cell spanning rows from above count as taken.
   */
  private static void squareUp(Element table) {
    List<List<Element>> groups = new ArrayList<>(); // thead, tbody, tfoot: rows span within one only
    List<Element> loose = new ArrayList<>();
    for (Element child : children(table)) {
      switch (child.getLocalName()) {
        case "thead", "tbody", "tfoot" -> groups.add(children(child, "tr"));
        case "tr" -> loose.add(child);
        default -> { }
      }
    }
    groups.add(loose);
    Map<Element, Integer> widths = new LinkedHashMap<>();
    for (List<Element> rows : groups) {
      List<Integer> spanning = new ArrayList<>(); // per column: rows still covered from above
      for (Element row : rows) {
        int column = 0;
        for (Element cell : cells(row)) {
          while (column < spanning.size() && spanning.get(column) > 0) {
            column++;
          }
          int colspan = span(cell, "colspan");
          int rowspan = span(cell, "rowspan");
          for (int c = column; c < column + colspan; c++) {
            while (spanning.size() <= c) {
              spanning.add(0);
            }
            spanning.set(c, rowspan);
          }
          column += colspan;
        }
        int width = 0;
        for (int c = 0; c < spanning.size(); c++) {
          if (spanning.get(c) > 0) {
            width = c + 1;
          }
          spanning.set(c, Math.max(0, spanning.get(c) - 1));
        }
        widths.put(row, width);
      }
    }
    int columns = widths.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    widths.forEach((row, width) -> {
      for (int c = width; c < columns; c++) {
        row.appendChild(row.getOwnerDocument().createElementNS(XHTML_NS, "td"));
      }
    });
  }

  private static List<Element> cells(Element row) {
    List<Element> cells = new ArrayList<>();
    for (Element e : children(row)) {
      if (e.getLocalName().equals("td") || e.getLocalName().equals("th")) {
        cells.add(e);
      }
    }
    return cells;
  }

  private static int span(Element cell, String attribute) {
    try {
      return Math.max(1, Integer.parseInt(cell.getAttribute(attribute).strip()));
    } catch (NumberFormatException e) {
      return 1; // absent (or not a number, which browsers also read as 1)
    }
  }

  private static List<Element> children(Element parent, String name) {
    return children(parent).stream().filter(e -> e.getLocalName().equals(name)).toList();
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && XHTML_NS.equals(e.getNamespaceURI())) {
        out.add(e);
      }
    }
    return out;
  }

  private static String title(Element svg) {
    for (Node n = svg.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "title".equals(e.getLocalName())) {
        return e.getTextContent();
      }
    }
    return "";
  }

  private static byte[] srgb() {
    byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    Arrays.fill(profile, 40, 44, (byte) 0); // primary platform: none (ICC.1, 7.2.10)
    return profile;
  }
}
