package dev.planforge.cli;

import dev.planforge.diff.DiffView;
import dev.planforge.diff.GitRevision;
import dev.planforge.diff.HtmlReport;
import dev.planforge.diff.JsonReport;
import dev.planforge.diff.MarkdownReport;
import dev.planforge.diff.PlanDiff;
import dev.planforge.diff.TextReport;
import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code planforge diff OLD NEW} and {@code planforge diff REV [PLAN...]}: what changed between two
 * versions of a plan. Both are validated first; an invalid one is reported with its positions and
 * nothing is compared. Exit codes as {@code diff}'s: 0 no differences, 1 differences, 2 trouble.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Shows what changed between two versions of a plan: items matched by id, field by field, "
        + "the figures' deltas (budget, tasks, KPIs, risks, tiers, warnings) and prose as a word diff.",
        "  planforge diff OLD.yaml NEW.yaml",
        "  planforge diff REV [PLAN...]   (each plan as committed at git revision REV against the file; "
            + "without PLAN, every plan that differs from REV)"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no differences", "1:differences",
        "2:trouble: a plan is invalid, a file is missing, not in a git repository, an unknown revision, "
            + "or a wrong command line",
        Main.INTERNAL_HELP})
final class DiffCommand implements Callable<Integer> {

  /** What diff exits with when the plans differ (the same number as {@link Main#INVALID}, with diff's meaning). */
  static final int DIFFERENT = 1;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "OLD NEW | REV [PLAN...]", arity = "1..*",
      description = "Two plan files, or a git revision and the plans to compare with it.")
  List<String> args;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (coloured on a terminal), md (a pull-request comment, under 60,000 characters), "
          + "html (a page with the document's look) or json. Default: ${DEFAULT-VALUE}.")
  DiffFormat format;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour the text format: auto (on a terminal, unless NO_COLOR is set), always or never.")
  Colour colour;

  @Option(names = "--verbose", description = "Show the stack trace of an internal error.")
  boolean verbose;

  enum DiffFormat {
    text, md, html, json
  }

  enum Colour {
    auto, always, never
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    DiagnosticPrinter printer = new DiagnosticPrinter(spec.commandLine().getOut(), err);
    List<PlanDiff> diffs = new ArrayList<>();
    boolean invalid = false;
    if (isFilePair()) {
      Checked old = Loader.check(Path.of(args.get(0)));
      Checked now = Loader.check(Path.of(args.get(1)));
      invalid = report(old, printer) | report(now, printer);
      if (!invalid) {
        diffs.add(PlanDiff.of(old, now));
      }
    } else {
      Path temp = Files.createTempDirectory("planforge-diff-");
      try {
        invalid = againstRevision(temp, printer, diffs);
      } finally {
        deleteTree(temp);
      }
    }
    if (invalid) {
      return Main.USAGE;
    }
    if (!diffs.isEmpty()) {
      print(diffs);
    }
    return diffs.stream().anyMatch(PlanDiff::differs) ? DIFFERENT : Main.OK;
  }

  /**
   * {@code OLD NEW}: two arguments, the first a file (or named like a plan, so a typo is "no such
   * file", not "unknown revision").
   */
  private boolean isFilePair() {
    if (args.size() != 2) {
      return false;
    }
    String first = args.get(0);
    return Files.exists(Path.of(first)) || first.endsWith(".yaml") || first.endsWith(".yml");
  }

  private boolean againstRevision(Path temp, DiagnosticPrinter printer, List<PlanDiff> diffs) throws IOException {
    GitRevision git = revision(args.get(0));
    List<Path> plans = new ArrayList<>();
    try {
      if (args.size() == 1) {
        plans.addAll(git.changedPlans(Path.of("")));
      } else {
        args.subList(1, args.size()).forEach(a -> plans.add(Path.of(a)));
      }
    } catch (GitRevision.GitException e) {
      throw new BadInput(e.getMessage(), e);
    }
    boolean invalid = false;
    for (int i = 0; i < plans.size(); i++) {
      Path plan = plans.get(i);
      Checked now = Loader.check(plan); // first: a missing work file is named before git is asked
      Checked old = checkAt(git, plan, Files.createDirectory(temp.resolve(String.valueOf(i))));
      boolean bad = report(old, printer) | report(now, printer);
      invalid |= bad;
      if (!bad) {
        diffs.add(PlanDiff.of(old, now));
      }
    }
    return invalid;
  }

  /** The revision REV as diff reads it (also render --changes-since); one git cannot read is a command-line error. */
  static GitRevision revision(String rev) {
    try {
      return new GitRevision(rev);
    } catch (GitRevision.GitException e) {
      throw new BadInput(e.getMessage(), e);
    }
  }

  /**
   * The plan as committed at the revision, with its folder's files as they were, written under
   * {@code folder} and checked; outside a repository, an unknown revision or a plan not at it is a
   * command-line error (exit 2).
   */
  static Checked checkAt(GitRevision git, Path plan, Path folder) throws IOException {
    GitRevision.Snapshot then;
    try {
      then = git.plan(plan, folder);
    } catch (GitRevision.GitException e) {
      throw new BadInput(e.getMessage(), e);
    }
    return Pipeline.check(then.file(), then.displayName());
  }

  /** Prints the diagnostics of a plan that cannot be compared; true when it is invalid. */
  static boolean report(Checked c, DiagnosticPrinter printer) {
    if (c.passes(false)) {
      return false;
    }
    printer.printText(c, false);
    return true;
  }

  private void print(List<PlanDiff> diffs) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<DiffView> views = diffs.stream().map(DiffView::of).toList();
    switch (format) {
      case text -> {
        boolean paint = colour == Colour.always
            || colour == Colour.auto && System.console() != null && System.getenv("NO_COLOR") == null;
        out.print(String.join("\n", views.stream().map(v -> TextReport.of(v, paint)).toList()));
      }
      case md -> out.print(MarkdownReport.of(views));
      case html -> out.print(HtmlReport.of(views));
      case json -> out.print(JsonReport.of(diffs));
    }
    out.flush();
  }

  static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // A temporary folder left behind is the system's to clean; the diff itself is done.
    }
  }
}
