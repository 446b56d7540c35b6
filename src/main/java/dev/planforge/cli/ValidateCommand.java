package dev.planforge.cli;

import dev.planforge.pipeline.Checked;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code planforge validate PLAN...}: every problem of every plan, then an exit code. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks plans against the schema and every rule of the plan format and prints all problems found.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every plan is valid", "1:a plan has an error (or a warning, with --strict)",
        "2:wrong command line, or a plan file that is missing, unreadable or not a regular file", Main.INTERNAL_HELP})
final class ValidateCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PLAN", arity = "1..*", description = "Plan files (YAML).")
  List<Path> plans;

  @Option(names = "--strict", description = "Treat warnings as errors (what CI should use).")
  boolean strict;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "How to print diagnostics: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
          + "json, github and sarif go to standard output. github: GitHub Actions annotations on the lines "
          + "(at most 10 errors and 10 warnings, GitHub's limit per step; the rest as plain lines) and, when "
          + "$GITHUB_STEP_SUMMARY is set, every problem as a table in the job summary. sarif: a SARIF 2.1.0 log "
          + "for code scanning.")
  DiagnosticFormat format;

  /** Where --format github appends its table; GitHub sets the variable, tests give the option. */
  @Option(names = "--step-summary", paramLabel = "FILE", hidden = true, defaultValue = "${env:GITHUB_STEP_SUMMARY}")
  Path stepSummary;

  @Option(names = "--verbose", description = "Show the stack trace of an internal error.")
  boolean verbose;

  @Override
  public Integer call() {
    plans = Loader.plans(plans); // a folder stands for the plans in it
    PrintWriter err = spec.commandLine().getErr();
    DiagnosticPrinter printer = new DiagnosticPrinter(spec.commandLine().getOut(), err);
    List<Checked> checked = new ArrayList<>();
    int code = Main.OK;
    // A plan that cannot be read or checked is reported and the next one is checked all the same.
    for (Path plan : plans) {
      try {
        Checked c = Loader.check(spec, plan);
        checked.add(c);
        if (format == DiagnosticFormat.text) {
          printer.print(List.of(c), format, strict);
        }
        code = Math.max(code, c.passes(strict) ? Main.OK : Main.INVALID);
      } catch (RuntimeException | Error e) {
        code = Math.max(code, Main.report(err, verbose, plan, e));
      }
    }
    if (format == DiagnosticFormat.json) {
      printer.print(checked, format, strict);
    } else if (format != DiagnosticFormat.text) {
      try {
        printer.printForCi("validate", checked, format, strict, stepSummary);
      } catch (IOException e) {
        code = Math.max(code, Main.report(err, verbose, null, e));
      }
    }
    return code;
  }

  enum DiagnosticFormat {
    text, json, github, sarif
  }
}
