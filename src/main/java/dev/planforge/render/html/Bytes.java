package dev.planforge.render.html;

import java.util.Arrays;

/** A growable big-endian byte buffer with the number encodings of OpenType and WOFF2. */
final class Bytes {

  private byte[] buf = new byte[256];
  private int size;

  int size() {
    return size;
  }

  Bytes u8(int v) {
    ensure(1);
    buf[size++] = (byte) v;
    return this;
  }

  Bytes u16(int v) {
    return u8(v >>> 8).u8(v);
  }

  Bytes u32(long v) {
    return u16((int) (v >>> 16)).u16((int) v);
  }

  /** WOFF2's 255UInt16: one byte below 253, else a marker byte and one or two more. */
  Bytes u255(int v) {
    if (v < 253) {
      return u8(v);
    } else if (v < 506) {
      return u8(255).u8(v - 253);
    } else if (v < 762) {
      return u8(254).u8(v - 506);
    }
    return u8(253).u16(v);
  }

  /** WOFF2's UIntBase128: seven bits a byte, most significant first, no leading zero byte. */
  Bytes base128(long v) {
    int n = 1;
    while (n < 5 && (v >>> (7 * n)) != 0) {
      n++;
    }
    for (int i = n - 1; i >= 0; i--) {
      u8((int) ((v >>> (7 * i)) & 0x7F) | (i > 0 ? 0x80 : 0));
    }
    return this;
  }

  Bytes bytes(byte[] b, int from, int length) {
    ensure(length);
    System.arraycopy(b, from, buf, size, length);
    size += length;
    return this;
  }

  Bytes append(Bytes other) {
    return bytes(other.buf, 0, other.size);
  }

  /** Zero bytes up to the next multiple of four. */
  Bytes pad4() {
    while ((size & 3) != 0) {
      u8(0);
    }
    return this;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }
}
