package dev.planforge.cli;

import dev.planforge.render.Format;
import dev.planforge.render.RenderOptions;
import dev.planforge.watch.Outcome;
import dev.planforge.watch.Watch;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code planforge watch PLAN}: renders the plan, then again on every save of it, its customers
 * file, the files it names and the templates; serves the newest page on the loopback interface,
 * reloading itself. Runs until Ctrl-C, which ends it with exit code 0 and removes nothing.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Renders a plan, then again whenever it, its customers file, a file it names or a template "
        + "(--templates) is saved; serves the page on http://127.0.0.1:PORT/ (this machine only), where it "
        + "reloads itself after each render and shows the diagnostics while the plan is invalid. The files are "
        + "written as render writes them (an invalid plan leaves the last good ones as they were); the "
        + "diagnostics are printed after each render. Ctrl-C stops it."},
    footerHeading = "%nExample:%n",
    footer = {"  planforge watch plans/meet-fresh.yaml --format html,pdf",
        "  then open the address it prints, and save the plan in your editor."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped with Ctrl-C",
        "1:the files could not be watched",
        "2:wrong command line, a plan file that is missing or not a regular file, an output folder that is a "
            + "file, or a port already in use",
        Main.INTERNAL_HELP})
final class WatchCommand implements Callable<Integer> {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
  /** Cursor home, clear the screen and its scrollback: each render's report starts on a clean screen. */
  private static final String CLEAR_SCREEN = "\033[H\033[2J\033[3J";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private int reports; // guarded by this: the first render's time counts from the start, not a save

  @Parameters(paramLabel = "PLAN", description = "The plan file (YAML).")
  Path plan;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0",
      description = "Port to serve the page on, on 127.0.0.1 (default: a free one, printed).")
  int port;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "html,pdf,md",
      converter = FormatConverter.class,
      description = "Comma-separated formats written on each render: html, md, pdf, json (default: ${DEFAULT-VALUE}). "
          + "The page is served whatever they are.")
  List<Format> formats;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "build",
      description = "Folder for the output files, named after the plan (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--strict", description = "Treat warnings as errors: a plan with warnings is not rendered.")
  boolean strict;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Folder whose templates replace the built-in ones of the same name; a save in it renders again.")
  Path templates;

  @Option(names = "--verbose", description = "Show stack traces and the PDF libraries' logs.")
  boolean verbose;

  @Option(names = "--html-fonts", paramLabel = "FONTS", defaultValue = "system",
      converter = RenderCommand.HtmlFontsConverter.class,
      description = "Fonts of the HTML: system or embed, as for render. Default: ${DEFAULT-VALUE}.")
  RenderOptions.HtmlFonts htmlFonts;

  @Option(names = "--pdf-profile", paramLabel = "PROFILE", defaultValue = "standard",
      converter = RenderCommand.PdfProfileConverter.class,
      description = "Kind of PDF: standard, pdfa or pdfua, as for render. Default: ${DEFAULT-VALUE}.")
  RenderOptions.PdfProfile pdfProfile;

  @Override
  public Integer call() throws IOException {
    if (formats.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format: no format given (expected html, md, pdf or json)");
    }
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port " + port + ": not between 0 and 65535");
    }
    refuseUnusable();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DiagnosticPrinter printer = new DiagnosticPrinter(stdout, err);
    boolean tty = System.console() != null;
    Watch.Options options = new Watch.Options(plan, out, formats,
        new RenderOptions(templates, verbose, pdfProfile, htmlFonts), strict, port);
    String[] banner = new String[1];
    Watch.Listener listener = outcome -> {
      synchronized (this) {
        if (tty) {
          stdout.print(CLEAR_SCREEN);
          stdout.println(banner[0]);
        }
        report(outcome, printer, err);
      }
    };
    Watch watch;
    try {
      watch = Watch.start(options, listener);
    } catch (BindException e) {
      throw new BadInput("--port " + port + ": cannot serve on it: " + Main.message(e), e);
    }
    try (watch; Interrupt ignored = Interrupt.stops(watch)) {
      synchronized (this) {
        banner[0] = "planforge: watching " + plan + "; the page is at " + watch.url() + " (Ctrl-C to stop)";
        stdout.println(banner[0]);
      }
      watch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Main.OK;
  }

  /** What was found in the plan and what became of the files, after each render. */
  private void report(Outcome outcome, DiagnosticPrinter printer, PrintWriter err) {
    reports++;
    if (outcome.checked() != null) {
      printer.printText(outcome.checked(), strict);
    }
    String clock = LocalTime.now().format(CLOCK);
    if (outcome.failure() != null) {
      Main.report(err, verbose, plan, outcome.failure());
      err.println("planforge: " + clock + " " + kept());
    } else if (outcome.written().isEmpty()) {
      err.println("planforge: " + clock + " not rendered; " + kept());
    } else {
      err.println("planforge: " + clock + " wrote "
          + outcome.written().stream().map(Path::toString).collect(Collectors.joining(", "))
          + "; page served " + outcome.toPage().toMillis() + " ms after the " + (reports == 1 ? "start" : "save")
          + ", files " + outcome.total().toMillis() + " ms");
    }
    err.flush();
  }

  private String kept() {
    return "the files in " + out + " are kept as they were; the page shows what is wrong";
  }

  /** The plan, the output folder and the templates folder, checked before anything starts. */
  private void refuseUnusable() {
    if (!Files.exists(plan)) {
      throw new BadInput(plan + ": no such file");
    }
    if (!Files.isRegularFile(plan)) {
      throw new BadInput(plan + ": not a regular file");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new BadInput("--out " + out + ": is a file, not a folder");
    }
    if (templates != null && !Files.isDirectory(templates)) {
      throw new BadInput("--templates " + templates + ": not a folder");
    }
  }

  /** The formats a watch writes: render's document formats (not its diagnostic formats). */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      if (value.isBlank()) {
        throw new CommandLine.TypeConversionException("an empty format name (expected html, md, pdf or json)");
      }
      try {
        return Format.fromCliName(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /**
   * Ctrl-C (SIGINT) stops the watch instead of the JVM, so the command returns and exits 0 through
   * {@link Main}; the JVM's own handling would exit 130. The earlier handler comes back on close.
   */
  private static final class Interrupt implements AutoCloseable {
    private static final sun.misc.Signal INT = new sun.misc.Signal("INT");
    private final sun.misc.SignalHandler earlier;

    private Interrupt(sun.misc.SignalHandler earlier) {
      this.earlier = earlier;
    }

    static Interrupt stops(Watch watch) {
      try {
        return new Interrupt(sun.misc.Signal.handle(INT, signal -> watch.stop()));
      } catch (IllegalArgumentException e) {
        // SIGINT is the JVM's (-Xrs) or ignored (a background job): Ctrl-C cannot reach us anyway.
        return new Interrupt(null);
      }
    }

    @Override
    public void close() {
      if (earlier != null) {
        sun.misc.Signal.handle(INT, earlier);
      }
    }
  }
}
