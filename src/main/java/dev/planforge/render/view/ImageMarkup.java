package dev.planforge.render.view;

import dev.planforge.source.Picture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The {@code <img>} of a plan's picture, for the HTML page and the XHTML of the PDF: the checked
 * bytes as a {@code data:} URI (the page fetches nothing, and the PDF's engine is let read only
 * these), its size in pixels so the page keeps its place while it loads, at most as wide as the
 * text and scaled in proportion.
 */
final class ImageMarkup {

  private static final String STYLE = "display: block; margin: 0 auto; max-width: 100%; height: auto;";

  private ImageMarkup() {}

  static String img(Picture picture, String alt) {
    StringBuilder img = new StringBuilder("<img src=\"").append(dataUri(picture)).append("\" alt=\"")
        .append(attribute(alt)).append('"');
    if (picture.width() > 0 && picture.height() > 0) {
      img.append(" width=\"").append(picture.width()).append("\" height=\"").append(picture.height()).append('"')
          // On a phone a wide picture keeps 36rem, as the charts do, and scrolls in its figure
          // rather than shrinking its labels past reading; the PDF ignores min(), its line is wider.
          .append(" style=\"").append(STYLE).append(" min-width: min(").append(picture.width()).append("px, 36rem);\"");
    } else {
      img.append(" style=\"display: block; width: 100%; height: auto;\""); // an SVG without a size fills the line
    }
    return img.append(" />").toString();
  }

  /**
   * The picture as a data URI. A PNG of one bit per pixel with a palette is written again with
   * eight: the PDF library reads any one-bit image as black and white and would draw a blue
   * diagram blank (PDFBox's LosslessFactory), while browsers show both the same.
   */
  private static String dataUri(Picture picture) {
    byte[] b = picture.bytes();
    boolean onePixelPerBitPalette = picture.type() == Picture.Type.PNG && b.length > 25 && b[24] == 1 && b[25] == 3;
    if (!onePixelPerBitPalette) {
      return picture.dataUri();
    }
    try {
      BufferedImage read = ImageIO.read(new ByteArrayInputStream(b));
      if (read == null) {
        return picture.dataUri();
      }
      boolean alpha = read.getColorModel().hasAlpha();
      BufferedImage rgb = new BufferedImage(read.getWidth(), read.getHeight(),
          alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
      rgb.createGraphics().drawImage(read, 0, 0, null);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(rgb, "png", out);
      return new Picture(Picture.Type.PNG, out.toByteArray(), picture.width(), picture.height()).dataUri();
    } catch (IOException e) {
      throw new UncheckedIOException("a checked PNG cannot be decoded", e);
    }
  }

  /** Text for an attribute value in double quotes, in XHTML (no named entities but XML's). */
  private static String attribute(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
