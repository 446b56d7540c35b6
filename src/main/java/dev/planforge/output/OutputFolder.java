package dev.planforge.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The folder a run writes its outputs into. Each plan's outputs are written as a set: every file
 * is complete in a hidden temporary file beside its target ({@code .NAME.EXT.<random>.tmp})
 * before any is renamed into place, and a failure at any step leaves every earlier output as it
 * was. Readers see the old set or the new one, never half a file.
 *
 * <p>While open, a shutdown hook removes the temporary files in flight, so stopping a run
 * (Ctrl-C, SIGTERM) leaves none behind. Close it when the run is over.
 */
public final class OutputFolder implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

  /** Puts a finished file in place of its target; tests replace it to make a rename fail. */
  @FunctionalInterface
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  private final Path dir;
  private final Mover mover;
  private final Set<Path> inFlight = new LinkedHashSet<>(); // guarded by this
  private final Thread cleanup = new Thread(this::stop, "planforge-output-cleanup");
  private boolean stopped; // guarded by this; set by the shutdown hook

  public OutputFolder(Path dir) {
    this(dir, OutputFolder::rename);
  }

  OutputFolder(Path dir, Mover mover) {
    this.dir = dir;
    this.mover = mover;
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  public Path dir() {
    return dir;
  }

  /**
   * Removes temporary files an earlier run left behind (it was killed, or the machine stopped):
   * only hidden files named like ours for the outputs {@code names}, nothing else of the folder.
   *
   * @return the files removed
   */
  public List<Path> removeStale(Collection<String> names) throws IOException {
    if (!Files.isDirectory(dir) || names.isEmpty()) {
      return List.of();
    }
    Pattern ours = tempPattern(names);
    List<Path> removed = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.tmp")) {
      for (Path p : entries) {
        if (ours.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p, NO_FOLLOW)) {
          Files.deleteIfExists(p);
          removed.add(p);
        }
      }
    }
    return removed;
  }

  /** The names of our temporary files for the outputs {@code names}. */
  static Pattern tempPattern(Collection<String> names) {
    String alternatives = names.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    return Pattern.compile("\\.(?:" + alternatives + ")\\.[0-9a-z]{1,13}\\.tmp");
  }

  /**
   * Writes {@code files} (file name → content) into the folder as one set.
   *
   * @return the files written, in the order given
   * @throws IOException naming the output that could not be written and why; no output of the
   *     set was changed and no temporary file is left
   */
  public List<Path> write(Map<String, byte[]> files) throws IOException {
    Map<Path, byte[]> targets = new LinkedHashMap<>();
    files.forEach((name, bytes) -> targets.put(dir.resolve(name), bytes));
    createFolder();
    for (Path target : targets.keySet()) {
      // Checked before anything is written: a rename would fail on a folder, or replace an empty one.
      if (Files.isDirectory(target, NO_FOLLOW)) {
        throw new FileSystemException(target.toString(), null, "is a folder, not a file; remove or rename it");
      }
    }
    List<Path> temps = new ArrayList<>();
    Map<Path, Path> backups = new LinkedHashMap<>(); // target → a second link to its old content
    List<Path> replaced = new ArrayList<>();
    Throwable failure = null;
    try {
      for (Map.Entry<Path, byte[]> t : targets.entrySet()) {
        temps.add(writeTemp(t.getKey(), t.getValue()));
      }
      for (Path target : targets.keySet()) {
        if (Files.exists(target, NO_FOLLOW)) {
          backups.put(target, backUp(target));
        }
      }
      int i = 0;
      for (Path target : targets.keySet()) {
        Path temp = temps.get(i++);
        try {
          mover.move(temp, target);
        } catch (IOException e) {
          throw new FileSystemException(target.toString(), null, "cannot replace it: " + reason(e));
        }
        replaced.add(target);
      }
      return List.copyOf(targets.keySet());
    } catch (IOException | RuntimeException | Error e) {
      failure = e;
      restore(replaced, backups, e);
      throw e;
    } finally {
      List<Path> leftovers = new ArrayList<>(temps);
      leftovers.addAll(backups.values());
      removeAll(leftovers, failure);
    }
  }

  /** A new temporary file beside {@code target} holding {@code bytes}, flushed to the disk. */
  private Path writeTemp(Path target, byte[] bytes) throws IOException {
    Path temp = newTemp(target);
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      // Without this a crash soon after the rename can leave an empty file where the old one was.
      channel.force(true);
    } catch (IOException e) {
      throw new FileSystemException(target.toString(), null, "cannot write it: " + reason(e));
    }
    return temp;
  }

  /**
   * Creates an empty temporary file for {@code target} and records it, under the same lock the
   * shutdown hook takes: once the hook has run, no new temporary file can appear.
   */
  private synchronized Path newTemp(Path target) throws IOException {
    if (stopped) {
      throw new IOException("the run is being stopped");
    }
    Path temp = tempFor(target);
    try {
      // Not createTempFile: its owner-only permissions would stay on the published file.
      Files.createFile(temp);
    } catch (IOException e) {
      throw new FileSystemException(target.toString(), null, "cannot write it: " + reason(e));
    }
    inFlight.add(temp);
    return temp;
  }

  /** A second name for the old {@code target}, so it can be put back if the set fails. */
  private synchronized Path backUp(Path target) throws IOException {
    if (stopped) {
      throw new IOException("the run is being stopped");
    }
    Path backup = tempFor(target);
    try {
      try {
        Files.createLink(backup, target);
      } catch (UnsupportedOperationException | FileSystemException e) {
        // No hard links here (file system, or permissions): a copy keeps the old bytes just as well.
        Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
      }
    } catch (IOException e) {
      throw new FileSystemException(target.toString(), null, "cannot keep the old file while replacing it: " + reason(e));
    }
    inFlight.add(backup);
    return backup;
  }

  private static Path tempFor(Path target) {
    return target.resolveSibling(
        "." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
  }

  /** Puts back the outputs this set already replaced, after a later one failed. */
  private void restore(List<Path> replaced, Map<Path, Path> backups, Throwable failure) {
    for (Path target : replaced) {
      try {
        Path backup = backups.get(target);
        if (backup == null) {
          Files.deleteIfExists(target); // it did not exist before this set
        } else {
          mover.move(backup, target);
        }
      } catch (IOException | RuntimeException e) {
        failure.addSuppressed(new IOException(target + ": could not be put back as it was: " + reason(e), e));
      }
    }
  }

  private void removeAll(List<Path> files, Throwable failure) throws IOException {
    IOException first = null;
    for (Path p : files) {
      try {
        Files.deleteIfExists(p);
        synchronized (this) {
          inFlight.remove(p);
        }
      } catch (IOException e) {
        IOException named = new IOException("cannot remove the temporary file " + p + ": " + reason(e), e);
        if (failure != null) {
          failure.addSuppressed(named);
        } else if (first == null) {
          first = named;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private void createFolder() throws IOException {
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      throw new FileSystemException(e.getFile(), null, "is a file, not a folder");
    } catch (IOException e) {
      throw new FileSystemException(dir.toString(), null, "cannot create the folder: " + reason(e));
    }
  }

  private static void rename(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Why an I/O operation failed, in words, without the (temporary) file's name. */
  static String reason(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The shutdown hook: removes every temporary file in flight and lets no new one be made. */
  synchronized void stop() {
    stopped = true;
    for (Path p : inFlight) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        System.err.println("planforge: cannot remove the temporary file " + p + ": " + reason(e));
      }
    }
    inFlight.clear();
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // The JVM is shutting down: the hook is running or has run, which is what it is for.
    }
  }
}
