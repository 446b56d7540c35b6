package dev.planforge.render.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.render.FSFont;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * openhtmltopdf's font resolver of one document, with each answer kept. Layout asks for the font
 * of every word, and of each character of a word when it measures the widest, and the resolver
 * answered every call by copying and sorting its list of fallback fonts: 2.4 % of a batch. The
 * answer depends only on the specification's families, size, weight, style and variant and on the
 * fonts added, which are all in place before layout; adding one forgets what was kept. Every
 * other call goes to the resolver this one stands for, which keeps its fonts.
 *
 * <p>A subclass, because openhtmltopdf casts the resolver to its own class; the stores the
 * superclass makes for itself stay empty and unused.
 */
final class KeptFonts extends PdfBoxFontResolver {

  private record Key(List<String> families, float size, IdentValue weight, IdentValue style, IdentValue variant) {}

  private final PdfBoxFontResolver resolver;
  private final Map<Key, FSFont> kept = new HashMap<>();

  /** Stands for {@code resolver}, the one openhtmltopdf made for {@code context}. */
  KeptFonts(PdfBoxFontResolver resolver, SharedContext context, PDDocument doc) {
    // As for PDF/UA, so that the superclass makes no built-in fonts for the stores it never uses.
    super(context, doc, null, PdfAConformance.NONE, true);
    this.resolver = resolver;
  }

  @Override
  public FSFont resolveFont(SharedContext context, FontSpecification spec) {
    Key key = new Key(spec.families == null ? null : Arrays.asList(spec.families), spec.size, spec.fontWeight,
        spec.fontStyle, spec.variant);
    FSFont font = kept.get(key);
    if (font == null) {
      font = resolver.resolveFont(context, spec);
      kept.put(key, font);
    }
    return font;
  }

  @Override
  public void importFontFaces(List<FontFaceRule> fontFaces) {
    kept.clear();
    resolver.importFontFaces(fontFaces);
  }

  @Override
  public void addFontDirectory(String dir, boolean embedded) throws IOException {
    kept.clear();
    resolver.addFontDirectory(dir, embedded);
  }

  @Override
  public void addFontDirectory(String dir, boolean embedded, FontGroup fontGroup) throws IOException {
    kept.clear();
    resolver.addFontDirectory(dir, embedded, fontGroup);
  }

  @Override
  public void addFontCollection(FSSupplier<InputStream> supplier, String family, Integer weight, IdentValue style,
      boolean subset, FontGroup fontGroup) throws IOException {
    kept.clear();
    resolver.addFontCollection(supplier, family, weight, style, subset, fontGroup);
  }

  @Override
  public void addFontCollection(FSSupplier<InputStream> supplier, String family, Integer weight, IdentValue style,
      boolean subset) throws IOException {
    kept.clear();
    resolver.addFontCollection(supplier, family, weight, style, subset);
  }

  @Override
  public void addFontCollection(File file, String family, Integer weight, IdentValue style, boolean subset,
      FontGroup fontGroup) throws IOException {
    kept.clear();
    resolver.addFontCollection(file, family, weight, style, subset, fontGroup);
  }

  @Override
  public void addFontCollection(File file, String family, Integer weight, IdentValue style, boolean subset)
      throws IOException {
    kept.clear();
    resolver.addFontCollection(file, family, weight, style, subset);
  }

  @Override
  public void addFont(File fontFile, String family, Integer weight, IdentValue style, boolean subset,
      FontGroup fontGroup) throws IOException {
    kept.clear();
    resolver.addFont(fontFile, family, weight, style, subset, fontGroup);
  }

  @Override
  public void addFont(File fontFile, String family, Integer weight, IdentValue style, boolean subset)
      throws IOException {
    kept.clear();
    resolver.addFont(fontFile, family, weight, style, subset);
  }

  @Override
  public void addFont(FSSupplier<InputStream> supplier, String family, Integer weight, IdentValue style,
      boolean subset, FontGroup fontGroup) {
    kept.clear();
    resolver.addFont(supplier, family, weight, style, subset, fontGroup);
  }

  @Override
  public void addFont(FSSupplier<InputStream> supplier, String family, Integer weight, IdentValue style,
      boolean subset) {
    kept.clear();
    resolver.addFont(supplier, family, weight, style, subset);
  }

  @Override
  public void addFont(PDFontSupplier supplier, String family, Integer weight, IdentValue style, boolean subset,
      FontGroup fontGroup) {
    kept.clear();
    resolver.addFont(supplier, family, weight, style, subset, fontGroup);
  }

  @Override
  public void addFont(PDFontSupplier supplier, String family, Integer weight, IdentValue style, boolean subset) {
    kept.clear();
    resolver.addFont(supplier, family, weight, style, subset);
  }

  @Override
  public void close() {
    kept.clear();
    super.close();
    resolver.close();
  }
}
