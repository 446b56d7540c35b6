package dev.planforge.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.cli.Main;
import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import dev.planforge.render.Composer;
import dev.planforge.render.Document;
import dev.planforge.render.RenderOptions.PdfProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The archival (PDF/A-2u) and accessible (PDF/UA-1) PDFs of both example plans, checked by veraPDF
 * and read back with PDFBox. veraPDF takes seconds to start, so one validator per standard serves
 * every PDF of the class; each example is rendered once per profile.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfProfileTest {

  private static final Path CHINESE = Path.of("plans/meet-fresh.yaml");
  private static final Path ENGLISH = Path.of("plans/annual-crm-2026.yaml");
  /** A chart's label or a picture's alt text, in document order. */
  private static final Pattern CHART_LABEL = Pattern.compile("<svg [^>]*aria-label=\"([^\"]*)\"|<img [^>]*alt=\"([^\"]*)\"");

  private final Composer composer = new Composer(null);
  private final Map<Path, Document> documents = new LinkedHashMap<>();
  private final Map<Path, Map<PdfProfile, byte[]>> pdfs = new LinkedHashMap<>();
  private VeraPDFFoundry foundry;
  private final Map<PdfProfile, PDFAValidator> validators = new EnumMap<>(PdfProfile.class);

  @BeforeAll
  void givenBothExamplesInEveryProfileAndVeraPdf() throws Exception {
    for (Path plan : List.of(CHINESE, ENGLISH)) {
      Document document = document(plan);
      documents.put(plan, document);
      Map<PdfProfile, byte[]> byProfile = new EnumMap<>(PdfProfile.class);
      for (PdfProfile profile : PdfProfile.values()) {
        byProfile.put(profile, render(document, profile, null));
      }
      pdfs.put(plan, byProfile);
    }
    VeraGreenfieldFoundryProvider.initialise();
    foundry = Foundries.defaultInstance();
    validators.put(PdfProfile.PDFA, foundry.createValidator(flavour(PdfProfile.PDFA), false));
    validators.put(PdfProfile.PDFUA, foundry.createValidator(flavour(PdfProfile.PDFUA), false));
  }

  @AfterAll
  void closeVeraPdf() throws Exception {
    for (PDFAValidator v : validators.values()) {
      v.close();
    }
    foundry.close();
  }

  static Stream<Arguments> examplesAndProfiles() {
    return Stream.of(CHINESE, ENGLISH).flatMap(plan -> Stream.of(
        Arguments.of(plan, PdfProfile.PDFA), Arguments.of(plan, PdfProfile.PDFUA)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("examplesAndProfiles")
  void veraPdfFindsTheProfileCompliant(Path plan, PdfProfile profile) throws Exception {
    Map<String, String> failed = validate(pdfs.get(plan).get(profile), profile);
    assertTrue(failed.isEmpty(), plan + " as " + flavour(profile) + " breaks: " + failed);
  }

  /** The same validators see what the standard PDF lacks, so a pass above means something. */
  @Test
  void theStandardPdfIsNeitherArchivalNorAccessible() throws Exception {
    byte[] standard = pdfs.get(ENGLISH).get(PdfProfile.STANDARD);
    Map<String, String> asPdfA = validate(standard, PdfProfile.PDFA);
    assertTrue(asPdfA.keySet().stream().anyMatch(rule -> rule.startsWith("6.2.4.3")),
        "no output intent, so its device RGB is not allowed: " + asPdfA);
    Map<String, String> asPdfUa = validate(standard, PdfProfile.PDFUA);
    assertFalse(asPdfUa.isEmpty(), "untagged");
    try (PDDocument pd = Loader.loadPDF(standard)) {
      PDDocumentCatalog catalog = pd.getDocumentCatalog();
      assertNull(catalog.getStructureTreeRoot(), "the default stays untagged");
      assertNull(catalog.getMetadata(), "and without XMP");
      assertTrue(catalog.getOutputIntents().isEmpty());
    }
  }

  @Test
  void eachProfileGivesTheSameBytesTwice() throws IOException {
    for (PdfProfile profile : List.of(PdfProfile.PDFA, PdfProfile.PDFUA)) {
      byte[] again = render(document(CHINESE), profile, null);
      assertArrayEquals(pdfs.get(CHINESE).get(profile), again, profile.toString());
    }
  }

  @Test
  void theProfilesHaveTheirOwnFileIdentifier() throws IOException {
    List<String> ids = new ArrayList<>();
    for (byte[] pdf : pdfs.get(ENGLISH).values()) {
      try (PDDocument pd = Loader.loadPDF(pdf)) {
        ids.add(pd.getDocument().getTrailer().getCOSArray(COSName.ID).toString());
      }
    }
    assertEquals(3, ids.stream().distinct().count(), ids.toString());
  }

  @Test
  void pdfaNamesItsStandardTitleAuthorsLanguageAndDatesInXmp() throws Exception {
    try (PDDocument pd = Loader.loadPDF(pdfs.get(CHINESE).get(PdfProfile.PDFA))) {
      XMPMetadata xmp = xmp(pd);
      PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
      assertEquals(2, id.getPart());
      assertEquals("U", id.getConformance());
      DublinCoreSchema dc = xmp.getDublinCoreSchema();
      String title = documents.get(CHINESE).plan().title();
      assertEquals(title, dc.getTitle());
      assertEquals(title, pd.getDocumentInformation().getTitle());
      assertEquals(List.of(pd.getDocumentInformation().getAuthor()), dc.getCreators());
      assertEquals(List.of("zh-CN"), dc.getLanguages());
      assertEquals("zh-CN", pd.getDocumentCatalog().getLanguage());
      assertEquals(asOf(), utc(xmp.getXMPBasicSchema().getCreateDate()), "the plan's as_of, not the clock");
      assertEquals(asOf(), utc(xmp.getXMPBasicSchema().getModifyDate()));
      assertNull(pd.getDocumentCatalog().getStructureTreeRoot(), "archival, not tagged (that is pdfua)");
      assertNull(pd.getDocumentCatalog().getMarkInfo(), "and not claiming to be");
      assertEquals(1, pd.getDocumentCatalog().getOutputIntents().size(), "sRGB");
      try (var icc = pd.getDocumentCatalog().getOutputIntents().get(0).getDestOutputIntent().createInputStream()) {
        byte[] profile = icc.readAllBytes();
        assertEquals("RGB ", new String(profile, 16, 4, StandardCharsets.US_ASCII), "an RGB profile");
        assertEquals("\0\0\0\0", new String(profile, 40, 4, StandardCharsets.US_ASCII), "whichever JDK made it");
      }
      List<String> fonts = fonts(pd);
      assertFalse(fonts.isEmpty());
      fonts.forEach(f -> assertTrue(f.endsWith(" embedded"), f));
    }
  }

  @Test
  void sourceDateEpochDatesTheXmpToo() throws Exception {
    byte[] pdf = render(documents.get(ENGLISH), PdfProfile.PDFA, 1_700_000_000L);
    try (PDDocument pd = Loader.loadPDF(pdf)) {
      assertEquals(1_700_000_000_000L, xmp(pd).getXMPBasicSchema().getCreateDate().getTimeInMillis());
      assertEquals(1_700_000_000_000L, pd.getDocumentInformation().getCreationDate().getTimeInMillis());
    }
  }

  @Test
  void pdfuaIsTaggedWithLanguageTitleHeadingsAndTableScopes() throws Exception {
    try (PDDocument pd = Loader.loadPDF(pdfs.get(ENGLISH).get(PdfProfile.PDFUA))) {
      PDDocumentCatalog catalog = pd.getDocumentCatalog();
      assertEquals("en", catalog.getLanguage());
      assertTrue(catalog.getMarkInfo().isMarked());
      assertTrue(catalog.getViewerPreferences().displayDocTitle(), "the title, not the file name, in the window");
      XMPSchema ua = xmp(pd).getSchema("http://www.aiim.org/pdfua/ns/id/");
      assertNotNull(ua, "pdfuaid");
      assertEquals("1", ua.getUnqualifiedTextPropertyValue("part"));
      Map<String, Integer> tags = new TreeMap<>();
      List<String> scopes = new ArrayList<>();
      walk(catalog.getStructureTreeRoot(), e -> {
        tags.merge(e.getStructureType(), 1, Integer::sum);
        if (e.getStructureType().equals("TH")) {
          COSBase scope = null;
          for (int i = 0; i < e.getAttributes().size(); i++) {
            PDAttributeObject a = e.getAttributes().getObject(i);
            scope = scope != null ? scope : a.getCOSObject().getDictionaryObject(COSName.getPDFName("Scope"));
          }
          scopes.add(scope instanceof COSName name ? name.getName() : "none");
        }
      });
      for (String tag : List.of("Document", "H1", "H2", "H3", "P", "Table", "TR", "TH", "TD", "L", "LI", "Figure", "Link")) {
        assertTrue(tags.containsKey(tag), tag + " in " + tags);
      }
      assertFalse(scopes.isEmpty());
      assertTrue(scopes.contains("Row") && scopes.contains("Column") && !scopes.contains("none"), scopes.toString());
    }
  }

  /** Every chart is a Figure whose alternate text is the description a browser reads (aria-label). */
  @Test
  void pdfuaChartsAreFiguresWithAlternateText() throws Exception {
    for (Path plan : List.of(CHINESE, ENGLISH)) {
      List<String> labels = new ArrayList<>();
      Matcher m = CHART_LABEL.matcher(new PdfRenderer(composer, false, null).xhtml(documents.get(plan)));
      while (m.find()) {
        labels.add((m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\""));
      }
      assertFalse(labels.isEmpty(), plan + " has charts");
      List<String> alts = new ArrayList<>();
      try (PDDocument pd = Loader.loadPDF(pdfs.get(plan).get(PdfProfile.PDFUA))) {
        walk(pd.getDocumentCatalog().getStructureTreeRoot(), e -> {
          if (e.getStructureType().equals("Figure")) {
            alts.add(e.getAlternateDescription());
          }
        });
      }
      assertEquals(labels, alts, plan.toString());
    }
  }

  @Test
  void beforeLayoutPdfUaPadsShortTableRowsAndSetsAMissingLanguage() throws IOException {
    org.w3c.dom.Document dom = GlyphCheck.parse("""
        <html xmlns="http://www.w3.org/1999/xhtml"><body>
        <table id="tiles"><tbody><tr><td>1</td><td>2</td><td>3</td></tr><tr><td>4</td><td>5</td></tr></tbody></table>
        <table id="matrix"><tbody>
        <tr><th rowspan="2">axis</th><th>a</th><td>x</td><td>y</td></tr>
        <tr><th>b</th><td>x</td><td>y</td></tr>
        <tr><th colspan="2"></th><th colspan="2">z</th></tr>
        </tbody><tfoot><tr><td colspan="3">total</td></tr></tfoot></table>
        </body></html>""");
    Conformance.prepare(dom, PdfProfile.STANDARD, "en");
    assertEquals(List.of(3, 2), cellsPerRow(dom, "tiles"), "the standard PDF is laid out as written");
    assertEquals("", dom.getDocumentElement().getAttribute("lang"));
    Conformance.prepare(dom, PdfProfile.PDFUA, "en");
    assertEquals("en", dom.getDocumentElement().getAttribute("lang"), "a template without lang gets the plan's");
    assertEquals(List.of(3, 3), cellsPerRow(dom, "tiles"));
    assertEquals(List.of(4, 3, 2, 2), cellsPerRow(dom, "matrix"), "a cell spanning two rows fills the second");
  }

  @Test
  void theCommandLineTakesTheProfile(@TempDir Path out) throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"render", "--format", "pdf", "--pdf-profile", "pdfua", "--out", out.toString(),
        ENGLISH.toString()}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(Main.OK, code, err.toString(StandardCharsets.UTF_8));
    assertArrayEquals(pdfs.get(ENGLISH).get(PdfProfile.PDFUA), Files.readAllBytes(out.resolve("annual-crm-2026.pdf")));

    err.reset();
    code = Main.run(new String[] {"render", "--pdf-profile", "pdf/x", ENGLISH.toString()},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(Main.USAGE, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("'pdf/x' is not a PDF profile (expected standard, pdfa or pdfua)"),
        err.toString(StandardCharsets.UTF_8));
  }

  /** The failed rules ("6.2.4.3-2" → message), one entry per rule. */
  private Map<String, String> validate(byte[] pdf, PdfProfile profile) throws Exception {
    try (PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour(profile))) {
      ValidationResult result = validators.get(profile).validate(parser);
      Map<String, String> failed = new TreeMap<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          failed.putIfAbsent(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(),
              a.getMessage().replaceAll("\\s+", " ") + " at " + a.getLocation().getContext());
        }
      }
      assertEquals(failed.isEmpty(), result.isCompliant(), failed.toString());
      return failed;
    }
  }

  private static PDFAFlavour flavour(PdfProfile profile) {
    return profile == PdfProfile.PDFA ? PDFAFlavour.PDFA_2_U : PDFAFlavour.PDFUA_1;
  }

  private byte[] render(Document document, PdfProfile profile, Long sourceDateEpoch) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer(composer, false, sourceDateEpoch, profile).render(document, out);
    return out.toByteArray();
  }

  private static Document document(Path plan) throws IOException {
    Checked checked = Pipeline.check(plan, plan.toString());
    assertTrue(checked.passes(false), () -> plan + ": " + checked.diagnostics());
    return Pipeline.document(checked);
  }

  private static XMPMetadata xmp(PDDocument pd) throws Exception {
    try (var in = pd.getDocumentCatalog().getMetadata().createInputStream()) {
      DomXmpParser parser = new DomXmpParser();
      parser.setStrictParsing(false); // xmpbox has no schema for pdfuaid
      return parser.parse(in.readAllBytes());
    }
  }

  private static String asOf() {
    return "2026-06-30T00:00Z";
  }

  private static String utc(Calendar c) {
    return c.toInstant().atZone(TimeZone.getTimeZone("UTC").toZoneId()).toLocalDateTime() + "Z";
  }

  private static void walk(PDStructureNode node, java.util.function.Consumer<PDStructureElement> visit) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        visit.accept(e);
        walk(e, visit);
      }
    }
  }

  private static List<Integer> cellsPerRow(org.w3c.dom.Document dom, String tableId) {
    List<Integer> counts = new ArrayList<>();
    org.w3c.dom.NodeList tables = dom.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "table");
    for (int i = 0; i < tables.getLength(); i++) {
      org.w3c.dom.Element table = (org.w3c.dom.Element) tables.item(i);
      if (table.getAttribute("id").equals(tableId)) {
        org.w3c.dom.NodeList rows = table.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "tr");
        for (int r = 0; r < rows.getLength(); r++) {
          int cells = 0;
          for (org.w3c.dom.Node n = rows.item(r).getFirstChild(); n != null; n = n.getNextSibling()) {
            cells += n instanceof org.w3c.dom.Element ? 1 : 0;
          }
          counts.add(cells);
        }
      }
    }
    return counts;
  }

  private static List<String> fonts(PDDocument pd) throws IOException {
    List<String> out = new ArrayList<>();
    for (PDPage page : pd.getPages()) {
      collectFonts(page.getResources(), out, 0);
    }
    return out;
  }

  private static void collectFonts(PDResources resources, List<String> out, int depth) throws IOException {
    if (resources == null || depth > 5) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      String entry = font.getName() + (font.isEmbedded() ? " embedded" : " not embedded");
      if (!out.contains(entry)) {
        out.add(entry);
      }
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        collectFonts(form.getResources(), out, depth + 1);
      }
    }
  }
}
