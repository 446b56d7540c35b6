package dev.planforge.cli;

import dev.planforge.validate.SchemaCheck;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code planforge schema}: prints the JSON Schema the validator uses, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Prints the plan format's JSON Schema (draft 2020-12), the very file the validator uses.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the schema was printed", "2:wrong command line", Main.INTERNAL_HELP})
final class SchemaCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(SchemaCheck.schemaText());
    spec.commandLine().getOut().flush();
    return Main.OK;
  }
}
