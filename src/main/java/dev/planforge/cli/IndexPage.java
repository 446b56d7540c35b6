package dev.planforge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.planforge.model.Plan;
import dev.planforge.pipeline.Checked;
import dev.planforge.render.Format;
import dev.planforge.render.template.Templates;
import dev.planforge.render.view.Formats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code index.html}, written beside the outputs of a run of many plans: each plan with its
 * status, title, as-of date, total budget (as its currency writes money), warnings and links to
 * its outputs. Built from the built-in (or the user's) {@value #TEMPLATE}, with the document's
 * stylesheet and Content-Security-Policy; the same plans give the same bytes (no clock, no
 * absolute paths).
 */
// Public, as are the records below: FreeMarker reads only public classes' accessors.
public final class IndexPage {

  /** The template, overridable in a --templates folder like the others. */
  static final String TEMPLATE = "index.html.ftlh";
  /** The file written into the output folder. */
  static final String FILE_NAME = "index.html";

  private IndexPage() {}

  /** What became of a plan, as the page names it. */
  enum Status {
    RENDERED("rendered"),
    /** Errors (or warnings, with --strict): nothing was rendered. */
    INVALID("invalid"),
    /** Checked but not rendered or written (a character no font draws, a file that cannot be written), or not readable. */
    FAILED("failed");

    private final String word;

    Status(String word) {
      this.word = word;
    }

    String word() {
      return word;
    }
  }

  /** An output of a plan: the format's name and the file, relative to the page. */
  public record Link(String format, String file) {}

  /**
   * One row.
   *
   * @param plan the plan file as it was named on the command line
   * @param status rendered, invalid or failed
   * @param title the plan's title, or its file name when it has none that can be read
   * @param lang the plan's language tag, or empty when it is not known
   * @param asOf the as-of date as the plan's locale writes it (as written when the plan is invalid), or empty
   * @param budget the total budget as money of the plan's currency, or empty without a budget or figures
   * @param errors the plan's errors
   * @param warnings the plan's warnings
   * @param links the outputs of this run, in the order the formats were asked for; none unless rendered
   */
  public record Entry(String plan, String status, String title, String lang, String asOf, String budget, long errors,
      long warnings, List<Link> links) {

    public Entry {
      links = List.copyOf(links);
    }
  }

  /**
   * The page's data model.
   *
   * @param plans one entry per plan, in the order the plans were named
   */
  public record View(List<Entry> plans, long rendered, long invalid, long failed) {

    public View {
      plans = List.copyOf(plans);
    }
  }

  /**
   * The entry of a plan: from its checked model when it has one, else from what can be read of its
   * tree, else its file name alone.
   *
   * @param checked the plan as checked, or null when it could not be read
   * @param files the outputs written (or compared) for it, by format; empty unless rendered
   */
  static Entry entry(Path plan, Status status, Checked checked, List<Link> files) {
    String named = Loader.isStdin(plan) ? Loader.STDIN_NAME : plan.toString();
    String fileName = Loader.isStdin(plan) ? Loader.STDIN_NAME : String.valueOf(plan.getFileName());
    if (checked == null) {
      return new Entry(named, status.word(), fileName, "", "", "", 0, 0, files);
    }
    Plan p = checked.plan();
    if (p == null) { // errors: only what the tree says as written
      JsonNode tree = checked.tree();
      String title = tree != null && tree.path("title").isTextual() && !tree.path("title").asText().isBlank()
          ? tree.path("title").asText() : fileName;
      String asOf = tree != null && tree.path("as_of").isValueNode() ? tree.path("as_of").asText() : "";
      return new Entry(named, status.word(), title, "", asOf, "", checked.errors(), checked.warnings(), files);
    }
    Formats formats = new Formats(p.locale(), p.currency());
    String budget = checked.figures() != null && checked.figures().budget() != null
        ? formats.money(checked.figures().budget().total()) : "";
    return new Entry(named, status.word(), p.title(), p.locale().tag(), formats.date(p.asOf()), budget,
        checked.errors(), checked.warnings(), files);
  }

  /** The outputs of {@code baseName} in {@code formats}, as links. */
  static List<Link> links(String baseName, List<Format> formats) {
    return formats.stream().map(f -> new Link(label(f), baseName + "." + f.extension())).toList();
  }

  private static String label(Format f) {
    return switch (f) {
      case HTML -> "HTML";
      case PDF -> "PDF";
      case MD -> "Markdown";
      case JSON -> "JSON";
    };
  }

  /** The page for {@code entries}, in UTF-8. */
  static byte[] render(Templates templates, List<Entry> entries) throws IOException {
    long rendered = entries.stream().filter(e -> e.status().equals(Status.RENDERED.word())).count();
    long invalid = entries.stream().filter(e -> e.status().equals(Status.INVALID.word())).count();
    View view = new View(entries, rendered, invalid, entries.size() - rendered - invalid);
    return templates.render(TEMPLATE, view).getBytes(StandardCharsets.UTF_8);
  }
}
