package dev.planforge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.planforge.pipeline.Checked;
import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.diagnostic.RuleCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints diagnostics the way compilers do — {@code file:line:column: error: path: message}, the
 * source line and a caret under the column — or as JSON for other tools, or for CI as GitHub
 * workflow commands or a SARIF log.
 */
final class DiagnosticPrinter {

  private final PrintWriter out;
  private final PrintWriter err;

  DiagnosticPrinter(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  void print(List<Checked> checked, ValidateCommand.DiagnosticFormat format, boolean strict) {
    if (format == ValidateCommand.DiagnosticFormat.json) {
      printJson(checked, strict);
    } else {
      checked.forEach(c -> printText(c, strict));
    }
    out.flush();
    err.flush();
  }

  /**
   * The diagnostics of a whole run for CI, on standard output: GitHub workflow commands (with each
   * plan's verdict on standard error, and every problem appended to {@code stepSummary} when it is
   * not null) or one SARIF log.
   *
   * @param command the command that ran, named in the step summary
   * @throws IOException when the step summary cannot be written
   */
  void printForCi(String command, List<Checked> checked, ValidateCommand.DiagnosticFormat format, boolean strict,
      Path stepSummary) throws IOException {
    WorkingFolder folder = WorkingFolder.current();
    if (format == ValidateCommand.DiagnosticFormat.sarif) {
      out.println(new SarifLog(folder, version(), RuleCatalog.get()).write(checked));
    } else if (format == ValidateCommand.DiagnosticFormat.github) {
      GithubAnnotations annotations = new GithubAnnotations(out, folder);
      for (Checked c : checked) {
        annotations.plan(c);
        err.println(summary(c, strict));
      }
      annotations.finish(stepSummary != null);
      if (stepSummary != null) {
        StepSummary.append(stepSummary, StepSummary.markdown(command, checked, strict, folder));
      }
    } else {
      throw new IllegalArgumentException("not a CI format: " + format);
    }
    out.flush();
    err.flush();
  }

  /** planforge's version from the jar's manifest; a build from the source tree has none. */
  static String version() {
    String v = DiagnosticPrinter.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  /** Diagnostics and a one-line summary per plan, on standard error. */
  void printText(Checked c, boolean strict) {
    for (Diagnostic d : c.diagnostics()) {
      err.println(headline(d));
      if (d.sourceLine() != null && d.location() != null) {
        String number = String.valueOf(d.location().line());
        String gutter = " ".repeat(number.length());
        err.println(" " + number + " | " + d.sourceLine());
        if (d.location().column() > 0) {
          err.println(" " + gutter + " | " + " ".repeat(caretOffset(d.sourceLine(), d.location().column())) + "^");
        }
      }
      if (d.suggestion() != null) {
        err.println("   = " + d.suggestion());
      }
    }
    err.println(summary(c, strict));
  }

  static String headline(Diagnostic d) {
    String where = d.location() == null ? "" : d.location() + ": ";
    return where + d.severity().label() + ": " + d.path() + ": " + d.message();
  }

  private static String summary(Checked c, boolean strict) {
    String name = c.source().displayName();
    if (c.diagnostics().isEmpty()) {
      return name + ": ok";
    }
    String verdict = c.passes(strict) ? "ok" : "invalid";
    return name + ": " + verdict + " (" + count(c.errors(), "error") + ", " + count(c.warnings(), "warning") + ")";
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Terminal columns before the caret: CJK characters take two. */
  static int caretOffset(String line, int column) {
    int width = 0;
    int i = 0;
    for (int cp = 1; cp < column && i < line.length(); cp++) {
      int c = line.codePointAt(i);
      width += c == '\t' ? 1 : isWide(c) ? 2 : 1;
      i += Character.charCount(c);
    }
    return width;
  }

  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  }

  private void printJson(List<Checked> checked, boolean strict) {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    ArrayNode files = root.putArray("files");
    for (Checked c : checked) {
      ObjectNode f = files.addObject();
      f.put("file", c.source().displayName());
      f.put("valid", c.passes(strict));
      f.put("errors", c.errors());
      f.put("warnings", c.warnings());
      ArrayNode list = f.putArray("diagnostics");
      for (Diagnostic d : c.diagnostics()) {
        ObjectNode o = list.addObject();
        o.put("severity", d.severity().label());
        o.put("rule", d.rule());
        o.put("file", d.location() == null ? null : d.location().file());
        o.put("line", d.location() == null ? 0 : d.location().line());
        o.put("column", d.location() == null ? 0 : d.location().column());
        o.put("path", d.path());
        o.put("message", d.message());
        if (d.suggestion() != null) {
          o.put("suggestion", d.suggestion());
        }
      }
    }
    try {
      out.println(json.writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
