package dev.planforge.render.html;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A WOFF2 decoder written from the specification for the tests, independent of the encoder: it
 * checks the header and directory, decompresses the stream, rebuilds glyf and loca from the
 * transformed glyf (section 5.1) and returns a TrueType font that fontbox can parse.
 */
final class Woff2Decoder {

  private static final List<String> KNOWN_TAGS = List.of("cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2",
      "post", "cvt ", "fpgm", "glyf", "loca", "prep", "CFF ", "VORG", "EBDT", "EBLC", "gasp", "hdmx", "kern", "LTSH",
      "PCLT", "VDMX", "vhea", "vmtx", "BASE", "GDEF", "GPOS", "GSUB", "EBSC", "JSTF", "MATH", "CBDT", "CBLC", "COLR",
      "CPAL", "SVG ", "sbix", "acnt", "avar", "bdat", "bloc", "bsln", "cvar", "fdsc", "feat", "fmtx", "fvar", "gvar",
      "hsty", "just", "lcar", "mort", "morx", "opbd", "prop", "trak", "Zapf", "Silf", "Glat", "Gloc", "Feat", "Sill");

  private Woff2Decoder() {}

  private record Entry(String tag, int transform, long origLength, long transformLength) {}

  static byte[] decode(byte[] woff2) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(woff2);
    check(in.getInt() == 0x774F4632, "signature wOF2");
    check(in.getInt() == 0x00010000, "TrueType flavor");
    check(in.getInt() == woff2.length, "length equals the file's");
    check(woff2.length % 4 == 0, "length a multiple of 4");
    int numTables = in.getShort() & 0xFFFF;
    check(in.getShort() == 0, "reserved 0");
    in.getInt(); // totalSfntSize
    int compressedLength = in.getInt();
    in.getInt(); // major, minor version
    for (int i = 0; i < 5; i++) {
      check(in.getInt() == 0, "no metadata or private block");
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < numTables; i++) {
      int flags = in.get() & 0xFF;
      String tag;
      if ((flags & 63) == 63) {
        byte[] t = new byte[4];
        in.get(t);
        tag = new String(t, StandardCharsets.ISO_8859_1);
      } else {
        tag = KNOWN_TAGS.get(flags & 63);
      }
      int transform = flags >> 6;
      long origLength = base128(in);
      boolean transformed = (tag.equals("glyf") || tag.equals("loca")) ? transform == 0 : transform != 0;
      long transformLength = transformed ? base128(in) : origLength;
      entries.add(new Entry(tag, transform, origLength, transformLength));
    }
    byte[] compressed = new byte[compressedLength];
    in.get(compressed);
    Brotli4jLoader.ensureAvailability();
    DirectDecompress result = Decoder.decompress(compressed);
    check(result.getResultStatus() == DecoderJNI.Status.DONE, "Brotli stream decodes");
    byte[] stream = result.getDecompressedData();

    Map<String, byte[]> tables = new TreeMap<>();
    int at = 0;
    for (Entry e : entries) {
      byte[] data = new byte[(int) e.transformLength()];
      System.arraycopy(stream, at, data, 0, data.length);
      at += data.length;
      tables.put(e.tag(), data);
    }
    check(at == stream.length, "the stream holds exactly the tables");
    Entry glyf = entries.stream().filter(e -> e.tag().equals("glyf")).findFirst().orElseThrow();
    Entry loca = entries.stream().filter(e -> e.tag().equals("loca")).findFirst().orElseThrow();
    check(entries.indexOf(loca) == entries.indexOf(glyf) + 1, "loca right after glyf");
    if (glyf.transform() == 0) {
      check(loca.transform() == 0 && loca.transformLength() == 0, "loca transformed with glyf, empty");
      byte[][] rebuilt = rebuild(tables.get("glyf"));
      tables.put("glyf", rebuilt[0]);
      tables.put("loca", rebuilt[1]);
      byte[] head = tables.get("head");
      head[50] = 0;
      head[51] = 1; // long loca offsets, as rebuilt
    }
    return sfnt(tables);
  }

  /** glyf and loca (32-bit offsets) from the transformed glyf table. */
  private static byte[][] rebuild(byte[] t) throws IOException {
    ByteBuffer h = ByteBuffer.wrap(t);
    check(h.getShort() == 0, "reserved 0");
    check(h.getShort() == 0, "no overlap bitmap");
    int numGlyphs = h.getShort() & 0xFFFF;
    h.getShort(); // indexFormat
    int[] sizes = new int[7];
    for (int i = 0; i < 7; i++) {
      sizes[i] = h.getInt();
    }
    ByteBuffer[] s = new ByteBuffer[7];
    int at = 36;
    for (int i = 0; i < 7; i++) {
      s[i] = ByteBuffer.wrap(t, at, sizes[i]).slice();
      at += sizes[i];
    }
    check(at == t.length, "the streams fill the table");
    ByteBuffer contours = s[0];
    ByteBuffer points = s[1];
    ByteBuffer flagStream = s[2];
    ByteBuffer glyphs = s[3];
    ByteBuffer composites = s[4];
    ByteBuffer bbox = s[5];
    ByteBuffer instructions = s[6];
    byte[] bitmap = new byte[4 * ((numGlyphs + 31) >> 5)];
    bbox.get(bitmap);
    ByteArrayOutputStream glyf = new ByteArrayOutputStream();
    ByteBuffer loca = ByteBuffer.allocate(4 * (numGlyphs + 1));
    for (int g = 0; g < numGlyphs; g++) {
      loca.putInt(glyf.size());
      int n = contours.getShort();
      boolean hasBox = (bitmap[g >> 3] & (0x80 >> (g & 7))) != 0;
      ByteBuffer out = ByteBuffer.allocate(1 << 16);
      if (n == 0) {
        check(!hasBox, "no box for an empty glyph");
        continue;
      } else if (n == -1) {
        check(hasBox, "a composite has its box");
        out.putShort((short) -1);
        for (int i = 0; i < 4; i++) {
          out.putShort(bbox.getShort());
        }
        boolean instr = false;
        int flags;
        do {
          flags = composites.getShort() & 0xFFFF;
          instr |= (flags & 0x100) != 0;
          int size = 2 + ((flags & 1) != 0 ? 4 : 2)
              + ((flags & 8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
          out.putShort((short) flags);
          for (int i = 0; i < size; i++) {
            out.put(composites.get());
          }
        } while ((flags & 0x20) != 0);
        if (instr) {
          int len = read255(glyphs);
          out.putShort((short) len);
          for (int i = 0; i < len; i++) {
            out.put(instructions.get());
          }
        }
      } else {
        int[] ends = new int[n];
        int total = 0;
        for (int c = 0; c < n; c++) {
          total += read255(points);
          ends[c] = total - 1;
        }
        int[] x = new int[total];
        int[] y = new int[total];
        boolean[] on = new boolean[total];
        int px = 0;
        int py = 0;
        for (int p = 0; p < total; p++) {
          int f = flagStream.get() & 0xFF;
          on[p] = (f >> 7) == 0;
          int[] d = triplet(f & 0x7F, glyphs);
          px += d[0];
          py += d[1];
          x[p] = px;
          y[p] = py;
        }
        int len = read255(glyphs);
        out.putShort((short) n);
        if (hasBox) {
          for (int i = 0; i < 4; i++) {
            out.putShort(bbox.getShort());
          }
        } else {
          int xMin = Integer.MAX_VALUE;
          int yMin = Integer.MAX_VALUE;
          int xMax = Integer.MIN_VALUE;
          int yMax = Integer.MIN_VALUE;
          for (int p = 0; p < total; p++) {
            xMin = Math.min(xMin, x[p]);
            yMin = Math.min(yMin, y[p]);
            xMax = Math.max(xMax, x[p]);
            yMax = Math.max(yMax, y[p]);
          }
          out.putShort((short) xMin).putShort((short) yMin).putShort((short) xMax).putShort((short) yMax);
        }
        for (int e : ends) {
          out.putShort((short) e);
        }
        out.putShort((short) len);
        for (int i = 0; i < len; i++) {
          out.put(instructions.get());
        }
        for (int p = 0; p < total; p++) {
          out.put((byte) (on[p] ? 1 : 0)); // long x and y vectors
        }
        int last = 0;
        for (int p = 0; p < total; p++) {
          out.putShort((short) (x[p] - last));
          last = x[p];
        }
        last = 0;
        for (int p = 0; p < total; p++) {
          out.putShort((short) (y[p] - last));
          last = y[p];
        }
      }
      while (out.position() % 4 != 0) {
        out.put((byte) 0);
      }
      glyf.write(out.array(), 0, out.position());
    }
    loca.putInt(glyf.size());
    check(!contours.hasRemaining() && !points.hasRemaining() && !flagStream.hasRemaining() && !glyphs.hasRemaining()
        && !composites.hasRemaining() && !bbox.hasRemaining() && !instructions.hasRemaining(), "every stream used up");
    return new byte[][] {glyf.toByteArray(), loca.array()};
  }

  /** Section 5.2's triplet decoding, as the specification's table gives it. */
  private static int[] triplet(int flag, ByteBuffer in) {
    int dx;
    int dy;
    if (flag < 10) {
      dx = 0;
      dy = sign(flag, ((flag & 14) << 7) + u8(in));
    } else if (flag < 20) {
      dx = sign(flag, (((flag - 10) & 14) << 7) + u8(in));
      dy = 0;
    } else if (flag < 84) {
      int b0 = flag - 20;
      int b1 = u8(in);
      dx = sign(flag, 1 + (b0 & 0x30) + (b1 >> 4));
      dy = sign(flag >> 1, 1 + ((b0 & 0x0C) << 2) + (b1 & 0x0F));
    } else if (flag < 120) {
      int b0 = flag - 84;
      dx = sign(flag, 1 + ((b0 / 12) << 8) + u8(in));
      dy = sign(flag >> 1, 1 + (((b0 % 12) >> 2) << 8) + u8(in));
    } else if (flag < 124) {
      int b1 = u8(in);
      int b2 = u8(in);
      int b3 = u8(in);
      dx = sign(flag, (b1 << 4) + (b2 >> 4));
      dy = sign(flag >> 1, ((b2 & 0x0F) << 8) + b3);
    } else {
      int b1 = u8(in);
      int b2 = u8(in);
      int b3 = u8(in);
      int b4 = u8(in);
      dx = sign(flag, (b1 << 8) + b2);
      dy = sign(flag >> 1, (b3 << 8) + b4);
    }
    return new int[] {dx, dy};
  }

  private static int sign(int flag, int value) {
    return (flag & 1) != 0 ? value : -value;
  }

  private static int u8(ByteBuffer in) {
    return in.get() & 0xFF;
  }

  private static int read255(ByteBuffer in) {
    int code = u8(in);
    return switch (code) {
      case 253 -> in.getShort() & 0xFFFF;
      case 254 -> 506 + u8(in);
      case 255 -> 253 + u8(in);
      default -> code;
    };
  }

  private static long base128(ByteBuffer in) throws IOException {
    long v = 0;
    for (int i = 0; i < 5; i++) {
      int b = u8(in);
      check(!(i == 0 && b == 0x80), "no leading zero in UIntBase128");
      v = (v << 7) | (b & 0x7F);
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("UIntBase128 longer than 5 bytes");
  }

  /** The tables as an sfnt with a sorted directory (checksums left 0: fontbox does not check them). */
  private static byte[] sfnt(Map<String, byte[]> tables) {
    int n = tables.size();
    int size = 12 + 16 * n;
    for (byte[] t : tables.values()) {
      size += (t.length + 3) & ~3;
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    out.putInt(0x00010000).putShort((short) n).putShort((short) 0).putShort((short) 0).putShort((short) 0);
    int offset = 12 + 16 * n;
    for (Map.Entry<String, byte[]> e : tables.entrySet()) {
      out.put(e.getKey().getBytes(StandardCharsets.ISO_8859_1)).putInt(0).putInt(offset).putInt(e.getValue().length);
      offset += (e.getValue().length + 3) & ~3;
    }
    for (byte[] t : tables.values()) {
      out.put(t);
      out.position((out.position() + 3) & ~3);
    }
    return out.array();
  }

  private static void check(boolean ok, String what) throws IOException {
    if (!ok) {
      throw new IOException("WOFF2 decoding: expected " + what);
    }
  }
}
