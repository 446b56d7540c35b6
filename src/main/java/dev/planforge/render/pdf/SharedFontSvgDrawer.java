package dev.planforge.render.pdf;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import java.io.File;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Batik's SVG drawer (no scripts, no external resources) given the chart fonts loaded once per
 * process ({@link ChartFonts}). The stock drawer builds a fresh font resolver for every PDF and
 * would re-create the AWT fonts from 20 MB of font data each time; the charts need nothing but the
 * two embedded weights. Text is laid out by {@link LeftToRightTextPainter}.
 */
final class SharedFontSvgDrawer implements SVGDrawer {

  static {
    LeftToRightTextPainter.install(); // before Batik makes a text node
  }

  private final BatikSVGDrawer batik = new BatikSVGDrawer(
      BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE);
  private final OpenHtmlFontResolver fonts;

  SharedFontSvgDrawer(OpenHtmlFontResolver fonts) {
    this.fonts = fonts;
  }

  @Override
  public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
    // The document declares no @font-face: the embedded fonts are all there is.
    batik.fontResolver = fonts;
  }

  @Override
  public void withUserAgent(UserAgentCallback userAgentCallback) {
    batik.withUserAgent(userAgentCallback);
  }

  @Override
  public SVGImage buildSVGImage(Element svgElement, Box box, CssContext c, double cssWidth, double cssHeight,
      double dotsPerPixel) {
    return batik.buildSVGImage(svgElement, box, c, cssWidth, cssHeight, dotsPerPixel);
  }

  @Override
  public void addFontFile(File fontFile, String family, Integer weight, FontStyle style) {
    throw new UnsupportedOperationException("chart fonts are fixed: " + PdfFonts.FAMILY);
  }

  @Override
  public void close() {
    batik.close();
  }
}
