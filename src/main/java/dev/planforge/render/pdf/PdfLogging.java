package dev.planforge.render.pdf;

import com.openhtmltopdf.util.XRLog;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Quiets the PDF libraries, which otherwise print some 35 lines per PDF to stderr (openhtmltopdf
 * at INFO, PDFBox's font notices), unless the user asked for {@code --verbose}. These switches are
 * the libraries' own global ones; the loggers are kept here so the JVM cannot drop their levels.
 */
final class PdfLogging {

  private static final List<Logger> LOGGERS = List.of(
      Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"),
      Logger.getLogger("com.openhtmltopdf"), Logger.getLogger("org.apache.batik"));

  private PdfLogging() {}

  static void configure(boolean verbose) {
    XRLog.setLoggingEnabled(verbose);
    Level level = verbose ? Level.INFO : Level.SEVERE;
    LOGGERS.forEach(l -> l.setLevel(level));
  }
}
