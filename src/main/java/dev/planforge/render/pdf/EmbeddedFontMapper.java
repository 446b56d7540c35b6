package dev.planforge.render.pdf;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapper, answered from the embedded fonts alone. PDFBox asks it when a font is not
 * embedded (the standard-14 fonts openhtmltopdf registers as fallbacks); the default mapper would
 * scan the machine's fonts, slowly, and make output depend on what is installed.
 */
final class EmbeddedFontMapper implements FontMapper {

  private final PdfFonts first;

  /** Answers with the fonts the asking thread has borrowed, else with {@code first}. */
  EmbeddedFontMapper(PdfFonts first) {
    this.first = first;
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(pick(baseFont), true);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(pick(baseFont), true);
  }

  @Override
  public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
    return new CIDFontMapping(null, pick(baseFont), true);
  }

  private TrueTypeFont pick(String baseFont) {
    // The mapper is global, PDFs are made on several threads at once, and a parsed font must not
    // be read by two of them: each PDF's standard-14 fonts get the set its own thread borrowed.
    PdfFonts fonts = PdfFonts.inUse();
    PdfFonts from = fonts != null ? fonts : first;
    return baseFont != null && baseFont.contains("Bold") ? from.bold : from.regular;
  }
}
