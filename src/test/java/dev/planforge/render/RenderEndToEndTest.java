package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planforge render} as a user runs it: files written, nothing on stdout, quiet stderr. */
class RenderEndToEndTest {

  @Test
  void chineseExampleRendersToHtmlMarkdownAndPdfQuietly(@TempDir Path out) throws Exception {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"render", "plans/meet-fresh.yaml", "--out", out.toString()},
        new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
    String err = stderr.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, err);
    for (String ext : new String[] {"html", "md", "pdf"}) {
      assertTrue(Files.size(out.resolve("meet-fresh." + ext)) > 10_000, ext);
    }
    assertEquals("", stdout.toString(StandardCharsets.UTF_8), "stdout carries nothing when files are written");
    assertFalse(err.contains("INFO") || err.contains("WARNING") || err.contains("com.openhtmltopdf")
        || err.contains("org.apache"), "the PDF libraries are quiet: " + err);

    byte[] first = Files.readAllBytes(out.resolve("meet-fresh.pdf"));
    assertEquals(0, Main.run(new String[] {"render", "plans/meet-fresh.yaml", "--out", out.toString()},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    assertArrayEquals(first, Files.readAllBytes(out.resolve("meet-fresh.pdf")), "rendering twice gives the same PDF");
  }

  @Test
  void aCharacterTheFontLacksFailsThePdfAndNamesIt(@TempDir Path out) throws Exception {
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"render", "src/test/resources/render/missing-glyph.yaml", "--format", "pdf",
        "--out", out.toString()}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
    String err = stderr.toString(StandardCharsets.UTF_8);
    assertEquals(1, code, err);
    assertTrue(err.contains("U+1F600") && err.contains("missing-glyph.yaml:6:"), err);
    assertFalse(Files.exists(out.resolve("missing-glyph.pdf")), "no PDF is written");
  }
}
