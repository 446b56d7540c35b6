package dev.planforge.cli;

import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import dev.planforge.render.AtomicFiles;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code planforge render PLAN...}: checks each plan like {@code validate}, then writes it in
 * every requested format. A plan that does not pass is reported and nothing is written for it.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = "Checks plans and renders each valid one to HTML, PDF, Markdown and/or JSON "
        + "(the plan plus every computed figure).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every plan was rendered", "1:a plan is invalid (or has a warning, with --strict), or writing failed",
        "2:wrong command line, a format not available, or a plan file that cannot be read"})
final class RenderCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PLAN", arity = "1..*", description = "Plan files (YAML).")
  List<Path> plans;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "html,pdf,md",
      converter = FormatConverter.class,
      description = "Comma-separated output formats: html, md, pdf, json (default: ${DEFAULT-VALUE}). "
          + "json alone, for a single plan and without --out, goes to standard output.")
  List<Format> formats;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Folder for the output files, named after the plan: PLAN.html, PLAN.json, ... (default: build).")
  Path out;

  @Option(names = "--strict", description = "Treat warnings as errors: a plan with warnings is not rendered.")
  boolean strict;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Folder whose templates replace the built-in ones of the same name.")
  Path templates;

  @Option(names = "--verbose", description = "Name each file written; show stack traces and the PDF libraries' logs.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (templates != null && !Files.isDirectory(templates)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--templates " + templates + " is not a folder");
    }
    List<Renderer> renderers = new ArrayList<>();
    Renderers registry = new Renderers(new RenderOptions(templates, verbose));
    for (Format format : new LinkedHashSet<>(formats)) {
      try {
        renderers.add(registry.forFormat(format));
      } catch (UnsupportedOperationException e) {
        err.println("planforge: " + e.getMessage());
        return Main.USAGE;
      }
    }
    boolean toStdout = out == null && plans.size() == 1 && renderers.size() == 1
        && renderers.get(0).format() == Format.JSON;
    Path folder = out == null ? Path.of("build") : out;
    String clash = sameOutputName(plans);
    if (clash != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), clash);
    }

    Loader.Result result = Loader.checkAll(plans, err);
    DiagnosticPrinter printer = new DiagnosticPrinter(spec.commandLine().getOut(), err);
    int code = Main.OK;
    for (Checked checked : result.checked()) {
      if (!checked.diagnostics().isEmpty()) {
        printer.printText(checked, strict);
      }
      if (!checked.passes(strict)) {
        code = Main.INVALID;
        continue;
      }
      Document document = Pipeline.document(checked);
      // Every format is rendered before any is written: a plan whose PDF fails (a character no
      // font can draw, say) leaves all its earlier outputs as they were, not a mixed set.
      Map<Renderer, byte[]> rendered = new LinkedHashMap<>();
      for (Renderer renderer : renderers) {
        byte[] bytes = render(renderer, document);
        if (bytes == null) {
          rendered.clear();
          code = Main.INVALID;
          break;
        }
        rendered.put(renderer, bytes);
      }
      for (Map.Entry<Renderer, byte[]> r : rendered.entrySet()) {
        if (!(toStdout ? print(r.getValue()) : write(r.getKey(), r.getValue(), document, folder))) {
          code = Main.INVALID;
        }
      }
    }
    err.flush();
    return result.anyUnreadable() ? Main.USAGE : code;
  }

  /** The document in one format, or null (reported) when rendering failed. */
  private byte[] render(Renderer renderer, Document document) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      renderer.render(document, bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      failed(document.planFile(), e);
      return null;
    }
  }

  /** Standard output carries the document and nothing else. */
  private boolean print(byte[] bytes) {
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(new String(bytes, StandardCharsets.UTF_8)); // the writer encodes UTF-8 again: the same bytes
    stdout.flush();
    return true;
  }

  private boolean write(Renderer renderer, byte[] bytes, Document document, Path folder) {
    Path target = folder.resolve(baseName(document.planFile()) + "." + renderer.format().extension());
    try {
      AtomicFiles.write(target, o -> o.write(bytes));
    } catch (IOException e) {
      return failed(target, e);
    }
    if (verbose) {
      spec.commandLine().getErr().println("planforge: wrote " + target);
    }
    return true;
  }

  private boolean failed(Path what, IOException e) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("planforge: " + what + ": render failed: " + e.getMessage());
    if (verbose) {
      e.printStackTrace(err);
    }
    return false;
  }

  /** {@code plans/meet-fresh.yaml} → {@code meet-fresh}. */
  static String baseName(Path plan) {
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

  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.fromCliName(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
