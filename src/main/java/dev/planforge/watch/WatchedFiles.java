package dev.planforge.watch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.pipeline.Checked;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a render of a plan read, so a save of any of them renders it again: the plan, its
 * {@code customers_file}, the files its text names (images in Markdown fields, or a field whose
 * value is the name of a file beside the plan), and any other file a diagnostic points into.
 *
 * <p>Computed from the checked plan rather than recorded by the stages, so a stage that starts
 * reading a new kind of file is covered as long as the plan names it, which it must.
 */
final class WatchedFiles {

  /** A Markdown image, {@code ![alt](target "title")}; the target may be in angle brackets. */
  private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)");
  /** A Markdown link reference definition, {@code [name]: target}, which a reference-style image uses. */
  private static final Pattern REFERENCE = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+]:\\s*<?([^\\s>]+)");
  private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
  /** A value that may be a file's name: no spaces around, an extension; prose is not looked up. */
  private static final Pattern FILE_NAME = Pattern.compile("\\S(?:.{0,1000}\\S)?\\.[A-Za-z0-9]{1,8}");

  private WatchedFiles() {}

  /**
   * The files of {@code checked}, absolute and normalised, the plan first.
   *
   * @param plan the plan file as given to the check
   * @param checked its check, or null when it could not be read at all
   */
  static Set<Path> of(Path plan, Checked checked) {
    Path planFile = plan.toAbsolutePath().normalize();
    Path folder = planFile.getParent();
    Set<Path> files = new LinkedHashSet<>();
    files.add(planFile);
    if (checked == null) {
      return files;
    }
    JsonNode tree = checked.tree();
    if (tree != null) {
      // While the schema fails, the checked tree has the CSV's rows in place of the file's name.
      addNamed(folder, tree.path("tiering").path("customers_file").asText(null), true, files);
      addNamedIn(folder, tree, files);
    }
    for (Diagnostic d : checked.diagnostics()) {
      if (d.location() != null) {
        addNamed(null, d.location().file(), false, files);
      }
    }
    return files;
  }

  /** Every text value: an image it shows, or the value itself when it names an existing file. */
  private static void addNamedIn(Path folder, JsonNode node, Set<Path> files) {
    if (node.isTextual()) {
      String text = node.asText();
      for (Pattern target : List.of(MARKDOWN_IMAGE, REFERENCE)) {
        Matcher m = target.matcher(text);
        while (m.find()) {
          addNamed(folder, m.group(1), true, files);
          addNamed(folder, percentDecoded(m.group(1)), true, files); // a%20b.png is the file "a b.png"
        }
      }
      if (FILE_NAME.matcher(text).matches()) {
        addNamed(folder, text, false, files);
      }
    } else if (node.isContainerNode()) {
      node.forEach(child -> addNamedIn(folder, child, files));
    }
  }

  /** {@code %XX} escapes decoded as UTF-8, as a browser reads a URL's path; a {@code %} that starts none stays. */
  static String percentDecoded(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); ) {
      if (text.charAt(i) == '%' && i + 2 < text.length() && HexFormat.isHexDigit(text.charAt(i + 1))
          && HexFormat.isHexDigit(text.charAt(i + 2))) {
        bytes.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
        i += 3;
      } else {
        int cp = text.codePointAt(i);
        bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(cp);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * {@code name}, resolved against {@code folder} (or the working folder when null), if it is a
   * local file. A file that does not exist yet is watched only when the plan names it as a file
   * (a customers file or an image): it is being created, and its arrival should render.
   */
  private static void addNamed(Path folder, String name, boolean namedAsFile, Set<Path> files) {
    if (name == null || name.isEmpty() || URL.matcher(name).matches() || name.startsWith("#")) {
      return;
    }
    Path file;
    try {
      Path given = Path.of(name);
      file = (folder == null || given.isAbsolute() ? given.toAbsolutePath() : folder.resolve(given)).normalize();
    } catch (InvalidPathException e) {
      return; // text that is no file name (a NUL, a reserved character on Windows)
    }
    if (namedAsFile ? file.getParent() != null && Files.isDirectory(file.getParent()) : Files.isRegularFile(file)) {
      files.add(file);
    }
  }
}
