package dev.planforge.cli;

import dev.planforge.diff.ChangeList;
import dev.planforge.diff.GitRevision;
import dev.planforge.diff.PlanDiff;
import dev.planforge.output.OutputFolder;
import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import dev.planforge.render.Document;
import dev.planforge.render.Format;
import dev.planforge.render.RenderOptions;
import dev.planforge.render.Renderer;
import dev.planforge.render.Renderers;
import dev.planforge.render.template.Templates;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code planforge render PLAN...}: checks each plan like {@code validate}, then writes it in
 * every requested format. A plan that does not pass is reported and nothing is written for it;
 * a plan that fails in any way never stops the others, and the exit code is the worst of all.
 * With {@code --check} the outputs are compared with those on disk instead of written. Many plans
 * are rendered in parallel ({@link Batch}), with a progress line for each and an {@code
 * index.html} of them all ({@link IndexPage}).
 */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = "Checks plans and renders each valid one to HTML, PDF, Markdown and/or JSON "
        + "(the plan plus every computed figure).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every plan was rendered",
        "1:a plan is invalid (or has a warning, with --strict), has content that cannot be rendered, "
            + "or an output cannot be written",
        "2:wrong command line, a format not available, a plan file that is missing, unreadable or not a "
            + "regular file, or an output folder that is a file",
        Main.INTERNAL_HELP})
final class RenderCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PLAN", arity = "1..*",
      description = "Plan files (YAML), or folders standing for every plan in them.")
  List<Path> plans;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = DEFAULT_OUTPUTS,
      converter = FormatConverter.class,
      description = "Comma-separated output formats: html, md, pdf, json (default: ${DEFAULT-VALUE}); "
          + "json alone, for a single plan and without --out, goes to standard output. "
          + "Add github or sarif to print the diagnostics on standard output in that form instead of as text "
          + "(as validate --format does; e.g. --format pdf,html,github); given alone, the default outputs are written.")
  List<FormatChoice> formats;

  @Option(names = "--check",
      description = "Render in memory and compare with the files in --out instead of writing: exit 0 when every "
          + "output is byte-identical, 1 naming each one that is not (stale: build/x.pdf, missing: build/x.html). "
          + "Writes nothing, not even the folder; for CI, to fail a commit whose outputs are out of date.")
  boolean check;

  /** Where --format github appends its table; GitHub sets the variable, tests give the option. */
  @Option(names = "--step-summary", paramLabel = "FILE", hidden = true, defaultValue = "${env:GITHUB_STEP_SUMMARY}")
  Path stepSummary;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Folder for the output files, named after the plan: PLAN.html, PLAN.json, ... (default: build).")
  Path out;

  @Option(names = "--strict", description = "Treat warnings as errors: a plan with warnings is not rendered.")
  boolean strict;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Folder whose templates replace the built-in ones of the same name "
          + "(start one with: planforge templates export DIR).")
  Path templates;

  private Templates sharedTemplates; // see templatesOfRun

  @Option(names = "--verbose", description = "Name each file written; show stack traces and the PDF libraries' logs.")
  boolean verbose;

  @Option(names = "--html-fonts", paramLabel = "FONTS", defaultValue = "system", converter = HtmlFontsConverter.class,
      description = "Fonts of the HTML: system (the reader's, through a Chinese font stack for Windows, macOS, "
          + "Linux and Android) or embed (subsets of Noto Sans SC holding only the characters used, about 350 KB "
          + "for a Chinese plan, so it reads on a machine without Chinese fonts). Default: ${DEFAULT-VALUE}.")
  RenderOptions.HtmlFonts htmlFonts;

  @Option(names = "--pdf-profile", paramLabel = "PROFILE", defaultValue = "standard",
      converter = PdfProfileConverter.class,
      description = "Kind of PDF: standard (untagged, the fastest), pdfa (archival, PDF/A-2u) or pdfua "
          + "(accessible: tagged PDF/UA-1 with the document's language). Default: ${DEFAULT-VALUE}.")
  RenderOptions.PdfProfile pdfProfile;

  @Option(names = "--jobs", paramLabel = "N",
      description = "How many plans are rendered at once, each on a thread of its own (default: the number of "
          + "processors). The outputs are the same whatever the number.")
  Integer jobs;

  @Option(names = "--index", negatable = true,
      description = "Write index.html beside the outputs: every plan with its status, title, as-of date, total budget, "
          + "warnings and links to its files (default: when more than one plan is rendered; --no-index never).")
  Boolean index;

  @Option(names = "--changes-since", paramLabel = "REV",
      description = "Show what changed since git revision REV (read as diff REV PLAN reads it, e.g. main or HEAD~1): "
          + "a change bar beside each changed row and text of the HTML and PDF, and a list of the changes after the "
          + "summary (the Markdown gets the list). An unknown revision or a plan not at REV exits 2, writing nothing.")
  String changesSince;

  /** Each plan as committed at --changes-since, checked before any plan is rendered; empty without it. */
  private Map<Path, Checked> before = Map.of();

  /** Whether the progress of many plans is drawn for a terminal; auto asks whether there is one. */
  @Option(names = "--progress", paramLabel = "auto|tty|plain", hidden = true, defaultValue = "auto")
  ProgressStyle progress;

  enum ProgressStyle { auto, tty, plain }

  /** The outputs of a plain {@code render}, and of one given only a diagnostic form. */
  static final String DEFAULT_OUTPUTS = "html,pdf,md";

  @Override
  public Integer call() {
    plans = Loader.plans(plans); // a folder stands for the plans in it
    if (formats.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format: no format given (expected html, md, pdf, json, github or sarif)");
    }
    if (formats.stream().map(FormatChoice::diagnostics).filter(Objects::nonNull).distinct().count() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format: github and sarif both print on standard output; give one of them");
    }
    List<Format> wanted = outputs();
    if (templates != null && !Files.isDirectory(templates)) {
      throw new BadInput("--templates " + templates + ": not a folder");
    }
    String clash = sameOutputName(plans);
    if (clash != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), clash);
    }
    int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--jobs " + jobs + ": give 1 or more");
    }
    boolean toStdout = out == null && plans.size() == 1 && wanted.equals(List.of(Format.JSON)) && !check
        && ciFormat() == null;
    boolean withIndex = !toStdout && (index != null ? index : plans.size() > 1);
    if (withIndex) {
      String taken = indexNameTaken(wanted);
      if (taken != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), taken);
      }
    }
    Path dir = outputDir();
    if (!toStdout) {
      refuseFileAsFolder(dir);
    }
    if (changesSince != null && !readBefore(changesSince)) {
      return Main.USAGE; // the plan at REV is invalid: there is nothing to compare with, as for diff
    }
    RenderOptions options = new RenderOptions(templates, verbose, pdfProfile, htmlFonts);
    // The first set is made here, so a --templates folder that is not there is said before any plan is read.
    Batch batch = new Batch(threads, verbose, renderers(options, wanted), () -> renderers(options, wanted));
    if (toStdout || check) {
      return renderAll(batch, wanted, null, withIndex); // --check compares with the folder; it never opens it for writing
    }
    try (OutputFolder folder = new OutputFolder(dir)) {
      removeStaleTemps(folder, withIndex);
      return renderAll(batch, wanted, folder, withIndex);
    }
  }

  /**
   * A set of renderers of the formats asked for. Each thread of a batch has one of its own: a set
   * keeps the Markdown parser and the model of the document it renders; the templates are the
   * run's.
   */
  private List<Renderer> renderers(RenderOptions options, List<Format> wanted) {
    Renderers registry = new Renderers(options, this::templatesOfRun);
    return wanted.stream().map(registry::forFormat).toList();
  }

  /**
   * The templates of this run, made on first use and shared by every set of renderers and the
   * index page: FreeMarker is thread-safe once set up, and each template is parsed once per run
   * instead of once per thread.
   */
  private synchronized Templates templatesOfRun() {
    if (sharedTemplates == null) {
      sharedTemplates = new Templates(templates);
    }
    return sharedTemplates;
  }

  /**
   * Every plan, in parallel when there are several; one that fails is reported and the others are
   * rendered all the same. Many plans get a progress line each, an index and a summary.
   */
  private int renderAll(Batch batch, List<Format> wanted, OutputFolder folder, boolean withIndex) {
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    boolean many = plans.size() > 1;
    Batch.Progress progress = new Batch.Progress(err, tty(), check, plans.size());
    Batch.Listener printMessages = (run, finished) -> {
      err.print(run.messages());
      err.flush();
    };
    List<Batch.Run> runs;
    try {
      runs = batch.run(plans, run -> render(run, wanted, folder), many ? progress : printMessages);
    } catch (IOException e) {
      return Main.report(err, verbose, null, e);
    }
    int code = runs.stream().mapToInt(r -> r.code).max().orElse(Main.OK);
    if (withIndex) {
      code = Math.max(code, writeIndex(runs, folder));
    }
    if (ciFormat() != null) {
      // In the order the plans were named, whichever finished first.
      List<Checked> checked = runs.stream().map(r -> r.checked).filter(Objects::nonNull).toList();
      try {
        new DiagnosticPrinter(spec.commandLine().getOut(), err)
            .printForCi("render", checked, ciFormat(), strict, stepSummary);
      } catch (IOException e) {
        code = Math.max(code, Main.report(err, verbose, null, e));
      }
    }
    if (many) {
      err.println(progress.summary(runs, System.nanoTime() - start));
    }
    err.flush();
    return code;
  }

  /**
   * One plan, on whichever thread the batch gives it: checked, rendered in every format in memory,
   * then written as one set (or printed, or with --check compared). Its diagnostics are printed
   * as text on {@code run.err} (held until the plan is done), or left in {@code run.checked} for
   * the CI form printed after the last plan.
   */
  private int render(Batch.Run run, List<Format> wanted, OutputFolder folder) throws IOException {
    Path plan = run.plan;
    Checked checked = Loader.check(spec, plan);
    run.checked = checked;
    if (!checked.diagnostics().isEmpty() && ciFormat() == null) {
      new DiagnosticPrinter(spec.commandLine().getOut(), run.err).printText(checked, strict);
    }
    if (!checked.passes(strict)) {
      run.status = IndexPage.Status.INVALID;
      return Main.INVALID;
    }
    Document document = Pipeline.document(checked);
    Checked old = before.get(plan);
    if (old != null) {
      document = document.withChanges(ChangeList.of(PlanDiff.of(old, checked), changesSince));
    }
    // Every format is rendered before any is written: a plan whose PDF fails (a character no
    // font can draw, say) leaves all its earlier outputs as they were, not a mixed set.
    Map<String, byte[]> files = Outputs.render(run.renderers, document, baseName(plan), run.spread);
    if (check) {
      int code = compare(outputDir(), files, run.err);
      run.stale = code != Main.OK;
      run.status = IndexPage.Status.RENDERED;
      run.links = IndexPage.links(baseName(plan), wanted);
      return code;
    }
    if (folder == null) {
      print(files.values().iterator().next());
      run.status = IndexPage.Status.RENDERED;
      return Main.OK;
    }
    List<Path> written;
    try {
      written = folder.write(files);
    } catch (IOException e) {
      throw new IOException(e.getMessage() + " (no output of this plan was written)", e);
    }
    if (verbose) {
      written.forEach(p -> run.err.println("planforge: wrote " + p));
    }
    run.status = IndexPage.Status.RENDERED;
    run.links = IndexPage.links(baseName(plan), wanted);
    return Main.OK;
  }

  /**
   * --changes-since: every plan as committed at REV, read and checked as {@code diff REV PLAN}
   * reads it, before anything is rendered, so a bad revision writes nothing. False when a plan at
   * REV is invalid (its diagnostics are printed). A plan file that is missing is left for the
   * render to report.
   */
  private boolean readBefore(String rev) {
    GitRevision git = DiffCommand.revision(rev);
    DiagnosticPrinter printer = new DiagnosticPrinter(spec.commandLine().getOut(), spec.commandLine().getErr());
    Map<Path, Checked> read = new HashMap<>();
    boolean valid = true;
    Path temp = null;
    try {
      temp = Files.createTempDirectory("planforge-changes-");
      for (int i = 0; i < plans.size(); i++) {
        Path plan = plans.get(i);
        if (Loader.isStdin(plan)) {
          throw new BadInput("--changes-since compares plan files with git; standard input (-) has no history");
        }
        if (Files.isRegularFile(plan)) {
          Checked old = DiffCommand.checkAt(git, plan, Files.createDirectory(temp.resolve(String.valueOf(i))));
          valid &= !DiffCommand.report(old, printer);
          read.put(plan, old);
        }
      }
    } catch (IOException e) {
      throw new BadInput("--changes-since " + rev + ": " + Main.message(e), e);
    } finally {
      if (temp != null) {
        DiffCommand.deleteTree(temp); // the checked plans hold what they read
      }
    }
    before = read;
    return valid;
  }

  /** index.html of the run, written as the outputs are (or with --check compared). */
  private int writeIndex(List<Batch.Run> runs, OutputFolder folder) {
    PrintWriter err = spec.commandLine().getErr();
    try {
      byte[] page = IndexPage.render(templatesOfRun(), runs.stream().map(Batch.Run::entry).toList());
      Map<String, byte[]> file = Map.of(IndexPage.FILE_NAME, page);
      if (check) {
        return compare(outputDir(), file, err);
      }
      for (Path p : folder.write(file)) {
        if (verbose) {
          err.println("planforge: wrote " + p);
        }
      }
      return Main.OK;
    } catch (IOException | RuntimeException e) {
      return Main.report(err, verbose, null, e);
    }
  }

  /** A plan whose HTML would be written over the index, described; null when there is none. */
  private String indexNameTaken(List<Format> wanted) {
    if (!wanted.contains(Format.HTML)) {
      return null;
    }
    for (Path plan : plans) {
      if ((baseName(plan) + "." + Format.HTML.extension()).equals(IndexPage.FILE_NAME)) {
        return plan + " would write " + IndexPage.FILE_NAME + ", where the index of the plans goes; "
            + "rename the plan, or give --no-index";
      }
    }
    return null;
  }

  /**
   * Whether the progress is drawn for a terminal: the command runs in one (as watch asks) and
   * standard error, where the progress goes, is not redirected to a log.
   */
  private boolean tty() {
    return progress == ProgressStyle.tty
        || progress == ProgressStyle.auto && System.console() != null && stderrIsTerminal()
            && !"dumb".equals(System.getenv("TERM"));
  }

  /** On Linux, whether file descriptor 2 is a terminal; elsewhere, assumed to be when the command runs in one. */
  private static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    if (!Files.exists(Path.of("/proc/self/fd"))) {
      return true;
    }
    try {
      String target = Files.readSymbolicLink(fd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return false; // cannot tell: plain lines are right everywhere
    }
  }

  /**
   * --check: each output against the file of its name in {@code dir}, one line for each that
   * differs or is not there. Nothing is written.
   */
  private int compare(Path dir, Map<String, byte[]> files, PrintWriter err) throws IOException {
    int code = Main.OK;
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = dir.resolve(file.getKey());
      byte[] wanted = file.getValue();
      String state;
      if (!Files.isRegularFile(target)) {
        state = "missing";
      } else if (Files.size(target) != wanted.length || !Arrays.equals(Files.readAllBytes(target), wanted)) {
        state = "stale";
      } else {
        if (verbose) {
          err.println("planforge: " + target + " is up to date");
        }
        continue;
      }
      err.println(state + ": " + target);
      code = Main.INVALID;
    }
    return code;
  }

  /** The output formats asked for; the default ones when --format named only a diagnostic form. */
  private List<Format> outputs() {
    List<Format> given = formats.stream().map(FormatChoice::output).filter(Objects::nonNull).distinct().toList();
    if (!given.isEmpty()) {
      return given;
    }
    return Arrays.stream(DEFAULT_OUTPUTS.split(",")).map(Format::fromCliName).toList();
  }

  /** github or sarif when --format names one, else null (text diagnostics). */
  private ValidateCommand.DiagnosticFormat ciFormat() {
    return formats.stream().map(FormatChoice::diagnostics).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private Path outputDir() {
    return out == null ? Path.of("build") : out;
  }

  /** Standard output carries the document and nothing else. */
  private void print(byte[] bytes) {
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(new String(bytes, StandardCharsets.UTF_8)); // the writer encodes UTF-8 again: the same bytes
    stdout.flush();
  }

  /** The output folder, or a folder it would be made in, is a file: said up front, in the user's words. */
  private void refuseFileAsFolder(Path dir) {
    String given = out == null ? "the output folder " + dir : "--out " + dir;
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        if (!Files.isDirectory(p)) {
          throw new BadInput(given + ": " + (p.equals(dir) ? "is" : p + " is") + " a file, not a folder");
        }
        return;
      }
    }
  }

  /** Temporary files a killed run left for these plans (and the index); only ours, only these. */
  private void removeStaleTemps(OutputFolder folder, boolean withIndex) {
    List<String> names = new ArrayList<>();
    if (withIndex) {
      names.add(IndexPage.FILE_NAME);
    }
    for (Path plan : plans) {
      for (Format f : Format.values()) {
        names.add(baseName(plan) + "." + f.extension());
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    try {
      for (Path p : folder.removeStale(names)) {
        if (verbose) {
          err.println("planforge: removed " + p + ", left by an earlier run");
        }
      }
    } catch (IOException e) {
      // Not fatal: the new outputs get fresh temporary names.
      err.println("planforge: " + folder.dir() + ": cannot remove temporary files of an earlier run: " + Main.message(e));
    }
  }

  /** {@code plans/meet-fresh.yaml} → {@code meet-fresh}; standard input ({@code -}) → {@code stdin}. */
  static String baseName(Path plan) {
    if (Loader.isStdin(plan)) {
      return "stdin";
    }
    String name = plan.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Two plans that would overwrite each other's output, described; null when there are none. */
  private static String sameOutputName(List<Path> plans) {
    Map<String, Path> seen = new HashMap<>();
    for (Path plan : plans) {
      Path earlier = seen.putIfAbsent(baseName(plan), plan);
      if (earlier != null && !earlier.toAbsolutePath().normalize().equals(plan.toAbsolutePath().normalize())) {
        return earlier + " and " + plan + " would write the same output files; render them into different --out folders";
      }
    }
    return null;
  }

  static final class HtmlFontsConverter implements CommandLine.ITypeConverter<RenderOptions.HtmlFonts> {
    @Override
    public RenderOptions.HtmlFonts convert(String value) {
      return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "system" -> RenderOptions.HtmlFonts.SYSTEM;
        case "embed" -> RenderOptions.HtmlFonts.EMBED;
        default -> throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a choice of HTML fonts (expected system or embed)");
      };
    }
  }

  static final class PdfProfileConverter implements CommandLine.ITypeConverter<RenderOptions.PdfProfile> {
    @Override
    public RenderOptions.PdfProfile convert(String value) {
      return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "standard" -> RenderOptions.PdfProfile.STANDARD;
        case "pdfa" -> RenderOptions.PdfProfile.PDFA;
        case "pdfua" -> RenderOptions.PdfProfile.PDFUA;
        default -> throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a PDF profile (expected standard, pdfa or pdfua)");
      };
    }
  }

  /** One name given to --format: an output format, or a form to print the diagnostics in. */
  record FormatChoice(Format output, ValidateCommand.DiagnosticFormat diagnostics) {}

  static final class FormatConverter implements CommandLine.ITypeConverter<FormatChoice> {
    @Override
    public FormatChoice convert(String value) {
      if (value.isBlank()) {
        throw new CommandLine.TypeConversionException(
            "an empty format name (expected html, md, pdf or json, or github or sarif for the diagnostics)");
      }
      String name = value.strip().toLowerCase(java.util.Locale.ROOT);
      if (name.equals("github") || name.equals("sarif")) {
        return new FormatChoice(null, ValidateCommand.DiagnosticFormat.valueOf(name));
      }
      try {
        return new FormatChoice(Format.fromCliName(value), null);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage() + "; github or sarif print the diagnostics");
      }
    }
  }
}
