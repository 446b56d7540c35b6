package dev.planforge.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code planforge completion bash|zsh}: the shell completion script, made by picocli from the
 * commands as they are, so it never lags behind a new option.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Prints a completion script for bash or zsh (commands, options and their values).",
        "bash: source <(planforge completion bash)   (or save it in /etc/bash_completion.d/planforge)",
        "zsh:  source <(planforge completion zsh)    (in ~/.zshrc, after compinit)"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the script was printed", "2:wrong command line, or a shell other than bash or zsh",
        Main.INTERNAL_HELP})
final class CompletionCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SHELL", converter = ShellConverter.class,
      description = "The shell: bash or zsh.")
  Shell shell;

  enum Shell {
    BASH, ZSH
  }

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    String script = AutoComplete.bash(root.getCommandName(), root);
    PrintWriter out = spec.commandLine().getOut();
    if (shell == Shell.ZSH) {
      // picocli's script serves zsh through zsh's own bash-completion layer, which it loads itself
      // when run in zsh; said here so a reader of ~/.zshrc knows why a bash script is in it.
      out.println("# planforge completion for zsh: picocli's script, which loads zsh's bashcompinit.");
    }
    out.print(script);
    out.flush();
    return Main.OK;
  }

  static final class ShellConverter implements CommandLine.ITypeConverter<Shell> {
    @Override
    public Shell convert(String value) {
      return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "bash" -> Shell.BASH;
        case "zsh" -> Shell.ZSH;
        default -> throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a shell planforge completes (expected bash or zsh)");
      };
    }
  }
}
