package dev.planforge.source;

import dev.planforge.diagnostic.SourceText;
import java.nio.file.Path;
import java.util.List;

/**
 * A file as read: where it is, the name diagnostics print, and its lines for showing context.
 */
public record SourceFile(Path path, String displayName, List<String> lines) implements SourceText {

  public SourceFile {
    lines = List.copyOf(lines);
  }

  /** The text of a 1-based line, or null past the end. */
  public String line(int number) {
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : null;
  }

  static List<String> splitLines(String text) {
    // Lines as editors count them; the loader maps SnakeYAML's positions to these.
    return List.of(text.split("\r\n|\r|\n", -1));
  }
}
