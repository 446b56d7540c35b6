package dev.planforge.cli;

import dev.planforge.render.template.TemplateError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. Only {@link #main} exits; {@link #run} takes its streams so tests run it
 * in-process. Exit codes are decided here and only here ({@link #exitCode}): 0 ok; 1 a plan is
 * invalid, or its content cannot be rendered, or an output cannot be written; 2 the command line
 * is wrong or names a file that cannot be used; 3 an internal error (a bug in planforge or in a
 * user's template).
 */
@Command(
    name = "planforge",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Validates customer-management plans written in YAML and renders them to HTML, Markdown, PDF and JSON.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:a plan is invalid, or cannot be rendered or written",
        "2:wrong command line, or a file named on it cannot be used", Main.INTERNAL_HELP},
    subcommands = {ValidateCommand.class, RenderCommand.class, WatchCommand.class, DiffCommand.class, SchemaCommand.class, TemplatesCommand.class,
        InitCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  public static final int OK = 0;
  public static final int INVALID = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  /** The last line of every command's exit-code list. */
  static final String INTERNAL_HELP = "3:internal error: a bug in planforge or in a --templates template "
      + "(--verbose shows the stack trace)";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Standard input, where a plan named {@code -} is read from. */
  final InputStream in;

  private Main(InputStream in) {
    this.in = in;
  }

  @Override
  public void run() {
    // Named from the registered commands, so a new one is never left out.
    String names = String.join(", ", spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList());
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: " + names);
  }

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err);
  }

  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli = new CommandLine(new Main(in))
        .setOut(outWriter)
        .setErr(errWriter)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExitCodeExceptionMapper(Main::exitCode)
        .setParameterExceptionHandler(Main::usageError)
        .setExecutionExceptionHandler((e, command, parsed) -> report(command.getErr(), verbose(parsed), null, e));
    giveVersion(cli);
    int code;
    try {
      code = cli.execute(args);
    } catch (RuntimeException | Error e) {
      // picocli hands an Error thrown by a command back to its caller, past the handler above.
      CommandLine.ParseResult parsed = cli.getParseResult();
      code = report(errWriter, parsed != null && verbose(parsed), null, e);
    }
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  /** The one mapping from a failure to an exit code; also picocli's exit-code exception mapper. */
  static int exitCode(Throwable failure) {
    Throwable e = unwrap(failure);
    if (e instanceof CommandLine.ParameterException || e instanceof BadInput) {
      return USAGE;
    }
    if (e instanceof TemplateError) {
      return INTERNAL; // before the I/O check: a template is code, not content
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      return INVALID; // content that cannot be rendered (a missing glyph), an output that cannot be written
    }
    return INTERNAL;
  }

  /**
   * Reports a failure on {@code err} — one line naming {@code where} (a plan, or null for the run)
   * and, for an internal error, a second line saying what to do — and returns its exit code.
   * {@code verbose} adds the stack trace.
   */
  static int report(PrintWriter err, boolean verbose, Object where, Throwable failure) {
    Throwable e = unwrap(failure);
    int code = exitCode(e);
    Object named = where instanceof Path p && Loader.isStdin(p) ? Loader.STDIN_NAME : where;
    String prefix = named == null ? "planforge: " : "planforge: " + named + ": ";
    if (code == INTERNAL) {
      err.println(prefix + "internal error: " + internalMessage(e));
      err.println("planforge: this is a bug in planforge or in your template; "
          + (verbose ? "its stack trace follows" : "run again with --verbose for the stack trace"));
    } else {
      err.println(prefix + message(e));
    }
    if (verbose && !(e instanceof BadInput || e instanceof CommandLine.ParameterException)) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private static Throwable unwrap(Throwable e) {
    return e instanceof CommandLine.ExecutionException && e.getCause() != null ? e.getCause() : e;
  }

  /** A template error starts with its template's position; anything else is named by its type. */
  private static String internalMessage(Throwable e) {
    if (e instanceof TemplateError) {
      return e.getMessage();
    }
    String type = e.getClass().getSimpleName();
    return e.getMessage() == null ? type : type + ": " + e.getMessage();
  }

  static String message(Throwable e) {
    if (e instanceof NoSuchFileException f && f.getReason() == null) {
      return f.getFile() + ": no such file";
    }
    if (e instanceof AccessDeniedException f && f.getReason() == null) {
      return f.getFile() + ": permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** {@code --verbose} given to the command that failed or to any command above it. */
  private static boolean verbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** A wrong command line: the problem, the command's synopsis and where to read more; not the whole help. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    // picocli checks required parameters before unknown options; the option typed wrong is the news.
    CommandLine.ParameterException shown = e instanceof CommandLine.MissingParameterException
        && !command.getUnmatchedArguments().isEmpty()
        ? new CommandLine.UnmatchedArgumentException(command, command.getUnmatchedArguments()) : e;
    err.println("planforge: " + shown.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(shown, err);
    err.print(command.getHelp().fullSynopsis());
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return exitCode(e);
  }

  /** {@code --version} of every subcommand, however deep, prints the tool's version (picocli leaves it empty). */
  private static void giveVersion(CommandLine command) {
    for (CommandLine sub : command.getSubcommands().values()) {
      if (sub.getCommandSpec().versionProvider() == null && sub.getCommandSpec().version().length == 0) {
        sub.getCommandSpec().versionProvider(new Version());
      }
      giveVersion(sub);
    }
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
