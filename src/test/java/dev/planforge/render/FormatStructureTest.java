package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.fail;

import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.Column;
import dev.planforge.render.doc.DocumentModel;
import dev.planforge.render.doc.Section;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HTML, PDF and Markdown show the same sections, subsections and tables with the same columns in
 * the same order: each is read back from its output and must contain the model's structure in
 * order (a Markdown field may add tables of its own, so the check is "in order", not "equal").
 */
class FormatStructureTest {

  private final Composer composer = new Composer(null);

  static Stream<Path> plans() throws Exception {
    return DocumentModelTest.plans();
  }

  @ParameterizedTest
  @MethodSource("plans")
  void givenAPlan_thenEveryFormatShowsTheModelsSectionsAndColumnsInOrder(Path plan) throws Exception {
    Document doc = Plans.document(plan);
    DocumentModel model = composer.model(doc);
    List<String> expected = structure(model);
    String html = composer.compose(Composer.HTML, doc);
    String xhtml = composer.compose(Composer.PDF_XHTML, doc);
    String md = new String(Plans.render(new MarkdownRenderer(composer), doc), StandardCharsets.UTF_8);
    inOrder("HTML", expected, fromXhtml(html));
    inOrder("PDF", expected, fromXhtml(xhtml));
    inOrder("Markdown", expected, fromMarkdown(md));
  }

  /** What the model shows: H2 and H3 titles and each table's header row, in document order. */
  private static List<String> structure(DocumentModel model) {
    List<String> out = new ArrayList<>();
    for (Section s : model.sections()) {
      out.add("H2 " + s.full());
      blocks(s.blocks(), out);
    }
    return out;
  }

  private static void blocks(List<Block> blocks, List<String> out) {
    for (Block b : blocks) {
      if (b instanceof Block.Heading h && h.level() == 3) {
        out.add("H3 " + h.shown()); // with the number of the table it heads
      } else if (b instanceof Block.Table t) {
        out.add("T " + String.join(" | ", t.columns().stream().map(Column::header).toList()));
      } else if (b instanceof Block.Group g) {
        blocks(g.blocks(), out);
      }
    }
  }

  private static final Pattern XHTML = Pattern.compile(
      "<h2 id=\"[^\"]*\">(.*?)</h2>|<h3 id=\"[^\"]*\">(.*?)</h3>|<table class=\"grid[^\"]*\"[^>]*>\\s*(?:<colgroup>.*?</colgroup>\\s*)?<thead><tr>(.*?)</tr></thead>",
      Pattern.DOTALL);
  private static final Pattern TH = Pattern.compile("<th[^>]*>(.*?)</th>", Pattern.DOTALL);

  static List<String> fromXhtml(String xhtml) {
    List<String> out = new ArrayList<>();
    Matcher m = XHTML.matcher(xhtml);
    while (m.find()) {
      if (m.group(1) != null) {
        out.add("H2 " + text(m.group(1)));
      } else if (m.group(2) != null) {
        out.add("H3 " + text(m.group(2)));
      } else {
        List<String> headers = new ArrayList<>();
        Matcher th = TH.matcher(m.group(3));
        while (th.find()) {
          headers.add(text(th.group(1)));
        }
        out.add("T " + String.join(" | ", headers));
      }
    }
    return out;
  }

  private static String text(String xhtml) {
    return xhtml.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&").strip();
  }

  static List<String> fromMarkdown(String md) {
    List<String> out = new ArrayList<>();
    String[] lines = md.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("## ")) {
        out.add("H2 " + unescape(line.substring(3)));
      } else if (line.startsWith("### ")) {
        out.add("H3 " + unescape(line.substring(4)));
      } else if (line.startsWith("|") && i + 1 < lines.length && lines[i + 1].matches("\\|(\\s*:?-+:?\\s*\\|)+")) {
        List<String> headers = new ArrayList<>();
        for (String cell : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1)) {
          headers.add(unescape(cell.strip()));
        }
        out.add("T " + String.join(" | ", headers));
      }
    }
    return out;
  }

  private static String unescape(String md) {
    return md.replaceAll("\\\\([\\\\`*_\\[\\]<>|#])", "$1").strip();
  }

  private static void inOrder(String format, List<String> expected, List<String> actual) {
    int at = 0;
    for (String e : expected) {
      int found = actual.subList(at, actual.size()).indexOf(e);
      if (found < 0) {
        fail(format + " lacks, or shows out of order: " + e + "\n  after: "
            + (at == 0 ? "(start)" : actual.get(at - 1)) + "\n  " + format + " has: " + actual);
      }
      at += found + 1;
    }
  }
}
