package dev.planforge.proof;

import dev.planforge.render.Format;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The render failures of one test run, grouped by cause: the exception and where it was raised
 * (a template position, or the first planforge stack frame), not the plan that triggered it.
 * The plans behind the first few cases of each cause are written under
 * {@code <build folder>/proof-failures/<run>/}, so each failure names a file to open and re-run.
 */
final class FailureLog {

  /** Plans kept on disk per cause; the rest are only counted. */
  private static final int KEPT_PER_CAUSE = 5;

  private record Case(String label, Path file, Throwable error) {}

  private static final class Cause {
    final Set<Format> formats = EnumSet.noneOf(Format.class);
    final List<Case> cases = new ArrayList<>();
    final Set<String> labels = new LinkedHashSet<>();
  }

  private final Path folder;
  private final Map<String, Cause> causes = new LinkedHashMap<>();
  private int failedPlans;

  /** @param run names the folder, e.g. {@code generated} */
  FailureLog(String run) {
    this.folder = buildFolder().resolve("proof-failures").resolve(run);
    deleteRecursively(folder); // a stale file from an earlier run would mislead
  }

  Path folder() {
    return folder;
  }

  /**
   * Records the failures of one plan; writes its files when a cause is new or has few examples.
   *
   * @param files file name → text: the plan (first) and any CSV it reads
   */
  void add(String label, Map<String, String> files, List<RenderProbe.Failure> failures) {
    if (failures.isEmpty()) {
      return;
    }
    failedPlans++;
    Path saved = null;
    for (RenderProbe.Failure f : failures) {
      Cause cause = causes.computeIfAbsent(signature(f.error()), k -> new Cause());
      if (f.format() != null) { // null: Pipeline.check itself threw
        cause.formats.add(f.format());
      }
      if (!cause.labels.add(label)) {
        continue; // the same plan failing the same way in another format
      }
      if (cause.cases.size() < KEPT_PER_CAUSE && saved == null) {
        saved = save(label, files);
      }
      cause.cases.add(new Case(label, cause.cases.size() < KEPT_PER_CAUSE ? saved : null, f.error()));
    }
  }

  int failedPlans() {
    return failedPlans;
  }

  int distinctCauses() {
    return causes.size();
  }

  /** Every cause, most frequent first, with the first plan that shows it and its message. */
  String report(int plansRendered) {
    StringBuilder s = new StringBuilder();
    s.append(failedPlans).append(" of ").append(plansRendered).append(" valid plans failed to render; ")
        .append(causes.size()).append(" distinct failure(s). Plans kept in ").append(folder).append('\n');
    List<Map.Entry<String, Cause>> sorted = new ArrayList<>(causes.entrySet());
    sorted.sort(Comparator.comparing((Map.Entry<String, Cause> e) -> -e.getValue().labels.size()));
    int n = 0;
    for (Map.Entry<String, Cause> e : sorted) {
      Cause c = e.getValue();
      Case first = c.cases.get(0);
      s.append(String.format("%n%2d. %s %s%n    %d plan(s); first: %s%s%n", ++n,
          c.formats.isEmpty() ? "[validate]" : c.formats, e.getKey(),
          c.labels.size(), first.label(), first.file() == null ? "" : " → " + first.file()));
      // The first line is in the signature already; what follows (FreeMarker's "==>" lines) may help.
      String message = String.valueOf(first.error().getMessage());
      message.lines().skip(1).limit(5).forEach(line -> s.append("      | ").append(line).append('\n'));
    }
    return s.toString();
  }

  /**
   * What makes two failures the same bug: the exception type, the first line of its message
   * (for a template error that starts with the template's position) and, for any other
   * exception, the planforge code that threw it.
   */
  static String signature(Throwable e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    List<String> lines = message.lines().toList();
    StringBuilder s = new StringBuilder(e.getClass().getSimpleName());
    if (!lines.isEmpty()) {
      s.append(": ").append(abbreviate(lines.get(0).strip()));
    }
    lines.stream().map(String::strip).filter(l -> l.startsWith("==>")).findFirst()
        .ifPresent(l -> s.append(' ').append(abbreviate(l.replaceAll("\\s+\\[in template.*", ""))));
    String templateFrames = templateFrames(e);
    if (!templateFrames.isEmpty()) {
      s.append(" — reached through ").append(templateFrames);
    } else {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      Stream.of(root.getStackTrace())
          .filter(f -> f.getClassName().startsWith("dev.planforge.") && !f.getClassName().startsWith("dev.planforge.proof"))
          .findFirst()
          .ifPresent(f -> s.append(" at ").append(f.getFileName()).append(':').append(f.getLineNumber()));
      if (root != e) {
        s.append(" (cause ").append(root.getClass().getSimpleName()).append(')');
      }
    }
    return s.toString();
  }

  private static final Pattern FTL_FRAME = Pattern.compile(
      "- (?:Failed at|Reached through): (.*?)\\s+\\[in template \"([^\"]+)\"(?: in (?:macro|function) \"[^\"]+\")? "
          + "at line (\\d+), column \\d+\\]");

  /**
   * The first two frames of FreeMarker's own stack: where the template failed and what called it.
   * A macro that fails on a missing argument fails at its own definition, so its caller is what
   * tells one missing field from another.
   */
  private static String templateFrames(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof TemplateException t && t.getFTLInstructionStack() != null) {
        List<String> frames = new ArrayList<>();
        Matcher m = FTL_FRAME.matcher(t.getFTLInstructionStack());
        while (m.find() && frames.size() < 2) {
          frames.add(m.group(1).strip() + " (" + m.group(2) + ":" + m.group(3) + ")");
        }
        return String.join(" ← ", frames);
      }
    }
    return "";
  }

  private static String abbreviate(String line) {
    // Values from the plan would split one bug into many: quoted values in messages are masked.
    String cut = line.replaceAll("\\s*-{4} Tip:.*", "");
    String masked = cut.replaceAll("\\(\"[^\"]*\"\\)", "(\"…\")").replaceAll("'[^']{20,}'", "'…'");
    return masked.length() > 240 ? masked.substring(0, 240) + "…" : masked;
  }

  private Path save(String label, Map<String, String> files) {
    try {
      Path dir = folder.resolve(String.format("%04d-%s", failedPlans, label.replaceAll("[^A-Za-z0-9._-]+", "_")));
      Files.createDirectories(dir);
      Path first = null;
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path file = dir.resolve(f.getKey());
        Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
        first = first == null ? file : first;
      }
      return first;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The build folder the tests run from ({@code target}, or {@code -DbuildDir=...}). */
  static Path buildFolder() {
    try {
      Path classes = Path.of(FailureLog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return classes.getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteRecursively(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
