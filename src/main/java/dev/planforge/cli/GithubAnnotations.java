package dev.planforge.cli;

import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.diagnostic.Location;
import dev.planforge.pipeline.Checked;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Diagnostics as GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=…::…}),
 * which the runner turns into annotations on the lines of the pull request.
 *
 * <p>GitHub shows at most {@value #PER_KIND} error and {@value #PER_KIND} warning annotations per
 * step and drops the rest without a word, so the problems past that are printed as plain lines (the
 * log keeps them) and a closing {@code ::notice} says how many were not annotated.
 */
final class GithubAnnotations {

  /** Annotations of one kind GitHub shows per step. */
  static final int PER_KIND = 10;

  private final PrintWriter out;
  private final WorkingFolder folder;
  private int errors;
  private int warnings;
  private int errorsLeftOut;
  private int warningsLeftOut;

  GithubAnnotations(PrintWriter out, WorkingFolder folder) {
    this.out = out;
    this.folder = folder;
  }

  /** Every diagnostic of one plan: an annotation while the step has room for its kind, else a plain line. */
  void plan(Checked checked) {
    for (Diagnostic d : checked.diagnostics()) {
      boolean error = d.isError();
      int shown = error ? errors++ : warnings++;
      if (shown < PER_KIND) {
        out.println(annotation(d, checked.source().displayName()));
      } else {
        if (error) {
          errorsLeftOut++;
        } else {
          warningsLeftOut++;
        }
        out.println(DiagnosticPrinter.headline(d) + (d.suggestion() == null ? "" : " (" + d.suggestion() + ")"));
      }
    }
  }

  /** The closing notice when problems were left without an annotation; nothing otherwise. */
  void finish(boolean summarised) {
    if (errorsLeftOut + warningsLeftOut == 0) {
      return;
    }
    String count = count(errorsLeftOut, "error") + " and " + count(warningsLeftOut, "warning");
    String message = count + " not shown as annotations: GitHub shows at most " + PER_KIND + " errors and "
        + PER_KIND + " warnings per step. Every problem is listed in this step's log"
        + (summarised ? " and in the job summary." : ".");
    out.println(command("notice", Map.of("title", "planforge"), message));
  }

  /** {@code ::error file=plans/x.yaml,line=12,col=5,title=planforge schema.type::path: message}. */
  String annotation(Diagnostic d, String planName) {
    Location at = d.location();
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("file", folder.relative(at == null ? planName : at.file()));
    if (at != null && at.line() > 0) {
      properties.put("line", String.valueOf(at.line()));
      if (at.column() > 0) {
        properties.put("col", String.valueOf(at.column()));
      }
    }
    properties.put("title", "planforge " + d.rule());
    return command(d.isError() ? "error" : "warning", properties, message(d));
  }

  /** What a reader of the annotation needs: the path, the message and a near miss on its own line. */
  static String message(Diagnostic d) {
    return d.path() + ": " + d.message() + (d.suggestion() == null ? "" : "\n" + d.suggestion());
  }

  /** A workflow command as actions/toolkit's {@code issueCommand} writes it. */
  static String command(String name, Map<String, String> properties, String message) {
    StringBuilder s = new StringBuilder("::").append(name);
    if (!properties.isEmpty()) {
      s.append(' ');
      boolean first = true;
      for (Map.Entry<String, String> p : properties.entrySet()) {
        if (!first) {
          s.append(',');
        }
        first = false;
        s.append(p.getKey()).append('=').append(escapeProperty(p.getValue()));
      }
    }
    return s.append("::").append(escapeData(message)).toString();
  }

  /** actions/toolkit's {@code escapeData}: the message may hold anything but a line break. */
  static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** actions/toolkit's {@code escapeProperty}: a value may not hold the ',' between properties or the '::' after them. */
  static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

}
