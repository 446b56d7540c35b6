package dev.planforge.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planforge render --html-fonts}: the command line reaches the HTML, and a wrong value is a usage error. */
class HtmlFontsOptionTest {

  @TempDir
  Path dir;

  @Test
  void embedPutsTheFontsInTheHtmlAndSystemIsTheDefault() throws IOException {
    assertEquals(Main.OK, run("render", "--format", "html", "--html-fonts", "embed", "--out", dir.resolve("e").toString(),
        "plans/meet-fresh.yaml"));
    assertEquals(Main.OK, run("render", "--format", "html", "--out", dir.resolve("s").toString(), "plans/meet-fresh.yaml"));
    String embedded = Files.readString(dir.resolve("e/meet-fresh.html"), StandardCharsets.UTF_8);
    String system = Files.readString(dir.resolve("s/meet-fresh.html"), StandardCharsets.UTF_8);
    assertTrue(embedded.contains("src: url(data:font/woff2;base64,"), "embedded fonts");
    assertTrue(embedded.contains("font-src data:"));
    assertFalse(system.contains("data:font/"), "the default is the reader's fonts");
  }

  @Test
  void anUnknownChoiceIsAUsageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"render", "--html-fonts", "web", "plans/meet-fresh.yaml"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(Main.USAGE, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("'web' is not a choice of HTML fonts (expected system or embed)"),
        err.toString(StandardCharsets.UTF_8));
  }

  private static int run(String... args) {
    return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }
}
