package dev.planforge.cli;

import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Runs the checking stages over one plan named on the command line. */
final class Loader {

  private Loader() {}

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
