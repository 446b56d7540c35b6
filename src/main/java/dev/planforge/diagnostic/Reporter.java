package dev.planforge.diagnostic;



import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects diagnostics for one plan: turns a path into a position through the source map and a
 * message key into text in the plan's language. Checks only ever add; nothing is thrown.
 */
public final class Reporter {

  private final Messages messages;
  private final Positions map;
  private final Map<String, SourceText> files = new HashMap<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  public Reporter(Messages messages, Positions map) {
    this.messages = messages;
    this.map = map;
  }

  /** Registers a file positions may point into (the plan, a CSV file), to show its lines. */
  public void addFile(SourceText file) {
    files.put(file.displayName(), file);
  }

  public Messages messages() {
    return messages;
  }

  public void error(String rule, PlanPath path, String key, Object... args) {
    add(Severity.ERROR, rule, path, false, null, key, args);
  }

  /** An error placed on the key of {@code path} rather than on its value. */
  public void errorAtKey(String rule, PlanPath path, String key, Object... args) {
    add(Severity.ERROR, rule, path, true, null, key, args);
  }

  public void warning(String rule, PlanPath path, String key, Object... args) {
    add(Severity.WARNING, rule, path, false, null, key, args);
  }

  /** An error with a "did you mean" drawn from {@code known}, when one of them is close. */
  public void errorSuggesting(
      String rule, PlanPath path, boolean atKey, String given, Collection<String> known, String key, Object... args) {
    add(Severity.ERROR, rule, path, atKey, Suggestions.closest(given, known), key, args);
  }

  public void add(
      Severity severity, String rule, PlanPath path, boolean atKey, String suggestion, String key, Object... args) {
    Location at = atKey ? map.keyOf(path) : map.valueOf(path);
    addAt(severity, rule, at, path.toString(), suggestion, messages.text(key, args));
  }

  /** A diagnostic whose position is already known (YAML syntax, CSV rows). */
  public void addAt(Severity severity, String rule, Location at, String path, String suggestion, String message) {
    String line = null;
    if (at != null) {
      SourceText file = files.get(at.file());
      line = file == null ? null : file.line(at.line());
    }
    String hint = suggestion == null ? null : messages.text("suggest.didYouMean", suggestion);
    // the root's label is a word, so it is in the plan's language like the message
    String shown = PlanPath.ROOT.toString().equals(path) ? messages.text("path.root") : path;
    diagnostics.add(new Diagnostic(severity, rule, at, shown, message, hint, line));
  }

  /** A reporter for the same plan that collects separately, to be merged with {@link #addAll}. */
  public Reporter fork() {
    Reporter fork = new Reporter(messages, map);
    fork.files.putAll(files);
    return fork;
  }

  public void addAll(Collection<Diagnostic> more) {
    diagnostics.addAll(more);
  }

  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
