package dev.planforge.render.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.planforge.model.Plan;
import dev.planforge.render.Composer;
import dev.planforge.render.Document;
import dev.planforge.render.Format;
import dev.planforge.render.RenderOptions.PdfProfile;
import dev.planforge.render.Renderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The PDF: the document's XHTML laid out by openhtmltopdf on A4 with the embedded Noto Sans SC.
 * Reproducible: the dates come from the plan's {@code as_of} (or {@code SOURCE_DATE_EPOCH}), the
 * /ID from a hash of the content, and subset font names from the glyphs used, so the same plan
 * gives the same bytes. The profile adds what PDF/A or PDF/UA require ({@link Conformance}).
 */
public final class PdfRenderer implements Renderer {

  private final Composer composer;
  private final boolean verbose;
  private final Long sourceDateEpoch;
  private final PdfProfile profile;
  private final Supplier<? extends PdfBoxTextRenderer> text;
  private final boolean keepFonts;

  /** The standard (untagged) PDF. */
  public PdfRenderer(Composer composer, boolean verbose, Long sourceDateEpoch) {
    this(composer, verbose, sourceDateEpoch, PdfProfile.STANDARD);
  }

  /**
   * @param sourceDateEpoch seconds since 1970 to date the PDF with instead of {@code as_of} (the
   *     reproducible-builds convention), or null
   * @param profile the standard PDF, PDF/A-2u or PDF/UA-1
   */
  public PdfRenderer(Composer composer, boolean verbose, Long sourceDateEpoch, PdfProfile profile) {
    this(composer, verbose, sourceDateEpoch, profile, MeasuringTextRenderer::new, true);
  }

  /**
   * @param text makes the text measurer and drawer of each PDF (tests give another)
   * @param keepFonts whether each font specification is resolved once per PDF ({@link KeptFonts};
   *     tests compare with openhtmltopdf's own resolving)
   */
  PdfRenderer(Composer composer, boolean verbose, Long sourceDateEpoch, PdfProfile profile,
      Supplier<? extends PdfBoxTextRenderer> text, boolean keepFonts) {
    this.composer = composer;
    this.verbose = verbose;
    this.sourceDateEpoch = sourceDateEpoch;
    this.profile = profile;
    this.text = text;
    this.keepFonts = keepFonts;
    PdfFonts.preload();
  }

  /** {@code SOURCE_DATE_EPOCH} from the environment, or null when unset or not a number. */
  public static Long sourceDateEpochFromEnvironment() {
    String s = System.getenv("SOURCE_DATE_EPOCH");
    try {
      return s == null || s.isBlank() ? null : Long.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null; // the convention says to ignore a malformed value
    }
  }

  @Override
  public Format format() {
    return Format.PDF;
  }

  @Override
  public void render(Document document, OutputStream out) throws IOException {
    String xhtml = composer.compose(Composer.PDF_XHTML, document);
    org.w3c.dom.Document dom = GlyphCheck.parse(xhtml);
    PdfFonts fonts = PdfFonts.get();
    GlyphCheck.check(dom, fonts, document.planFile(), customersFile(document));
    Conformance.prepare(dom, profile, document.plan().locale().tag());
    out.write(layOut(dom, xhtml, fonts, document.plan()));
  }

  /**
   * Whether the PDF's fonts (Noto Sans SC and its fallback) draw {@code codePoint} in both weights;
   * loads them on first use.
   */
  public static boolean canDraw(int codePoint) throws IOException {
    return PdfFonts.get().canDraw(codePoint);
  }

  /** The XHTML as openhtmltopdf lays it out (for tests and golden files). */
  public String xhtml(Document document) throws IOException {
    return composer.compose(Composer.PDF_XHTML, document);
  }

  private byte[] layOut(org.w3c.dom.Document dom, String xhtml, PdfFonts fonts, Plan plan) throws IOException {
    PdfLogging.configure(verbose);
    try (PDDocument pd = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder()
          .usePDDocument(pd)
          .withW3cDocument(dom, null)
          .useFastMode()
          .withProducer("planforge")
          .useSVGDrawer(new SharedFontSvgDrawer(fonts.svgFonts))
          // Nothing outside the document is ever fetched: no images, stylesheets or fonts by URL.
          // The plan's pictures are inside it, as data: URIs of the bytes the check accepted.
          .useExternalResourceAccessControl((uri, type) -> embeddedPicture(uri), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
          .useExternalResourceAccessControl((uri, type) -> embeddedPicture(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
          .useFont(new PDFontSupplier(PDType0Font.load(pd, fonts.regular, true)), PdfFonts.FAMILY, 400, FontStyle.NORMAL, true)
          .useFont(new PDFontSupplier(PDType0Font.load(pd, fonts.bold, true)), PdfFonts.FAMILY, 700, FontStyle.NORMAL, true);
      Conformance.configure(builder, profile);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        // The same widths as openhtmltopdf's own text renderer, looked up once per character.
        renderer.getSharedContext().setTextRenderer(text.get());
        // The fallback ends every font list, after openhtmltopdf's built-in fonts (so a code span
        // keeps its Courier), and is embedded only when a character needs it: a ₹ that Noto Sans SC
        // lacks and Courier cannot encode. It is also a family of its own, which the charts' text
        // drawer finds it by (ChartFonts); otherwise their ₹ would go to a font of the machine.
        PdfBoxFontResolver resolver = renderer.getFontResolver();
        for (PdfFonts.Fallback family : fonts.fallbacks) { // Roboto, then DejaVu Sans for symbols
          for (LazyFont fallback : List.of(
              new LazyFont(pd, family.regular(), 400), new LazyFont(pd, family.bold(), 700))) {
            for (FontGroup group : List.of(FontGroup.FINAL_FALLBACK, FontGroup.MAIN)) {
              resolver.addFont(fallback, family.name(), fallback.weight, IdentValue.NORMAL, true, group);
            }
          }
        }
        if (keepFonts) { // every font is in place: from here on each specification resolves to one answer
          renderer.getSharedContext().setFontResolver(new KeptFonts(resolver, renderer.getSharedContext(), pd));
        }
        renderer.layout();
        renderer.createPDFWithoutClosing();
      }
      describe(pd, plan, xhtml);
      Conformance.describe(pd, profile, dom.getDocumentElement().getAttribute("lang"));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
      pd.save(bytes, CompressParameters.DEFAULT_COMPRESSION);
      return bytes.toByteArray();
    }
  }

  /** A PNG, JPEG or SVG carried inside the document itself, which reading fetches nothing. */
  private static boolean embeddedPicture(String uri) {
    return uri != null && (uri.startsWith("data:image/png;base64,") || uri.startsWith("data:image/jpeg;base64,")
        || uri.startsWith("data:image/svg+xml;base64,"));
  }

  /** Title, author and fixed dates in the document information; a content-derived /ID. */
  private void describe(PDDocument pd, Plan plan, String xhtml) throws IOException {
    PDDocumentInformation info = pd.getDocumentInformation();
    info.setTitle(plan.title());
    if (plan.subtitle() != null) {
      info.setSubject(plan.subtitle());
    }
    if (!plan.authors().isEmpty()) {
      info.setAuthor(String.join(", ", plan.authors().stream().map(Plan.Author::name).toList()));
    }
    info.setCreator("planforge");
    info.setProducer("planforge (openhtmltopdf, PDFBox)");
    Calendar date = date(plan);
    info.setCreationDate(date);
    info.setModificationDate(date);
    // PDFBox would seed /ID from the clock; the same content must give the same file (and each
    // profile's file its own /ID).
    byte[] digest = sha256(profile == PdfProfile.STANDARD ? xhtml : profile + "\n" + xhtml);
    COSArray id = new COSArray();
    id.add(new COSString(Arrays.copyOfRange(digest, 0, 16)));
    id.add(new COSString(Arrays.copyOfRange(digest, 16, 32)));
    pd.getDocument().getTrailer().setItem(COSName.ID, id);
  }

  private Calendar date(Plan plan) {
    Instant at = sourceDateEpoch != null
        ? Instant.ofEpochSecond(sourceDateEpoch)
        : plan.asOf().atStartOfDay(ZoneOffset.UTC).toInstant();
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.setTimeInMillis(at.toEpochMilli());
    return calendar;
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** A font added to the PDF on first use, so a document that never needs it stays as it was. */
  private static final class LazyFont extends PDFontSupplier {

    private final PDDocument pd;
    private final TrueTypeFont font;
    private final int weight;
    private PDFont loaded;

    LazyFont(PDDocument pd, TrueTypeFont font, int weight) {
      super(null);
      this.pd = pd;
      this.font = font;
      this.weight = weight;
    }

    @Override
    public PDFont supply() {
      if (loaded == null) {
        try {
          loaded = PDType0Font.load(pd, font, true);
        } catch (IOException e) {
          throw new UncheckedIOException("the built-in fallback font cannot be embedded: " + e.getMessage(), e);
        }
      }
      return loaded;
    }
  }

  /** The customers CSV the plan reads, or null. */
  private static Path customersFile(Document document) {
    Plan plan = document.plan();
    if (document.planFile() == null || plan.tiering() == null || plan.tiering().customersFile() == null) {
      return null;
    }
    return document.planFile().toAbsolutePath().getParent().resolve(plan.tiering().customersFile());
  }
}
