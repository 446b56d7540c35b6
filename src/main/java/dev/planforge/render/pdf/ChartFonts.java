package dev.planforge.render.pdf;

import com.openhtmltopdf.svgsupport.OpenHtmlGvtGlyphVector;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;
import org.apache.batik.gvt.font.GVTGlyphVector;
import org.apache.batik.gvt.font.GVTLineMetrics;
import org.apache.batik.gvt.text.GVTAttributedCharacterIterator;
import org.apache.batik.gvt.text.TextPaintInfo;

/**
 * The chart fonts as Batik sees them: Noto Sans SC regular and bold, then Roboto for the characters
 * Noto Sans SC lacks (a ₹ in an amount, an Ş in a name) and DejaVu Sans for symbols (a ✔ in a task
 * title), laid out exactly as openhtmltopdf's own SVG fonts lay
 * them out, but drawn as PDF text in the embedded font rather than as glyph outlines. Outlines made
 * each chart label a few hundred path operators: half the PDF's bytes, a third of its render time
 * (mostly compressing them), and labels nobody could search or copy. As text, the labels use the
 * same subset fonts as the rest of the document.
 *
 * <p>Immutable once built; one per process, shared by every PDF (see {@link PdfFonts}).
 */
final class ChartFonts extends OpenHtmlFontResolver {

  /**
   * A fallback family as AWT reads it: its name (as the PDF knows it), two weights, and the
   * characters it is used for.
   */
  record FallbackFamily(String name, Font regular, Font bold, IntPredicate isFor) {}

  private final Family family;
  private final List<Family> fallbacks;
  private final List<IntPredicate> fallbackUse;

  /**
   * @param regular the regular (400) font as AWT reads it
   * @param bold the bold (700) font as AWT reads it
   * @param fallbacks the fallback families in the order they are tried
   */
  ChartFonts(Font regular, Font bold, List<FallbackFamily> fallbacks) {
    this.family = new Family(PdfFonts.FAMILY, regular, bold);
    this.fallbacks = fallbacks.stream().map(f -> new Family(f.name(), f.regular(), f.bold())).toList();
    this.fallbackUse = fallbacks.stream().map(FallbackFamily::isFor).toList();
  }

  /**
   * Batik resolves each name of a text's font-family list and gives every character the first
   * resolved font that has it. The charts ask for Noto Sans SC, then for sans-serif, which here
   * means the first fallback: so a ₹ in a chart label is drawn in Roboto.
   */
  @Override
  public GVTFontFamily resolve(String name) {
    if (PdfFonts.FAMILY.equalsIgnoreCase(name)) {
      return family;
    }
    if ("sans-serif".equalsIgnoreCase(name)) {
      return fallbacks.get(0);
    }
    return fallbacks.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst().orElse(null);
  }

  /**
   * A character no font of the list has: Batik asks here before it would use a font of the
   * machine (which a PDF must not depend on); the first fallback that has it draws it, so a ✔ in
   * a task title is drawn in DejaVu Sans.
   */
  @Override
  public GVTFontFamily getFamilyThatCanDisplay(char c) {
    for (int i = 0; i < fallbacks.size(); i++) {
      if (fallbackUse.get(i).test(c) && fallbacks.get(i).regular().canDisplay(c)) {
        return fallbacks.get(i);
      }
    }
    return null;
  }

  private record Family(String name, Font regular, Font bold) implements GVTFontFamily {

    @Override
    public String getFamilyName() {
      return name;
    }

    @Override
    public GVTFontFace getFontFace() {
      return new GVTFontFace(name);
    }

    @Override
    public GVTFont deriveFont(float size, AttributedCharacterIterator aci) {
      return deriveFont(size, aci.getAttributes());
    }

    /** 600 and heavier take the bold font, the rest the regular one, as CSS font matching does. */
    @Override
    public GVTFont deriveFont(float size, @SuppressWarnings("rawtypes") Map attributes) {
      Object weight = attributes.get(TextAttribute.WEIGHT);
      boolean isBold = weight instanceof Float w && w >= TextAttribute.WEIGHT_DEMIBOLD;
      // Derived PLAIN, as openhtmltopdf derives its SVG fonts, so glyph advances stay the same.
      return new ChartFont((isBold ? bold : regular).deriveFont(Font.PLAIN, size), isBold, this);
    }

    @Override
    public boolean isComplex() {
      return false;
    }
  }

  /** One weight at one size. */
  private record ChartFont(Font awt, boolean bold, Family family) implements GVTFont {

    @Override
    public boolean canDisplay(char c) {
      return awt.canDisplay(c);
    }

    @Override
    public int canDisplayUpTo(char[] text, int start, int limit) {
      return awt.canDisplayUpTo(text, start, limit);
    }

    @Override
    public int canDisplayUpTo(CharacterIterator iter, int start, int limit) {
      return awt.canDisplayUpTo(iter, start, limit);
    }

    @Override
    public int canDisplayUpTo(String s) {
      return awt.canDisplayUpTo(s);
    }

    @Override
    public GVTGlyphVector createGlyphVector(FontRenderContext frc, char[] chars) {
      return createGlyphVector(frc, new String(chars));
    }

    @Override
    public GVTGlyphVector createGlyphVector(FontRenderContext frc, CharacterIterator iter) {
      return new TextGlyphVector(awt.createGlyphVector(frc, iter), this, frc);
    }

    @Override
    public GVTGlyphVector createGlyphVector(FontRenderContext frc, int[] glyphCodes, CharacterIterator iter) {
      throw new UnsupportedOperationException("chart text is laid out from characters, not glyph codes");
    }

    @Override
    public GVTGlyphVector createGlyphVector(FontRenderContext frc, String s) {
      return new TextGlyphVector(awt.createGlyphVector(frc, s), this, frc);
    }

    @Override
    public GVTFont deriveFont(float size) {
      return new ChartFont(awt.deriveFont(size), bold, family);
    }

    @Override
    public String getFamilyName() {
      return family.name();
    }

    @Override
    public GVTLineMetrics getLineMetrics(char[] chars, int begin, int limit, FontRenderContext frc) {
      return new GVTLineMetrics(awt.getLineMetrics(chars, begin, limit, frc));
    }

    @Override
    public GVTLineMetrics getLineMetrics(CharacterIterator ci, int begin, int limit, FontRenderContext frc) {
      return new GVTLineMetrics(awt.getLineMetrics(ci, begin, limit, frc));
    }

    @Override
    public GVTLineMetrics getLineMetrics(String s, FontRenderContext frc) {
      return new GVTLineMetrics(awt.getLineMetrics(s, frc));
    }

    @Override
    public GVTLineMetrics getLineMetrics(String s, int begin, int limit, FontRenderContext frc) {
      return new GVTLineMetrics(awt.getLineMetrics(s, begin, limit, frc));
    }

    /** In thousandths, as openhtmltopdf's SVG font reports it, so Batik's layout does not change. */
    @Override
    public float getSize() {
      return awt.getSize() / 1000f;
    }

    @Override
    public float getVKern(int glyphCode1, int glyphCode2) {
      return 0;
    }

    @Override
    public float getHKern(int glyphCode1, int glyphCode2) {
      return 0;
    }

    /**
     * The font to hand to the PDF graphics for drawing: its family and BOLD style are what
     * openhtmltopdf maps to the document's embedded font of that family and weight.
     */
    Font forDrawing() {
      return bold ? awt.deriveFont(Font.BOLD) : awt;
    }
  }

  /** A run of chart text, drawn as a PDF text string at the position Batik laid it out at. */
  private static final class TextGlyphVector extends OpenHtmlGvtGlyphVector {

    private final GlyphVector glyphs;
    private final ChartFont font;

    TextGlyphVector(GlyphVector glyphs, ChartFont font, FontRenderContext frc) {
      super(glyphs, font, frc);
      this.glyphs = glyphs;
      this.font = font;
    }

    @Override
    public void draw(Graphics2D g, AttributedCharacterIterator aci) {
      if (!laidOutAsOneString()) {
        super.draw(g, aci); // per-glyph positions (x lists, letter-spacing): outlines keep them
        return;
      }
      TextPaintInfo paint = (TextPaintInfo) aci.getAttribute(GVTAttributedCharacterIterator.TextAttribute.PAINT_INFO);
      if (paint != null) {
        if (paint.fillPaint == null) {
          return; // fill="none"
        }
        g.setPaint(paint.fillPaint);
      }
      StringBuilder text = new StringBuilder(aci.getEndIndex() - aci.getBeginIndex());
      for (char c = aci.first(); c != CharacterIterator.DONE; c = aci.next()) {
        text.append(c);
      }
      Point2D at = getGlyphPosition(0);
      g.setFont(font.forDrawing());
      g.drawString(text.toString(), (float) at.getX(), (float) at.getY());
    }

    /**
     * The run's box from its advances and line metrics, where Batik placed it. Batik asks for it
     * before painting (to skip what falls outside the clip); the stock answer traced every
     * glyph's outline for it.
     */
    @Override
    public Rectangle2D getBounds2D(AttributedCharacterIterator aci) {
      if (!laidOutAsOneString()) {
        return super.getBounds2D(aci);
      }
      Rectangle2D box = glyphs.getLogicalBounds(); // measured from the origin, not where Batik put it
      Point2D at = getGlyphPosition(0);
      return new Rectangle2D.Double(at.getX() + box.getX(), at.getY() + box.getY(), box.getWidth(), box.getHeight());
    }

    /**
     * Whether every glyph sits where the font's own advances put it after the first, on one
     * baseline, untransformed: then the PDF's text drawing puts each glyph in the same place.
     */
    private boolean laidOutAsOneString() {
      int n = getNumGlyphs();
      if (n == 0) {
        return false;
      }
      Point2D previous = getGlyphPosition(0);
      for (int i = 0; i < n; i++) {
        if (getGlyphTransform(i) != null || !isGlyphVisible(i)) {
          return false;
        }
        if (i > 0) {
          Point2D at = getGlyphPosition(i);
          float advance = glyphs.getGlyphMetrics(i - 1).getAdvanceX();
          if (Math.abs(at.getX() - previous.getX() - advance) > 0.01 || Math.abs(at.getY() - previous.getY()) > 0.01) {
            return false;
          }
          previous = at;
        }
      }
      return true;
    }
  }
}
