package dev.planforge.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The folder a plan stands in, and the one rule for the files a plan names in it (its
 * {@code customers_file}, its pictures): a relative name that stays inside the folder, with no
 * {@code ..} leading out, no absolute path and no symbolic link pointing elsewhere. A plan copied
 * with its folder then renders the same anywhere, and a plan from someone else cannot make
 * planforge read {@code /etc/passwd} or a file beside the folder into a document.
 */
public final class PlanFolder {

  private final Path folder;

  private PlanFolder(Path folder) {
    this.folder = folder;
  }

  /** The folder of {@code planFile} (which is not read). */
  public static PlanFolder of(Path planFile) {
    return new PlanFolder(planFile.toAbsolutePath().normalize().getParent());
  }

  /**
   * The file {@code name} names, or null when the name leads outside the folder: absolute, up
   * through {@code ..}, or not a path at all on this system (a NUL character, say).
   */
  public Path resolve(String name) {
    try {
      Path file = folder.resolve(name).normalize();
      return file.startsWith(folder) && !Path.of(name).isAbsolute() ? file : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /**
   * Whether {@code file} (from {@link #resolve}) is a regular file that is still inside the folder
   * once symbolic links are followed; false for a folder, a missing file or a link leading out.
   */
  public boolean holds(Path file) throws IOException {
    return Files.isRegularFile(file) && file.toRealPath().startsWith(folder.toRealPath());
  }
}
