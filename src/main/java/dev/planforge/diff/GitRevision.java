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
 * <p>The plan is written to a temporary folder with its folder's other files as committed at the
 * same revision — its {@code tiering.customers_file}, its pictures — so the old plan is checked
 * and compared with the customers it had then, not with today's file. (Beyond {@link #MAX_FILES}
 * files, only the customers file is fetched.) Paths are resolved against the repository root with {@code git rev-parse
 * --show-prefix}, so a plan named relative to any folder of the checkout is found.
 */
public final class GitRevision {

  /** More files than this under the plan's folder (a plan at the root of a big repository): fetch only its customers file. */
  static final int MAX_FILES = 2000;

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
    String display = rev + ":" + inRepo;
    List<String> files = folderAt(dir, prefix);
    if (files.size() <= MAX_FILES) {
      // The whole folder as it was: the customers file, pictures, anything the plan names beside it.
      files.remove(inRepo);
      writeBlobs(dir, prefix, files, folder);
    }
    Path file = folder.resolve(plan.getFileName().toString());
    Files.write(file, shown.out);
    String customers = customersFile(file, display);
    if (customers != null && files.size() > MAX_FILES) {
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

  /** The files of the folder (and below) at the revision, as paths from the repository root. */
  private List<String> folderAt(Path dir, String prefix) throws GitException, IOException {
    Result r = git(dir, "ls-tree", "-r", "-z", "--full-name", "--name-only", rev, "--", ".");
    if (r.code != 0) {
      throw new GitException("git ls-tree " + rev + " failed: " + r.err.strip());
    }
    List<String> files = new ArrayList<>();
    for (String name : new String(r.out, StandardCharsets.UTF_8).split("\0")) {
      if (!name.isEmpty() && name.startsWith(prefix)) {
        files.add(name);
      }
    }
    return files;
  }

  /**
   * Writes the files at the revision under {@code folder}, through one {@code git cat-file
   * --batch}: one process for the folder, not one per file.
   */
  private void writeBlobs(Path dir, String prefix, List<String> files, Path folder) throws GitException, IOException {
    if (files.isEmpty()) {
      return;
    }
    StringBuilder request = new StringBuilder();
    files.forEach(f -> request.append(rev).append(':').append(f).append('\n'));
    Process p = start(dir, "cat-file", "--batch");
    CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> {
      try (var in = p.getOutputStream()) {
        in.write(request.toString().getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    try (InputStream out = new java.io.BufferedInputStream(p.getInputStream())) {
      for (String f : files) {
        String header = headerLine(out);
        String[] parts = header.split(" ");
        if (parts.length != 3 || !parts[1].equals("blob")) {
          continue; // a submodule or a missing object: nothing a plan can read
        }
        byte[] content = out.readNBytes(Integer.parseInt(parts[2]));
        out.read(); // the newline after each object
        Path target = folder.resolve(f.substring(prefix.length())).normalize();
        if (target.startsWith(folder)) {
          Files.createDirectories(target.getParent());
          Files.write(target, content);
        }
      }
    }
    try {
      feed.join();
      err.join();
      if (p.waitFor() != 0) {
        throw new GitException("git cat-file failed reading " + rev);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for git", e);
    }
  }

  private static String headerLine(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("git cat-file ended early");
      }
      line.write(b);
    }
    return line.toString(StandardCharsets.UTF_8);
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
    Process p = start(dir, args);
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

  /** {@code git -C dir args…}, run from an argument list: no shell ever sees a revision or a path. */
  private static Process start(Path dir, String... args) throws GitException {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    try {
      return pb.start();
    } catch (IOException e) {
      throw new GitException("cannot run git: " + e.getMessage());
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
