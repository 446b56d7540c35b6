package dev.planforge.cli;

import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import dev.planforge.source.PlanFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;

/**
 * What the commands share about the plans named on the command line: a folder stands for the
 * plans in it, {@code -} for standard input, and each plan is run through the checking stages.
 */
final class Loader {

  /** What diagnostics call a plan read from standard input. */
  static final String STDIN_NAME = "<stdin>";

  /** Folders a plan folder holds that are not plans: outputs, build trees, packages. */
  private static final Set<String> NOT_PLANS = Set.of("build", "target", "node_modules");

  private Loader() {}

  /** {@code -}: the plan is read from standard input. */
  static boolean isStdin(Path plan) {
    return plan.toString().equals("-");
  }

  /**
   * The plans the arguments name, in their order: a file as it is, {@code -} as it is, a folder as
   * every {@code *.yaml} and {@code *.yml} file in it and its sub-folders, sorted, leaving out
   * {@code build}, {@code target}, {@code node_modules} and hidden folders and files. A plan named
   * twice is checked once.
   *
   * @throws BadInput when a folder holds no plan
   */
  static List<Path> plans(List<Path> args) {
    Set<Path> plans = new LinkedHashSet<>();
    for (Path arg : args) {
      if (!isStdin(arg) && Files.isDirectory(arg)) {
        List<Path> found = plansIn(arg);
        if (found.isEmpty()) {
          throw new BadInput(arg + ": a folder without plans (no *.yaml or *.yml file in it or below, "
              + "leaving out build, target, node_modules and hidden folders)");
        }
        plans.addAll(found);
      } else {
        plans.add(arg); // a missing file is reported when it is checked, with the others
      }
    }
    return List.copyOf(plans);
  }

  private static List<Path> plansIn(Path folder) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          boolean skip = !dir.equals(folder) && (NOT_PLANS.contains(name) || name.startsWith("."));
          return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString();
          String lower = name.toLowerCase(Locale.ROOT);
          // A link to a plan counts (Files.isRegularFile follows it); a hidden file is an editor's or a tool's.
          if (!name.startsWith(".") && (lower.endsWith(".yaml") || lower.endsWith(".yml"))
              && Files.isRegularFile(file)) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          throw e;
        }
      });
    } catch (AccessDeniedException e) {
      throw new BadInput(e.getFile() + ": permission denied", e);
    } catch (IOException e) {
      throw new BadInput(folder + ": cannot list the plans in it: " + Main.message(e), e);
    }
    // Path order compares name by name, so plans/a.yaml comes before plans/a/b.yaml on every system.
    found.sort(null);
    return found;
  }

  /**
   * The plan, read and checked; {@code -} is read from the standard input of the command {@code
   * spec} belongs to.
   *
   * @throws BadInput when the file is missing, unreadable or not a regular file
   */
  static Checked check(CommandLine.Model.CommandSpec spec, Path plan) {
    return isStdin(plan) ? checkStdin(((Main) spec.root().userObject()).in) : check(plan);
  }

  /**
   * A plan from standard input: named {@value #STDIN_NAME} in every diagnostic, its {@code
   * customers_file} found in the working folder.
   */
  private static Checked checkStdin(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(Math.toIntExact(PlanFile.MAX_BYTES + 1)); // more is reported as too big
    } catch (IOException e) {
      throw new BadInput("cannot read standard input: " + Main.message(e), e);
    }
    // Where the plan stands, for a relative customers_file; never read (no file is called "-" there, or it is not this plan).
    Path here = Path.of("").toAbsolutePath().resolve("-");
    return Pipeline.check(bytes, here, STDIN_NAME);
  }

  /**
   * The plan, read and checked.
   *
   * @throws BadInput when the file is missing, unreadable or not a regular file
   */
  static Checked check(Path plan) {
    refuseNonRegular(plan);
    try {
      return Pipeline.check(plan, plan.toString());
    } catch (NoSuchFileException e) {
      throw new BadInput("no such file", e);
    } catch (AccessDeniedException e) {
      throw new BadInput("permission denied", e);
    } catch (IOException e) {
      throw new BadInput("cannot read: " + Main.message(e), e);
    }
  }

  /**
   * A folder, a device ({@code /dev/zero}) or a pipe is refused before it is opened: reading one
   * would fail late, never end, or wait for a writer.
   */
  private static void refuseNonRegular(Path plan) {
    BasicFileAttributes file;
    try {
      file = Files.readAttributes(plan, BasicFileAttributes.class); // follows a link to a plan
    } catch (NoSuchFileException e) {
      throw new BadInput("no such file", e);
    } catch (AccessDeniedException e) {
      throw new BadInput("permission denied", e);
    } catch (IOException e) {
      throw new BadInput("cannot read: " + Main.message(e), e);
    }
    if (file.isDirectory()) {
      throw new BadInput("is a folder, not a regular file");
    }
    if (!file.isRegularFile()) {
      throw new BadInput("not a regular file (a device, pipe or socket); it was not read");
    }
  }
}
