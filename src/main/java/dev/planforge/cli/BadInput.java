package dev.planforge.cli;

/**
 * Something named on the command line cannot be used: a plan file that is missing, unreadable or
 * not a regular file, an {@code --out} that is a file. The user's to fix, so {@link Main} reports
 * it as one line, without a stack trace, and exits {@value Main#USAGE}.
 */
final class BadInput extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadInput(String message) {
    super(message);
  }

  BadInput(String message, Throwable cause) {
    super(message, cause);
  }
}
