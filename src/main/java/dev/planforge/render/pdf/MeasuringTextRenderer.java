package dev.planforge.render.pdf;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;
import com.openhtmltopdf.util.OpenUtil;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * openhtmltopdf's text measuring and drawing with each character's width looked up once per font
 * and document. Layout asks for the width of every word and line many times over, and PDFBox answers
 * each call by encoding the string to bytes, reading them back one code at a time and looking
 * every code up in a map of boxed numbers: a tenth of a warm render's time, and a sixth of what it
 * allocates.
 *
 * <p>The result is the same number to the bit, so the same PDF: PDFBox adds the characters'
 * widths one by one, left to right, in a float starting from zero; this adds the same widths (each
 * asked of PDFBox, for that one character) in the same order. Whatever the fast path does not
 * cover (a font other than our embedded ones, a character the font lacks) goes to openhtmltopdf's
 * own code, for the whole string, as before. Drawing uses the same widths only to learn whether
 * the first font has every character of a string, as the output device would ask PDFBox.
 */
class MeasuringTextRenderer extends PdfBoxTextRenderer { // not final: tests draw through the device instead

  /** Below this fraction of a point a width is rounded down, as openhtmltopdf does. */
  private static final float ROUNDING_DELTA = 0.01f;

  /**
   * The font the device draws with, which openhtmltopdf sets on it just before it asks for text to
   * be drawn; null when this openhtmltopdf has no such field (every string then goes to the device).
   */
  private static final VarHandle DEVICE_FONT = deviceFont();

  private final Map<PDFont, Widths> widths = new IdentityHashMap<>();

  @Override
  public int getWidth(FontContext context, FSFont font, String string) {
    PdfBoxFSFont pdfBoxFont = (PdfBoxFSFont) font;
    PDFont pdFont = measuredFont(pdfBoxFont);
    if (!(pdFont instanceof PDType0Font)) {
      return super.getWidth(context, font, string);
    }
    String text = printable(string);
    if (text == null) {
      return super.getWidth(context, font, string);
    }
    float sum = widths.computeIfAbsent(pdFont, Widths::new).of(text);
    if (Float.isNaN(sum)) { // a character not in this font: openhtmltopdf splits the string into runs
      return super.getWidth(context, font, string);
    }
    float points = sum / 1000f * pdfBoxFont.getSize2D();
    return points - Math.floor(points) < ROUNDING_DELTA ? (int) points : (int) Math.ceil(points);
  }

  /**
   * Draws as openhtmltopdf's output device does, without its check that the first font of the list
   * has every character: the device asks PDFBox for the width of the whole string only to learn
   * that (about 4 % of a warm render), and the widths known here answer it. When the first font
   * has them all, the device is given exactly what its own check would give it; any other string
   * goes to the device as before, to be split into runs of fonts.
   */
  @Override
  public void drawString(OutputDevice device, String string, float x, float y) {
    drawString(device, string, x, y, null);
  }

  @Override
  public void drawString(OutputDevice device, String string, float x, float y, JustificationInfo info) {
    if (!(device instanceof PdfBoxFastOutputDevice fast) || !drewInFirstFont(fast, string, x, y, info)) {
      ((PdfBoxOutputDevice) device).drawString(string, x, y, info);
    }
  }

  /** Whether {@code string} was drawn in the first font of the device's list: it has every character. */
  private boolean drewInFirstFont(PdfBoxFastOutputDevice device, String string, float x, float y, JustificationInfo info) {
    if (DEVICE_FONT == null) {
      return false;
    }
    PdfBoxFSFont font = (PdfBoxFSFont) DEVICE_FONT.get(device);
    if (font == null || font.getFontDescriptions() == null || font.getFontDescriptions().isEmpty()) {
      return false;
    }
    FontDescription first = font.getFontDescriptions().get(0);
    String text = printable(string);
    if (!(first.getFont() instanceof PDType0Font pdFont) || text == null) {
      return false;
    }
    try {
      if (Float.isNaN(widths.computeIfAbsent(pdFont, Widths::new).of(text))) {
        return false;
      }
    } catch (RuntimeException e) { // the device's own check fails on anything: so does this
      return false;
    }
    device.drawStringFast(text, x, y, info, first, font.getSize2D());
    return true;
  }

  private static VarHandle deviceFont() {
    try {
      return MethodHandles.privateLookupIn(PdfBoxFastOutputDevice.class, MethodHandles.lookup())
          .findVarHandle(PdfBoxFastOutputDevice.class, "_font", PdfBoxFSFont.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** Whether strings drawn in the first font skip the device's check (for tests). */
  static boolean drawsFast() {
    return DEVICE_FONT != null;
  }

  /**
   * What openhtmltopdf measures of {@code string} ({@link TextRenderer#getEffectivePrintableString}):
   * the string itself when every character is one a font may be asked to draw, as nearly always.
   * The same test, without the stream that openhtmltopdf builds for it on every call.
   */
  static String printable(String string) {
    if (string == null) {
      return null;
    }
    for (int i = 0; i < string.length(); ) {
      int codePoint = string.codePointAt(i);
      if (!OpenUtil.isSafeFontCodePointToPrint(codePoint)) {
        return TextRenderer.getEffectivePrintableString(string);
      }
      i += Character.charCount(codePoint);
    }
    return string;
  }

  /** The font openhtmltopdf measures with: the first of the list that it can load. */
  private static PDFont measuredFont(PdfBoxFSFont font) {
    if (font.getFontDescriptions() == null) {
      return null;
    }
    for (FontDescription description : font.getFontDescriptions()) {
      PDFont loaded = description.getFont();
      if (loaded != null) {
        return loaded;
      }
    }
    return null;
  }

  /**
   * One font's widths by character, in thousandths of the font size, filled in as characters are
   * met: pages of 256 characters, so a Chinese document touches a few hundred of them.
   */
  private static final class Widths {

    private static final float UNKNOWN = -1f; // widths are never negative
    private static final float MISSING = Float.NaN;

    private final PDFont font;
    private final float[][] pages = new float[(Character.MAX_CODE_POINT >> 8) + 1][];

    Widths(PDFont font) {
      this.font = font;
    }

    /**
     * The widths of the characters of {@code text} added one by one, left to right, from zero (as
     * PDFBox adds them); NaN as soon as one is missing from the font.
     */
    float of(String text) {
      float sum = 0f;
      for (int i = 0; i < text.length(); ) {
        int codePoint = text.codePointAt(i);
        float width = of(codePoint);
        if (Float.isNaN(width)) {
          return MISSING;
        }
        sum += width;
        i += Character.charCount(codePoint);
      }
      return sum;
    }

    /** The width PDFBox gives {@code codePoint} in this font, or NaN when the font lacks it. */
    float of(int codePoint) {
      float[] page = pages[codePoint >> 8];
      if (page == null) {
        page = new float[256];
        Arrays.fill(page, UNKNOWN);
        pages[codePoint >> 8] = page;
      }
      float width = page[codePoint & 0xff];
      if (width == UNKNOWN) {
        width = measure(codePoint);
        page[codePoint & 0xff] = width;
      }
      return width;
    }

    private float measure(int codePoint) {
      try {
        return font.getStringWidth(Character.toString(codePoint));
      } catch (IllegalArgumentException | IOException e) { // no glyph, or unreadable: the slow path
        return MISSING;
      }
    }
  }
}
