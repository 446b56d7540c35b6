package dev.planforge.cli;

import dev.planforge.render.Document;
import dev.planforge.render.Format;
import dev.planforge.render.Renderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One plan's outputs, rendered in memory, in the order asked for. A plan rendered alone has its
 * PDF (most of the work) laid out on a thread of its own while this one writes the other formats:
 * on two cores that takes the HTML, Markdown and JSON off the critical path. They share the
 * document model, which the first to ask builds and the other waits for. In a batch each plan
 * keeps to its thread while other plans keep the cores busy; the last to start spreads like a
 * plan alone, so the thread that finishes before it is not left idle.
 */
final class Outputs {

  private Outputs() {}

  /**
   * @param baseName the plan's file name without its extension
   * @param pdfBeside whether the PDF may be rendered on a thread of its own
   * @return file name to bytes, in the order of {@code renderers}
   * @throws IOException the first failure in that order, as a render one after another gives it
   */
  static Map<String, byte[]> render(List<Renderer> renderers, Document document, String baseName, boolean pdfBeside)
      throws IOException {
    FutureTask<byte[]> pdf = null;
    if (pdfBeside && renderers.size() > 1) {
      for (Renderer r : renderers) {
        if (r.format() == Format.PDF) {
          pdf = new FutureTask<>(() -> render(r, document));
          Thread t = new Thread(pdf, "planforge-pdf");
          t.setDaemon(true);
          t.start();
        }
      }
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    try {
      for (Renderer r : renderers) {
        byte[] bytes = pdf != null && r.format() == Format.PDF ? result(pdf) : render(r, document);
        files.put(baseName + "." + r.format().extension(), bytes);
      }
    } finally {
      if (pdf != null && !pdf.isDone()) {
        pdf.cancel(true); // an earlier format failed: its outputs are not wanted
      }
    }
    return files;
  }

  static byte[] render(Renderer renderer, Document document) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      renderer.render(document, bytes);
    } catch (IOException e) {
      throw new IOException("cannot render " + renderer.format().cliName() + ": " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  /** The PDF task's bytes, or what it threw, as if it had run on this thread. */
  private static byte[] result(FutureTask<byte[]> pdf) throws IOException {
    try {
      return pdf.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while rendering the PDF", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      } else if (cause instanceof RuntimeException re) {
        throw re;
      } else if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
