package dev.planforge.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** One in-process run of the command line: its exit code and what it printed on each stream. */
record CliRun(int code, String out, String err) {

  static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The tool's own lines on stderr ({@code planforge: ...}), without the plans' diagnostics. */
  String own() {
    return err.lines().filter(l -> l.startsWith("planforge: ")).map(l -> l + "\n").collect(Collectors.joining());
  }
}
