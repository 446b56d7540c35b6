package dev.planforge.render;

import java.nio.file.Path;

/**
 * How to render.
 *
 * @param templatesDir a folder whose files replace the built-in templates of the same name, or null
 * @param verbose let the PDF libraries log (they are silenced otherwise)
 * @param pdfProfile what kind of PDF to make: the fast default, archival (PDF/A) or accessible (PDF/UA)
 * @param htmlFonts whether the HTML relies on the reader's fonts or embeds a subset of its own
 */
public record RenderOptions(Path templatesDir, boolean verbose, PdfProfile pdfProfile, HtmlFonts htmlFonts) {

  public static final RenderOptions DEFAULTS = new RenderOptions(null, false, PdfProfile.STANDARD, HtmlFonts.SYSTEM);

  public RenderOptions(Path templatesDir, boolean verbose) {
    this(templatesDir, verbose, PdfProfile.STANDARD, HtmlFonts.SYSTEM);
  }

  /** The PDF's profile, named as on the command line ({@code --pdf-profile}). */
  public enum PdfProfile {
    /** Untagged, fast: the default. */
    STANDARD,
    /** Archival: PDF/A. */
    PDFA,
    /** Accessible: tagged PDF/UA with the document's language. */
    PDFUA
  }

  /** Where the HTML's fonts come from ({@code --html-fonts}). */
  public enum HtmlFonts {
    /** The reader's own fonts, through a CJK font stack. */
    SYSTEM,
    /** A subset of the embedded font holding only the characters the document uses. */
    EMBED
  }
}
