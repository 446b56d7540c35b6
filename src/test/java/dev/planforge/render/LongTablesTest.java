package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.bench.BigPlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table longer than 2,000 rows keeps its first 2,000 in the document with a note, and the JSON
 * keeps them all (issue 12: a 10 MiB plan's 60,000 rows took 3 GB in the PDF engine); a table of
 * 2,000 rows is whole.
 */
class LongTablesTest {

  private static final Pattern TASK_TABLE = Pattern.compile("<h3 id=\"action_plan-tasks\">.*?<tbody>(.*?)</tbody>",
      Pattern.DOTALL);

  @Test
  void givenTwoThousandTasks_whenRendered_thenTheTaskListIsWhole(@TempDir Path dir) throws IOException {
    String html = html(Plans.document(BigPlans.chain(dir, 2_000, false)));

    assertEquals(2_000, taskRows(html));
    assertTrue(!html.contains("The first 2,000"), "no note under a whole table");
  }

  @Test
  void givenTwoThousandAndOneTasks_whenRendered_thenTheFirstTwoThousandAndANoteAndTheJsonHasAll(@TempDir Path dir)
      throws IOException {
    Document document = Plans.document(BigPlans.chain(dir, 2_001, false));
    String html = html(document);

    assertEquals(2_000, taskRows(html));
    assertTrue(html.contains("The first 2,000 of 2,001 rows; the JSON output (--format json) holds them all."), "the note");
    String json = new String(Plans.render(new Renderers(RenderOptions.DEFAULTS).forFormat(Format.JSON), document),
        StandardCharsets.UTF_8);
    assertTrue(json.contains("\"t2000\""), "the JSON holds the last task");
    String md = new String(Plans.render(new Renderers(RenderOptions.DEFAULTS).forFormat(Format.MD), document),
        StandardCharsets.UTF_8);
    assertTrue(md.contains("The first 2,000 of 2,001 rows"), "the Markdown says it too");
  }

  private static String html(Document document) throws IOException {
    return new String(Plans.render(new Renderers(RenderOptions.DEFAULTS).forFormat(Format.HTML), document),
        StandardCharsets.UTF_8);
  }

  private static int taskRows(String html) {
    Matcher m = TASK_TABLE.matcher(html);
    assertTrue(m.find(), "the task table");
    return m.group(1).split("<tr", -1).length - 1;
  }
}
