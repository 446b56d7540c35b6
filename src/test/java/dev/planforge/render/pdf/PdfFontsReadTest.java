package dev.planforge.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PdfFonts#readAll} reads a stream into one array of the size {@link InputStream#available}
 * tells; when that is only a hint (too small, too large, zero), it still returns every byte.
 */
class PdfFontsReadTest {

  /** A stream that claims {@code claimed} bytes are left, whatever is true. */
  private static final class Claiming extends ByteArrayInputStream {
    private final int claimed;

    Claiming(byte[] bytes, int claimed) {
      super(bytes);
      this.claimed = claimed;
    }

    @Override
    public synchronized int available() {
      return claimed;
    }
  }

  @ParameterizedTest(name = "{0} bytes, available() says {1}")
  @CsvSource({
    "0, 0",
    "1, 1",
    "1, 0",
    "100000, 100000",
    "100000, 0",
    "100000, 99999",
    "100000, 1",
    "100000, 100001",
    "100000, 250000",
    "100000, -1",
  })
  void readsEveryByte(int size, int claimed) throws IOException {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    assertArrayEquals(bytes, PdfFonts.readAll(new Claiming(bytes, claimed)));
  }

  /** A zip entry's inflating stream, as a font in the jar is read. */
  @ParameterizedTest(name = "{0} bytes in a zip entry")
  @CsvSource({"0", "5", "3000000"})
  void readsAZipEntry(int size) throws IOException {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("font.ttf"));
      out.write(bytes);
      out.closeEntry();
    }
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
      in.getNextEntry();
      assertArrayEquals(bytes, PdfFonts.readAll(in));
    }
  }
}
