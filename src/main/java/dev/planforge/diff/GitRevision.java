package dev.planforge.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.planforge.source.PlanFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A plan as committed at a git revision, read with {@code git show REV:path} — {@code git} run
 * with an argument list, never through a shell — so it works in any checkout, CI's included.
 *
 * <p>The plan is written to a temporary folder, and so is its {@code tiering.customers_file} as
 * committed at the same revision: the old plan is compared with the customers it had then, not
 * with today's file. Paths are resolved against the repository root with {@code git rev-parse
 * --show-prefix}, so a plan named relative to any folder of the checkout is found.
 */
public final class GitRevision {

  private final String rev;

  /** What went wrong reading from git, worded for the user (outside a repository, an unknown revision, …). */
  public static final class GitException extends Exception {
    private static final long serialVersionUID = 1L;

    GitException(String message) {
      super(message);
    }
  }

  /** A plan at the revision: the file to check and the name its diagnostics carry ({@code REV:path}). */
  public record Snapshot(Path file, String displayName) {}

  /**
   * @throws GitException for a revision git would read as an option ({@code -x}) or an empty one
   */
  public GitRevision(String rev) throws GitException {
    if (rev.isEmpty() || rev.startsWith("-")) {
      throw new GitException("\"" + rev + "\" is not a revision");
    }
    this.rev = rev;
  }

  /**
   * Writes {@code plan} as committed at the revision (and its customers file, if it names one)
   * into {@code folder}.
   *
   * @throws GitException outside a repository, for an unknown revision, or when the plan is not
   *     at the revision
   */
  public Snapshot plan(Path plan, Path folder) throws GitException, IOException {
    Path dir = plan.toAbsolutePath().normalize().getParent();
    String prefix = prefix(dir);
    verify(dir);
    String inRepo = prefix + plan.getFileName();
    Result shown = git(dir, "show", rev + ":" + inRepo);
    if (shown.code != 0) {
      throw new GitException(plan + ": not in " + rev + " (git show " + rev + ":" + inRepo + " found nothing)");
    }
    Path file = folder.resolve(plan.getFileName().toString());
    Files.write(file, shown.out);
    String display = rev + ":" + inRepo;
    String customers = customersFile(file, display);
    if (customers != null) {
      Path csv = folder.resolve(customers).normalize();
      // A customers file outside the plan's folder is refused by the pipeline, with its position; not read here.
      if (csv.startsWith(folder) && !Path.of(customers).isAbsolute()) {
        String csvInRepo = Path.of(prefix).resolve(customers).normalize().toString().replace('\\', '/');
        Result csvShown = git(dir, "show", rev + ":" + csvInRepo);
        if (csvShown.code == 0) { // else the pipeline reports the file missing, at the key that names it
          Files.createDirectories(csv.getParent());
          Files.write(csv, csvShown.out);
        }
      }
    }
    return new Snapshot(file, display);
  }

  /**
   * The plan files (.yaml, .yml with a top-level {@code plan_format}) that differ between the
   * revision and the work tree under {@code dir}, relative to it: what {@code diff REV} compares
   * when no plan is named.
   */
  public List<Path> changedPlans(Path dir) throws GitException, IOException {
    Path abs = dir.toAbsolutePath().normalize();
    prefix(abs);
    verify(abs);
    Result r = git(abs, "diff", "--name-only", "-z", "--relative", rev, "--", "*.yaml", "*.yml");
    if (r.code != 0) {
      throw new GitException("git diff " + rev + " failed: " + r.err.strip());
    }
    List<Path> plans = new ArrayList<>();
    for (String name : new String(r.out, StandardCharsets.UTF_8).split("\0")) {
      Path p = dir.resolve(name);
      if (!name.isEmpty() && Files.isRegularFile(p) && isPlan(p)) {
        plans.add(p);
      }
    }
    return plans;
  }

  private static boolean isPlan(Path p) throws IOException {
    try (var lines = Files.lines(p, StandardCharsets.UTF_8)) {
      return lines.anyMatch(l -> l.startsWith("plan_format:"));
    } catch (UncheckedIOException e) {
      return false; // not UTF-8 text: not a plan
    }
  }

  /** The folder's path from the repository root, ending in / (empty at the root). */
  private String prefix(Path dir) throws GitException, IOException {
    if (!Files.isDirectory(dir)) {
      throw new GitException(dir + ": no such folder");
    }
    Result r = git(dir, "rev-parse", "--show-prefix");
    if (r.code != 0) {
      throw new GitException("not in a git repository (" + dir + "); diff REV needs one — or compare two files: "
          + "planforge diff OLD NEW");
    }
    return new String(r.out, StandardCharsets.UTF_8).strip();
  }

  private void verify(Path dir) throws GitException, IOException {
    Result r = git(dir, "rev-parse", "--verify", "--quiet", rev + "^{commit}");
    if (r.code != 0) {
      throw new GitException("unknown revision " + rev + " (not a commit, branch or tag of this repository)");
    }
  }

  private record Result(int code, byte[] out, String err) {}

  private static Result git(Path dir, String... args) throws GitException, IOException {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE);
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new GitException("cannot run git: " + e.getMessage());
    }
    p.getOutputStream().close();
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    byte[] out = readAll(p.getInputStream());
    try {
      int code = p.waitFor();
      return new Result(code, out, new String(err.join(), StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for git", e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      in.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The customers file the plan names, read from its YAML (the plan is not checked yet). */
  private static String customersFile(Path file, String display) throws IOException {
    JsonNode tree = PlanFile.read(file, display).tree();
    if (tree == null) {
      return null;
    }
    JsonNode name = tree.path("tiering").path("customers_file");
    return name.isTextual() ? name.asText() : null;
  }
}
