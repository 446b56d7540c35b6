package dev.planforge.source;

import dev.planforge.diagnostic.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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

  /**
   * Lines as editors count them, ended by CR LF, CR or LF; the loader maps SnakeYAML's positions to
   * these. The last line is what follows the last break (empty when the text ends with one). The
   * list cannot be changed, as the record's lines never could.
   */
  static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return Collections.unmodifiableList(lines);
  }
}
