package dev.planforge.render.html;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A TrueType font as WOFF2 (W3C WOFF2, section 4): a 48-byte header, a compact table directory,
 * then every table in one Brotli stream, glyf and loca transformed ({@link GlyfTransform}), the
 * others as they are. The same font and Brotli library give the same bytes.
 *
 * <p>Brotli comes from Brotli4j (the Google encoder through JNI, with natives for Linux, macOS and
 * Windows on x86-64 and ARM64 in the jar): there is no pure-Java Brotli encoder to be had.
 */
final class Woff2 {

  /**
   * Brotli quality, measured on the Chinese example's regular subset (250 KB as TrueType): 7 gives
   * 137 KB in 20 ms; 9 no smaller in 0.4 s (its hash tables cost a quarter second even for a 10 KB
   * font); 10 and 11 save 4.5 % (6 KB) for 0.6 and 1.8 s. A page is rendered more often than it is
   * downloaded slowly.
   */
  static final int QUALITY = 7;

  private static final int SIGNATURE = 0x774F4632; // 'wOF2'
  private static final int HEADER_SIZE = 48;
  /** The tags WOFF2 encodes as their index, in the specification's order (section 4.2). */
  private static final List<String> KNOWN_TAGS = List.of("cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2",
      "post", "cvt ", "fpgm", "glyf", "loca", "prep", "CFF ", "VORG", "EBDT", "EBLC", "gasp", "hdmx", "kern", "LTSH",
      "PCLT", "VDMX", "vhea", "vmtx", "BASE", "GDEF", "GPOS", "GSUB", "EBSC", "JSTF", "MATH", "CBDT", "CBLC", "COLR",
      "CPAL", "SVG ", "sbix", "acnt", "avar", "bdat", "bloc", "bsln", "cvar", "fdsc", "feat", "fmtx", "fvar", "gvar",
      "hsty", "just", "lcar", "mort", "morx", "opbd", "prop", "trak", "Zapf", "Silf", "Glat", "Gloc", "Feat", "Sill");

  private Woff2() {}

  private record Table(String tag, byte[] data) {}

  /** {@code ttf} (TrueType outlines, as a subsetter writes it) as WOFF2. */
  static byte[] encode(byte[] ttf) throws IOException {
    return encode(ttf, QUALITY);
  }

  /** The same with Brotli at {@code quality} (0 to 11). */
  static byte[] encode(byte[] ttf, int quality) throws IOException {
    List<Table> tables = tables(ttf);
    Table glyf = find(tables, "glyf");
    Table loca = find(tables, "loca");
    Table head = find(tables, "head");
    Table maxp = find(tables, "maxp");
    if (glyf == null || loca == null || head == null || maxp == null) {
      throw new IOException("not a TrueType font with outlines (glyf, loca, head, maxp)");
    }
    // Bit 11 of head.flags says the font went through a lossless transform (WOFF2, section 5).
    byte[] headData = head.data().clone();
    headData[16] |= 0x08;
    int numGlyphs = GlyfTransform.u16(maxp.data(), 4);
    int indexFormat = GlyfTransform.u16(headData, 50);
    byte[] transformedGlyf = GlyfTransform.transform(glyf.data(), loca.data(), numGlyphs, indexFormat);

    // Directory order is stream order; by tag, with loca right after glyf as decoders expect.
    List<Table> order = new ArrayList<>(tables);
    order.sort(Comparator.comparing(Table::tag));
    order.remove(loca);
    order.add(order.indexOf(glyf) + 1, loca);

    Bytes directory = new Bytes();
    Bytes stream = new Bytes();
    long sfntSize = 12 + 16L * tables.size();
    for (Table t : order) {
      int index = KNOWN_TAGS.indexOf(t.tag());
      // Transform version 0 is "transformed" for glyf and loca, "as is" for every other table.
      directory.u8(index < 0 ? 63 : index);
      if (index < 0) {
        directory.bytes(t.tag().getBytes(StandardCharsets.ISO_8859_1), 0, 4);
      }
      directory.base128(t.data().length);
      sfntSize += (t.data().length + 3) & ~3;
      if (t == glyf) {
        directory.base128(transformedGlyf.length);
        stream.bytes(transformedGlyf, 0, transformedGlyf.length);
      } else if (t == loca) {
        directory.base128(0); // rebuilt by the decoder
      } else {
        byte[] data = t == head ? headData : t.data();
        stream.bytes(data, 0, data.length);
      }
    }
    byte[] compressed = brotli(stream.toByteArray(), quality);

    Bytes out = new Bytes();
    int length = (HEADER_SIZE + directory.size() + compressed.length + 3) & ~3;
    out.u32(SIGNATURE).u32(0x00010000).u32(length).u16(tables.size()).u16(0).u32(sfntSize).u32(compressed.length);
    out.u16(GlyfTransform.u16(headData, 4)).u16(GlyfTransform.u16(headData, 6)); // the font's revision
    out.u32(0).u32(0).u32(0).u32(0).u32(0); // no metadata, no private data
    out.append(directory).bytes(compressed, 0, compressed.length).pad4();
    return out.toByteArray();
  }

  private static byte[] brotli(byte[] data, int quality) throws IOException {
    if (!Brotli4jLoader.isAvailable()) {
      Throwable cause = Brotli4jLoader.getUnavailabilityCause();
      throw new IOException("the Brotli library WOFF2 needs is not available on " + System.getProperty("os.name")
          + " " + System.getProperty("os.arch").toLowerCase(Locale.ROOT) + " (" + cause.getMessage()
          + "); render the HTML without --html-fonts embed", cause);
    }
    return Encoder.compress(data, new Encoder.Parameters().setQuality(quality).setWindow(22)
        .setMode(Encoder.Mode.FONT));
  }

  /** The tables of an sfnt, as its directory lists them. */
  private static List<Table> tables(byte[] ttf) throws IOException {
    if (ttf.length < 12 || GlyfTransform.s32(ttf, 0) != 0x00010000) {
      throw new IOException("not a TrueType font");
    }
    int n = GlyfTransform.u16(ttf, 4);
    List<Table> tables = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int record = 12 + 16 * i;
      String tag = new String(ttf, record, 4, StandardCharsets.ISO_8859_1);
      int offset = GlyfTransform.s32(ttf, record + 8);
      int length = GlyfTransform.s32(ttf, record + 12);
      if (offset < 0 || length < 0 || offset + length > ttf.length) {
        throw new IOException("font table " + tag + " lies outside the file");
      }
      byte[] data = new byte[length];
      System.arraycopy(ttf, offset, data, 0, length);
      tables.add(new Table(tag, data));
    }
    return tables;
  }

  private static Table find(List<Table> tables, String tag) {
    return tables.stream().filter(t -> t.tag().equals(tag)).findFirst().orElse(null);
  }
}
