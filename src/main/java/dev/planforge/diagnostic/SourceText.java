package dev.planforge.diagnostic;

/** A file diagnostics point into: the name they print and its lines, to show the line itself. */
public interface SourceText {

  String displayName();

  /** The text of a 1-based line, or null past the end. */
  String line(int number);
}
