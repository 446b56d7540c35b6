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

  private final PdfFonts fonts;

  EmbeddedFontMapper(PdfFonts fonts) {
    this.fonts = fonts;
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
    return baseFont != null && baseFont.contains("Bold") ? fonts.bold : fonts.regular;
  }
}
