package dev.planforge.cli;

import java.nio.file.Path;
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
        "2:wrong command line or a file that cannot be read"})
final class ValidateCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PLAN", arity = "1..*", description = "Plan files (YAML).")
  List<Path> plans;

  @Option(names = "--strict", description = "Treat warnings as errors (what CI should use).")
  boolean strict;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "How to print diagnostics: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
          + "json goes to standard output.")
  DiagnosticFormat format;

  @Override
  public Integer call() {
    Loader.Result result = Loader.checkAll(plans, spec.commandLine().getErr());
    DiagnosticPrinter printer = new DiagnosticPrinter(spec.commandLine().getOut(), spec.commandLine().getErr());
    printer.print(result.checked(), format, strict);
    return result.exitCode(strict);
  }

  enum DiagnosticFormat {
    text, json
  }
}
