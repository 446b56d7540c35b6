package dev.planforge.cli;

import dev.planforge.output.OutputFolder;
import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import dev.planforge.render.Document;
import dev.planforge.render.Format;
import dev.planforge.render.RenderOptions;
import dev.planforge.render.Renderer;
import dev.planforge.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * a plan that fails in any way never stops the next one, and the exit code is the worst of all.
 * With {@code --check} the outputs are compared with those on disk instead of written.
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

  @Parameters(paramLabel = "PLAN", arity = "1..*", description = "Plan files (YAML).")
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
    boolean toStdout = out == null && plans.size() == 1 && wanted.equals(List.of(Format.JSON)) && !check
        && ciFormat() == null;
    Path dir = outputDir();
    if (!toStdout) {
      refuseFileAsFolder(dir);
    }
    Renderers registry =
        new Renderers(new RenderOptions(templates, verbose, pdfProfile, htmlFonts));
    List<Renderer> renderers = new ArrayList<>();
    for (Format format : wanted) {
      renderers.add(registry.forFormat(format));
    }
    if (toStdout || check) {
      return renderAll(renderers, null); // --check compares with the folder; it never opens it for writing
    }
    try (OutputFolder folder = new OutputFolder(dir)) {
      removeStaleTemps(folder);
      return renderAll(renderers, folder);
    }
  }

  /** Each plan in turn; one that fails is reported and the next is rendered all the same. */
  private int renderAll(List<Renderer> renderers, OutputFolder folder) {
    PrintWriter err = spec.commandLine().getErr();
    DiagnosticPrinter printer = new DiagnosticPrinter(spec.commandLine().getOut(), err);
    List<Checked> checked = new ArrayList<>();
    int code = Main.OK;
    for (Path plan : plans) {
      try {
        code = Math.max(code, render(plan, renderers, folder, printer, checked));
      } catch (IOException | RuntimeException | Error e) {
        code = Math.max(code, Main.report(err, verbose, plan, e));
      }
    }
    if (ciFormat() != null) {
      try {
        printer.printForCi("render", checked, ciFormat(), strict, stepSummary);
      } catch (IOException e) {
        code = Math.max(code, Main.report(err, verbose, null, e));
      }
    }
    err.flush();
    return code;
  }

  /**
   * One plan: checked, rendered in every format in memory, then written as one set (or printed, or
   * with --check compared). Its diagnostics are printed as text now, or added to {@code checked}
   * for the CI form printed after the last plan.
   */
  private int render(Path plan, List<Renderer> renderers, OutputFolder folder, DiagnosticPrinter printer,
      List<Checked> seen) throws IOException {
    Checked checked = Loader.check(spec, plan);
    seen.add(checked);
    if (!checked.diagnostics().isEmpty() && ciFormat() == null) {
      printer.printText(checked, strict);
    }
    if (!checked.passes(strict)) {
      return Main.INVALID;
    }
    Document document = Pipeline.document(checked);
    // Every format is rendered before any is written: a plan whose PDF fails (a character no
    // font can draw, say) leaves all its earlier outputs as they were, not a mixed set.
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Renderer renderer : renderers) {
      files.put(baseName(plan) + "." + renderer.format().extension(), render(renderer, document));
    }
    if (check) {
      return compare(outputDir(), files);
    }
    if (folder == null) {
      print(files.values().iterator().next());
      return Main.OK;
    }
    List<Path> written;
    try {
      written = folder.write(files);
    } catch (IOException e) {
      throw new IOException(e.getMessage() + " (no output of this plan was written)", e);
    }
    if (verbose) {
      written.forEach(p -> spec.commandLine().getErr().println("planforge: wrote " + p));
    }
    return Main.OK;
  }

  private static byte[] render(Renderer renderer, Document document) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      renderer.render(document, bytes);
    } catch (IOException e) {
      throw new IOException("cannot render " + renderer.format().cliName() + ": " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  /**
   * --check: each output against the file of its name in {@code dir}, one line for each that
   * differs or is not there. Nothing is written.
   */
  private int compare(Path dir, Map<String, byte[]> files) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
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

  /** Temporary files a killed run left for these plans; only ours, only for these plans. */
  private void removeStaleTemps(OutputFolder folder) {
    List<String> names = new ArrayList<>();
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
