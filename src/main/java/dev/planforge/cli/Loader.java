package dev.planforge.cli;

import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the checking stages over the plans named on the command line. */
final class Loader {

  private Loader() {}

  record Result(List<Checked> checked, boolean anyUnreadable) {
    int exitCode(boolean strict) {
      if (anyUnreadable) {
        return Main.USAGE;
      }
      return checked.stream().allMatch(c -> c.passes(strict)) ? Main.OK : Main.INVALID;
    }
  }

  /** Checks every plan; a file that cannot be read at all is named on {@code err} and skipped. */
  static Result checkAll(List<Path> plans, PrintWriter err) {
    List<Checked> checked = new ArrayList<>();
    boolean unreadable = false;
    for (Path plan : plans) {
      try {
        checked.add(Pipeline.check(plan, plan.toString()));
      } catch (NoSuchFileException e) {
        err.println("planforge: " + plan + ": no such file");
        unreadable = true;
      } catch (AccessDeniedException e) {
        err.println("planforge: " + plan + ": permission denied");
        unreadable = true;
      } catch (IOException e) {
        err.println("planforge: " + plan + ": cannot read: " + e.getMessage());
        unreadable = true;
      }
    }
    err.flush();
    return new Result(checked, unreadable);
  }
}
