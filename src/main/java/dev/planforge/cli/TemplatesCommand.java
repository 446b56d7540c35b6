package dev.planforge.cli;

import dev.planforge.render.template.Templates;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code planforge templates ...}: the document templates, to start a folder for {@code render --templates}. */
@Command(name = "templates", mixinStandardHelpOptions = true,
    description = "Works with the templates the documents are made from.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:a file cannot be written", "2:wrong command line", Main.INTERNAL_HELP},
    subcommands = TemplatesCommand.Export.class)
final class TemplatesCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: export");
  }

  /** {@code planforge templates export DIR}: copies every built-in template into DIR, overwriting nothing. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Writes every built-in template, stylesheet and labels file into DIR, to edit and then "
          + "render with --templates DIR. Refuses, writing nothing, when any of them exists in DIR.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:every file was written", "1:a file cannot be written",
          "2:wrong command line, DIR is a file, or a file of the same name exists in DIR (nothing was written)",
          Main.INTERNAL_HELP})
  static final class Export implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to write into; made if missing.")
    Path dir;

    @Override
    public Integer call() throws IOException {
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new BadInput(dir + ": is a file, not a folder");
      }
      List<Path> written;
      try {
        written = Templates.exportBuiltIns(dir);
      } catch (FileAlreadyExistsException e) {
        throw new BadInput(e.getFile() + ": already exists; nothing was written", e);
      }
      PrintWriter err = spec.commandLine().getErr();
      for (Path p : written) {
        err.println("planforge: wrote " + p);
      }
      err.println("planforge: edit them, then render with --templates " + dir);
      err.flush();
      return Main.OK;
    }
  }
}
