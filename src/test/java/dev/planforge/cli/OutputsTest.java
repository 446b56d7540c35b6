package dev.planforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.planforge.render.Document;
import dev.planforge.render.Format;
import dev.planforge.render.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plan rendered alone has its PDF made on a thread of its own: the outputs, their order and the
 * failure reported are those of rendering one format after another.
 */
class OutputsTest {

  /** Writes its format's name and the thread it ran on, or fails with {@code failure}. */
  record Fake(Format format, IOException failure) implements Renderer {

    @Override
    public void render(Document document, OutputStream out) throws IOException {
      if (failure != null) {
        throw failure;
      }
      out.write((format.cliName() + " on " + Thread.currentThread().getName()).getBytes(StandardCharsets.UTF_8));
    }
  }

  static Fake ok(Format format) {
    return new Fake(format, null);
  }

  static Fake failing(Format format) {
    return new Fake(format, new IOException(format.cliName() + " broke"));
  }

  @Test
  void givenAPlanAlone_whenRendered_thenThePdfIsMadeOnAThreadOfItsOwn_andTheOutputsKeepTheirOrder() throws IOException {
    Map<String, byte[]> files = Outputs.render(List.of(ok(Format.HTML), ok(Format.PDF), ok(Format.MD)), null, "plan", true);

    assertEquals(List.of("plan.html", "plan.pdf", "plan.md"), List.copyOf(files.keySet()));
    String here = Thread.currentThread().getName();
    assertEquals("html on " + here, new String(files.get("plan.html"), StandardCharsets.UTF_8));
    assertEquals("pdf on planforge-pdf", new String(files.get("plan.pdf"), StandardCharsets.UTF_8));
    assertEquals("md on " + here, new String(files.get("plan.md"), StandardCharsets.UTF_8));
  }

  @Test
  void givenAPlanOfABatch_whenRendered_thenEveryFormatIsMadeOnItsThread() throws IOException {
    Map<String, byte[]> files = Outputs.render(List.of(ok(Format.HTML), ok(Format.PDF)), null, "plan", false);

    assertNotEquals("pdf on planforge-pdf", new String(files.get("plan.pdf"), StandardCharsets.UTF_8));
  }

  @Test
  void givenTheHtmlAndThePdfFail_whenRendered_thenTheFirstInOrderIsReported() {
    IOException e = assertThrows(IOException.class,
        () -> Outputs.render(List.of(failing(Format.HTML), failing(Format.PDF)), null, "plan", true));
    assertEquals("cannot render html: html broke", e.getMessage());

    IOException pdfFirst = assertThrows(IOException.class,
        () -> Outputs.render(List.of(failing(Format.PDF), failing(Format.MD)), null, "plan", true));
    assertEquals("cannot render pdf: pdf broke", pdfFirst.getMessage());
  }

  @Test
  void givenOnlyThePdfFails_whenRendered_thenItsFailureIsReportedAsOnThisThread() {
    IOException e = assertThrows(IOException.class,
        () -> Outputs.render(List.of(ok(Format.HTML), failing(Format.PDF), ok(Format.JSON)), null, "plan", true));
    assertEquals("cannot render pdf: pdf broke", e.getMessage());
  }
}
