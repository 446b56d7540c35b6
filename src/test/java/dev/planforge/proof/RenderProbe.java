package dev.planforge.proof;

import dev.planforge.pipeline.Pipeline;
import dev.planforge.pipeline.Checked;
import dev.planforge.render.Document;
import dev.planforge.render.Format;
import dev.planforge.render.RenderOptions;
import dev.planforge.render.Renderer;
import dev.planforge.render.Renderers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a checked plan in the formats asked for, through the public API only, and says what
 * went wrong in each: an exception, empty output, JSON that does not parse, the word
 * {@code null} shown where a value belongs (the generator never writes that word, so it can only
 * come from a missing value), or active markup in the HTML that came from raw HTML in a plan's
 * Markdown. The PDF renderer parses its XHTML before layout, so a PDF render also proves that
 * XHTML well-formed.
 */
final class RenderProbe {

  /** One format that failed for one plan. */
  record Failure(Format format, Throwable error) {}

  static final Pattern NULL_WORD = Pattern.compile("(?<![\\p{L}\\p{N}_])null(?![\\p{L}\\p{N}_])");

  /**
   * Markup that runs or loads something: the plans hold it only as text (raw HTML in Markdown
   * fields), so in the HTML it must come out escaped. The document's own markup has none of it.
   */
  static final Pattern ACTIVE_HTML = Pattern.compile(
      "(<(?:script|iframe|object|embed)\\b|<[a-zA-Z][^<>]*\\s(?:on[a-z]+|style)\\s*=\\s*[\"'][^\"'<>]*(?:x\\(\\)|alert|fixed)"
          + "|\\shref\\s*=\\s*[\"']?\\s*javascript:)",
      Pattern.CASE_INSENSITIVE);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<Format, Renderer> renderers = new EnumMap<>(Format.class);
  private final Map<Format, Long> nanos = new EnumMap<>(Format.class);

  RenderProbe() {
    Renderers all = new Renderers(RenderOptions.DEFAULTS); // one per run: it keeps the parsed templates and fonts
    for (Format f : Format.values()) {
      renderers.put(f, all.forFormat(f));
    }
  }

  /** The failures of rendering {@code checked} (which must pass) in each of {@code formats}. */
  List<Failure> render(Checked checked, Set<Format> formats) {
    List<Failure> failures = new ArrayList<>();
    Document document = Pipeline.document(checked);
    for (Format format : formats) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long start = System.nanoTime();
      try {
        renderers.get(format).render(document, out);
      } catch (Exception | StackOverflowError e) {
        failures.add(new Failure(format, e));
        continue;
      } finally {
        nanos.merge(format, System.nanoTime() - start, Long::sum);
      }
      if (out.size() == 0) {
        failures.add(new Failure(format, new AssertionError(format + " output is empty")));
      } else if (format == Format.JSON) {
        try {
          JSON.readTree(out.toByteArray());
        } catch (IOException e) {
          failures.add(new Failure(format, new AssertionError("JSON output does not parse: " + e.getMessage(), e)));
        }
      } else if (format == Format.HTML || format == Format.MD) {
        String text = out.toString(StandardCharsets.UTF_8);
        Matcher m = NULL_WORD.matcher(text);
        if (m.find()) {
          failures.add(new Failure(format, new AssertionError(format + " output shows the word null where a value "
              + "belongs, after: " + context(text, m.start()))));
        }
        Matcher active = ACTIVE_HTML.matcher(format == Format.MD ? rawHtml(text) : text);
        if (active.find()) {
          failures.add(new Failure(format, new AssertionError(format + " output carries active markup from the plan "
              + "(raw HTML in Markdown must be escaped): " + active.group(1))));
        }
      }
    }
    return failures;
  }

  private static final com.vladsch.flexmark.parser.Parser MARKDOWN = com.vladsch.flexmark.parser.Parser.builder(
      new com.vladsch.flexmark.util.data.MutableDataSet().set(com.vladsch.flexmark.parser.Parser.EXTENSIONS,
          List.of(com.vladsch.flexmark.ext.tables.TablesExtension.create()))).build();

  /**
   * The raw HTML a Markdown reader would pass on, as a git host parses the document: code and
   * escaped text are not HTML, so only real HTML blocks and inline HTML count.
   */
  private static String rawHtml(String markdown) {
    StringBuilder html = new StringBuilder();
    for (com.vladsch.flexmark.util.ast.Node n : MARKDOWN.parse(markdown).getDescendants()) {
      if (n instanceof com.vladsch.flexmark.ast.HtmlBlockBase || n instanceof com.vladsch.flexmark.ast.HtmlInlineBase) {
        html.append(n.getChars()).append('\n');
      }
    }
    return html.toString();
  }

  /** Time spent rendering, per format, in milliseconds. */
  String timings() {
    StringBuilder s = new StringBuilder();
    nanos.forEach((f, n) -> s.append(f).append(' ').append(n / 1_000_000).append(" ms "));
    return s.toString().strip();
  }

  /** The markup just before a position, with the plan's own text left out, to group alike cases. */
  private static String context(String text, int at) {
    String before = text.substring(Math.max(0, at - 80), at);
    int tag = before.lastIndexOf('<');
    if (tag >= 0) {
      Matcher m = Pattern.compile("<(/?[a-zA-Z0-9]+)[^>]*?(class=\"[^\"]*\")?[^>]*>?").matcher(before.substring(tag));
      if (m.lookingAt()) {
        return "<" + m.group(1) + (m.group(2) == null ? "" : " " + m.group(2)) + ">…";
      }
    }
    int line = before.lastIndexOf('\n');
    String start = before.substring(line + 1);
    return "line starting " + start.replaceAll("[\\p{L}\\p{N}][^|*#>:]*", "…").strip();
  }
}
