package dev.planforge.diagnostic;

/** A place in a file: 1-based line and column (columns count Unicode code points). */
public record Location(String file, int line, int column) {

  @Override
  public String toString() {
    return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
  }
}
