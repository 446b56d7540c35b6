package dev.planforge.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * File names as CI tools want them: relative to the folder the command runs in (a repository's
 * root in CI), with forward slashes. GitHub places annotations and code-scanning alerts by such
 * names; a file outside the folder keeps its absolute name.
 */
final class WorkingFolder {

  private final Path root;

  WorkingFolder(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  static WorkingFolder current() {
    return new WorkingFolder(Path.of(""));
  }

  /** {@code ./plans/x.yaml} → {@code plans/x.yaml}; a name that is not a path stays as it is. */
  String relative(String file) {
    Path absolute = absolute(file);
    if (absolute == null) {
      return file;
    }
    return slashes(absolute.startsWith(root) ? root.relativize(absolute) : absolute);
  }

  /** A URI reference for SARIF: relative and percent-encoded inside the folder, a file URI outside it. */
  String uri(String file) {
    Path absolute = absolute(file);
    if (absolute != null && !absolute.startsWith(root)) {
      return absolute.toUri().toASCIIString();
    }
    String relative = absolute == null ? file : slashes(root.relativize(absolute));
    int colon = relative.indexOf(':');
    int slash = relative.indexOf('/');
    if (colon >= 0 && (slash < 0 || colon < slash)) {
      relative = "./" + relative; // "a:b.yaml" would read as a URI scheme
    }
    try {
      return new URI(null, null, relative, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot name " + file + " as a URI", e);
    }
  }

  /** The folder as a file URI ending in "/", SARIF's base for the relative names. */
  String rootUri() {
    return root.toUri().toASCIIString();
  }

  private Path absolute(String file) {
    try {
      return root.resolve(Path.of(file)).normalize();
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static String slashes(Path p) {
    return p.toString().replace(p.getFileSystem().getSeparator(), "/");
  }
}
