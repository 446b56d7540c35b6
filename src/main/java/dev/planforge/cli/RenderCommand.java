package dev.planforge.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code planforge render}: arrives with the computed-figures and document issues. */
@Command(name = "render", mixinStandardHelpOptions = true, hidden = true,
    description = "Renders plans (not yet available).")
final class RenderCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("planforge: render is not available yet");
    return Main.USAGE;
  }
}
