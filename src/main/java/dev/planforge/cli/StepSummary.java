package dev.planforge.cli;

import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.diagnostic.Location;
import dev.planforge.pipeline.Checked;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Every problem of a run as a Markdown table, appended to GitHub's job summary
 * ({@code $GITHUB_STEP_SUMMARY}): unlike annotations it has no limit of ten, so nothing found is
 * out of sight.
 */
final class StepSummary {

  /** GitHub takes at most 1 MiB of summary per step; the table stops short of it and says so. */
  static final int MAX_BYTES = 1024 * 1024 - 4096;

  private StepSummary() {}

  /** The summary of {@code checked}: one line per plan with its verdict, then the table of problems. */
  static String markdown(String command, List<Checked> checked, boolean strict, WorkingFolder folder) {
    StringBuilder s = new StringBuilder();
    s.append("### planforge ").append(command).append("\n\n");
    for (Checked c : checked) {
      String verdict = c.passes(strict) ? "ok" : "invalid";
      s.append("- `").append(code(folder.relative(c.source().displayName()))).append("`: ").append(verdict)
          .append(" (").append(count(c.errors(), "error")).append(", ").append(count(c.warnings(), "warning"))
          .append(")\n");
    }
    List<Diagnostic> all = checked.stream().flatMap(c -> c.diagnostics().stream()).toList();
    if (!all.isEmpty()) {
      s.append("\n| file | line | column | severity | rule | message |\n|---|---:|---:|---|---|---|\n");
      int listed = 0;
      long bytes = utf8(s);
      for (Diagnostic d : all) {
        String row = row(d, folder);
        bytes += utf8(row);
        if (bytes > MAX_BYTES) {
          s.append("\n").append(all.size() - listed).append(" more not listed: GitHub keeps 1 MiB of summary per step; "
              + "the step's log has them all.\n");
          break;
        }
        s.append(row);
        listed++;
      }
    }
    return s.append('\n').toString();
  }

  /** Appends to the file GitHub gives each step (it may already hold other tools' summaries). */
  static void append(Path file, String markdown) throws IOException {
    try {
      Files.writeString(file, markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new IOException("cannot write the step summary " + file + ": " + Main.message(e), e);
    }
  }

  private static String row(Diagnostic d, WorkingFolder folder) {
    Location at = d.location();
    String message = d.path() + ": " + d.message() + (d.suggestion() == null ? "" : "\n" + d.suggestion());
    return "| " + cell(at == null ? "" : folder.relative(at.file()))
        + " | " + (at == null || at.line() <= 0 ? "" : at.line())
        + " | " + (at == null || at.column() <= 0 ? "" : at.column())
        + " | " + d.severity().label()
        + " | " + cell(d.rule())
        + " | " + cell(message) + " |\n";
  }

  /**
   * Text in a table cell: '|' would end the cell and a line break the row; '<', '>' and '&' would
   * be read as HTML, which GitHub's Markdown allows; '\' and '`' ahead of escapes would be consumed.
   */
  static String cell(String text) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '|' -> s.append("\\|");
        case '\\' -> s.append("\\\\");
        case '`' -> s.append("\\`");
        case '*' -> s.append("\\*");
        case '_' -> s.append("\\_");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '&' -> s.append("&amp;");
        case '\r' -> { }
        case '\n' -> s.append("<br>");
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  /** A file name inside backticks: only a backtick would end it; GitHub file names hold none in practice. */
  private static String code(String text) {
    return text.replace("`", "'");
  }

  private static long utf8(CharSequence text) {
    return text.toString().getBytes(StandardCharsets.UTF_8).length;
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
