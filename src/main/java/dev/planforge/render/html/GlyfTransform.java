package dev.planforge.render.html;

import java.io.IOException;

/**
 * The WOFF2 transform of a TrueType {@code glyf} table (W3C WOFF2, section 5.1): the outlines split
 * into seven streams (contour counts, point counts, point flags, point coordinates as "triplets",
 * composite records, bounding boxes, instructions), which Brotli compresses a fifth better than
 * the plain table. The {@code loca} table is then left out: a decoder rebuilds it.
 *
 * <p>Lossless for what a browser draws: the coordinates, contours, composite records and
 * instructions are kept exactly; a bounding box is written only when it differs from the one a
 * decoder computes from the points; the flag bits a decoder re-derives (short vectors, repeats)
 * and the overlap hint are not kept, as the specification allows.
 */
final class GlyfTransform {

  // Simple glyph point flags (OpenType glyf).
  private static final int ON_CURVE = 0x01;
  private static final int X_SHORT = 0x02;
  private static final int Y_SHORT = 0x04;
  private static final int REPEAT = 0x08;
  private static final int X_SAME_OR_POSITIVE = 0x10;
  private static final int Y_SAME_OR_POSITIVE = 0x20;
  // Composite glyph component flags.
  private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
  private static final int WE_HAVE_A_SCALE = 0x0008;
  private static final int MORE_COMPONENTS = 0x0020;
  private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
  private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
  private static final int WE_HAVE_INSTRUCTIONS = 0x0100;

  private final Bytes nContours = new Bytes();
  private final Bytes nPoints = new Bytes();
  private final Bytes flags = new Bytes();
  private final Bytes glyphs = new Bytes();
  private final Bytes composites = new Bytes();
  private final Bytes bboxes = new Bytes();
  private final Bytes instructions = new Bytes();
  private final byte[] bboxBitmap;

  private GlyfTransform(int numGlyphs) {
    bboxBitmap = new byte[4 * ((numGlyphs + 31) >> 5)];
  }

  /**
   * The transformed glyf table.
   *
   * @param glyf the glyf table
   * @param loca the loca table
   * @param numGlyphs from maxp
   * @param indexFormat from head: 0 for 16-bit loca offsets, 1 for 32-bit
   */
  static byte[] transform(byte[] glyf, byte[] loca, int numGlyphs, int indexFormat) throws IOException {
    GlyfTransform t = new GlyfTransform(numGlyphs);
    for (int i = 0; i < numGlyphs; i++) {
      int start = offset(loca, i, indexFormat);
      int end = offset(loca, i + 1, indexFormat);
      if (start > end || end > glyf.length) {
        throw new IOException("font glyf/loca inconsistent at glyph " + i);
      }
      t.glyph(glyf, start, end - start, i);
    }
    Bytes out = new Bytes();
    out.u16(0); // reserved
    out.u16(0); // optionFlags: no overlap bitmap
    out.u16(numGlyphs);
    out.u16(indexFormat);
    int bboxSize = t.bboxBitmap.length + t.bboxes.size();
    for (int size : new int[] {t.nContours.size(), t.nPoints.size(), t.flags.size(), t.glyphs.size(),
        t.composites.size(), bboxSize, t.instructions.size()}) {
      out.u32(size);
    }
    out.append(t.nContours).append(t.nPoints).append(t.flags).append(t.glyphs).append(t.composites);
    out.bytes(t.bboxBitmap, 0, t.bboxBitmap.length);
    out.append(t.bboxes).append(t.instructions);
    return out.toByteArray();
  }

  private static int offset(byte[] loca, int index, int indexFormat) {
    return indexFormat == 0 ? 2 * u16(loca, 2 * index) : s32(loca, 4 * index);
  }

  private void glyph(byte[] g, int at, int length, int index) throws IOException {
    if (length == 0) {
      nContours.u16(0);
      return;
    }
    if (length < 10) {
      throw new IOException("font glyph " + index + " is truncated");
    }
    int contours = (short) u16(g, at);
    if (contours == 0) {
      nContours.u16(0); // no outline: drawn as nothing either way
    } else if (contours > 0) {
      simple(g, at, length, contours, index);
    } else {
      composite(g, at, length, index);
    }
  }

  private void simple(byte[] g, int at, int length, int contours, int index) throws IOException {
    int end = at + length;
    int p = at + 10;
    nContours.u16(contours);
    int[] endPts = new int[contours];
    int previous = -1;
    for (int c = 0; c < contours; c++) {
      endPts[c] = u16(g, p);
      p += 2;
      if (endPts[c] <= previous) {
        throw new IOException("font glyph " + index + " has contour end points out of order");
      }
      nPoints.u255(endPts[c] - previous);
      previous = endPts[c];
    }
    int points = previous + 1;
    int instructionLength = u16(g, p);
    p += 2;
    int instructionsAt = p;
    p += instructionLength;
    int[] pointFlags = new int[points];
    for (int n = 0; n < points; ) {
      int f = g[p++] & 0xFF;
      int repeat = (f & REPEAT) != 0 ? g[p++] & 0xFF : 0;
      for (int r = 0; r <= repeat && n < points; r++) {
        pointFlags[n++] = f;
      }
    }
    int[] x = new int[points];
    int[] y = new int[points];
    int value = 0;
    for (int n = 0; n < points; n++) {
      int f = pointFlags[n];
      if ((f & X_SHORT) != 0) {
        int d = g[p++] & 0xFF;
        value += (f & X_SAME_OR_POSITIVE) != 0 ? d : -d;
      } else if ((f & X_SAME_OR_POSITIVE) == 0) {
        value += (short) u16(g, p);
        p += 2;
      }
      x[n] = value;
    }
    value = 0;
    for (int n = 0; n < points; n++) {
      int f = pointFlags[n];
      if ((f & Y_SHORT) != 0) {
        int d = g[p++] & 0xFF;
        value += (f & Y_SAME_OR_POSITIVE) != 0 ? d : -d;
      } else if ((f & Y_SAME_OR_POSITIVE) == 0) {
        value += (short) u16(g, p);
        p += 2;
      }
      y[n] = value;
    }
    if (p > end) {
      throw new IOException("font glyph " + index + " is truncated");
    }
    int px = 0;
    int py = 0;
    int xMin = Integer.MAX_VALUE;
    int yMin = Integer.MAX_VALUE;
    int xMax = Integer.MIN_VALUE;
    int yMax = Integer.MIN_VALUE;
    for (int n = 0; n < points; n++) {
      triplet(x[n] - px, y[n] - py, (pointFlags[n] & ON_CURVE) != 0);
      px = x[n];
      py = y[n];
      xMin = Math.min(xMin, x[n]);
      yMin = Math.min(yMin, y[n]);
      xMax = Math.max(xMax, x[n]);
      yMax = Math.max(yMax, y[n]);
    }
    glyphs.u255(instructionLength);
    instructions.bytes(g, instructionsAt, instructionLength);
    // A decoder computes the box from the points; write it only when the font says otherwise.
    if ((short) u16(g, at + 2) != xMin || (short) u16(g, at + 4) != yMin || (short) u16(g, at + 6) != xMax
        || (short) u16(g, at + 8) != yMax) {
      bbox(g, at, index);
    }
  }

  private void composite(byte[] g, int at, int length, int index) throws IOException {
    int end = at + length;
    nContours.u16(0xFFFF); // -1
    int p = at + 10;
    boolean hasInstructions = false;
    int f;
    do {
      if (p + 4 > end) {
        throw new IOException("font glyph " + index + " is truncated");
      }
      f = u16(g, p);
      hasInstructions |= (f & WE_HAVE_INSTRUCTIONS) != 0;
      int size = 4 + ((f & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
      if ((f & WE_HAVE_A_SCALE) != 0) {
        size += 2;
      } else if ((f & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
        size += 4;
      } else if ((f & WE_HAVE_A_TWO_BY_TWO) != 0) {
        size += 8;
      }
      p += size;
    } while ((f & MORE_COMPONENTS) != 0);
    if (p > end) {
      throw new IOException("font glyph " + index + " is truncated");
    }
    composites.bytes(g, at + 10, p - (at + 10));
    if (hasInstructions) {
      int n = u16(g, p);
      glyphs.u255(n);
      instructions.bytes(g, p + 2, n);
    }
    bbox(g, at, index); // a composite's box is always written: a decoder cannot compute it
  }

  private void bbox(byte[] g, int at, int index) {
    bboxBitmap[index >> 3] |= (byte) (0x80 >> (index & 7));
    bboxes.bytes(g, at + 2, 8);
  }

  /** One point as the specification's triplet encoding: a flag byte and one to four data bytes. */
  private void triplet(int dx, int dy, boolean onCurve) {
    int absX = Math.abs(dx);
    int absY = Math.abs(dy);
    int offCurve = onCurve ? 0 : 0x80;
    int xSign = dx < 0 ? 0 : 1;
    int ySign = dy < 0 ? 0 : 1;
    int xySigns = xSign + 2 * ySign;
    if (dx == 0 && absY < 1280) {
      flags.u8(offCurve + ((absY & 0xF00) >> 7) + ySign);
      glyphs.u8(absY & 0xFF);
    } else if (dy == 0 && absX < 1280) {
      flags.u8(offCurve + 10 + ((absX & 0xF00) >> 7) + xSign);
      glyphs.u8(absX & 0xFF);
    } else if (absX < 65 && absY < 65) {
      flags.u8(offCurve + 20 + ((absX - 1) & 0x30) + (((absY - 1) & 0x30) >> 2) + xySigns);
      glyphs.u8((((absX - 1) & 0xF) << 4) | ((absY - 1) & 0xF));
    } else if (absX < 769 && absY < 769) {
      flags.u8(offCurve + 84 + 12 * (((absX - 1) & 0x300) >> 8) + (((absY - 1) & 0x300) >> 6) + xySigns);
      glyphs.u8((absX - 1) & 0xFF);
      glyphs.u8((absY - 1) & 0xFF);
    } else if (absX < 4096 && absY < 4096) {
      flags.u8(offCurve + 120 + xySigns);
      glyphs.u8(absX >> 4);
      glyphs.u8(((absX & 0xF) << 4) | (absY >> 8));
      glyphs.u8(absY & 0xFF);
    } else {
      flags.u8(offCurve + 124 + xySigns);
      glyphs.u16(absX);
      glyphs.u16(absY);
    }
  }

  static int u16(byte[] b, int at) {
    return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
  }

  static int s32(byte[] b, int at) {
    return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
  }
}
