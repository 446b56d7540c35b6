package dev.planforge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: output compared with a file kept in the repository, or written to it with
 * {@code mvn test -Dgolden.update=true}, to be read before it is committed.
 */
public final class GoldenFiles {

  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private GoldenFiles() {}

  /**
   * @param what what {@code actual} is, for the message when it differs ("rendered output")
   */
  public static void check(Path golden, String actual, String what) throws IOException {
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail("no golden file " + golden + "; create it with mvn test -Dgolden.update=true and review it");
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        () -> what + " differs from " + golden + " (rewrite with -Dgolden.update=true after review)");
  }
}
