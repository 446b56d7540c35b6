package dev.planforge.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. Only {@link #main} exits; {@link #run} takes its streams so tests run it
 * in-process. Exit codes: 0 ok, 1 a plan is invalid or a render failed, 2 the command line is
 * wrong or a file is missing.
 */
@Command(
    name = "planforge",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Validates customer-management plans written in YAML and renders them to HTML, Markdown, PDF and JSON.",
    subcommands = {ValidateCommand.class, RenderCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  public static final int OK = 0;
  public static final int INVALID = 1;
  public static final int USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: validate, render or schema");
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli = new CommandLine(new Main())
        .setOut(outWriter)
        .setErr(errWriter)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
          boolean verbose = parseResult.hasMatchedOption("--verbose");
          errWriter.println("planforge: " + e.getMessage());
          if (verbose) {
            e.printStackTrace(errWriter);
          }
          return INVALID;
        });
    int code = cli.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  /** The version written into the jar's manifest by Maven. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"planforge " + (v == null ? "(development)" : v)};
    }
  }
}
