package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.planforge.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML in a real browser: Debian's headless Chromium, driven over the DevTools protocol on
 * the loopback interface. Opens the Chinese example and a hostile plan, follows every contents
 * link, records every network request and checks that plan text ran no script.
 *
 * <p>Skipped, with a message, when Chromium is not installed; in CI ({@code CI} set) a missing
 * browser is a failure, since {@code .ci/run} installs it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

  @TempDir
  static Path dir;

  private HeadlessChromium chromium;

  @BeforeAll
  void givenHeadlessChromium() throws Exception {
    chromium = HeadlessChromium.start(dir, Map.of(), List.of("Network", "Page", "Runtime"));
  }

  @AfterAll
  void stopChromium() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void contentsLinksLeadToTheirSectionsAndNothingIsFetched() throws Exception {
    Path html = write("meet-fresh.html", Plans.document(Plans.EXAMPLES.resolve("meet-fresh.yaml")));
    String url = html.toUri().toString();
    chromium.open(url);

    JsonNode links = chromium.eval("[...document.querySelectorAll('nav.toc a')].map(a => a.getAttribute('href'))");
    assertTrue(links.size() > 40, "contents links: " + links.size());
    for (JsonNode link : links) {
      String href = link.asText();
      assertTrue(href.startsWith("#"), href);
      String id = href.substring(1);
      JsonNode result = chromium.eval("(() => { const a = document.querySelector('nav.toc a[href=\"" + href + "\"]'); a.click();"
          + " const t = document.getElementById('" + id + "');"
          + " return [location.hash, t !== null, t !== null && t.matches(':target'), t ? t.tagName : ''] })()");
      assertEquals(href, result.get(0).asText(), "following " + href);
      assertTrue(result.get(1).asBoolean(), "a section with id " + id);
      assertTrue(result.get(2).asBoolean(), id + " is the target after the click");
      boolean figure = chromium.eval("document.querySelector('nav.toc ol.figures a[href=\"" + href + "\"]') !== null").asBoolean();
      assertTrue(result.get(3).asText().matches(figure ? "FIGURE" : "H[23]"),
          id + " is " + (figure ? "a figure" : "a heading") + ": " + result.get(3));
    }
    assertEquals(0, chromium.eval("document.scripts.length").asInt(), "no script in the document");
    assertTrue(chromium.eval("document.querySelectorAll('svg.chart').length").asInt() >= 5, "the charts are inline SVG");
    chromium.assertOnlyTheFileWasRequested(url);
  }

  @Test
  void planTextRunsNoScript() throws Exception {
    Path html = write("hostile.html", Plans.document(Plans.TEST_PLANS.resolve("hostile.yaml")));
    String url = html.toUri().toString();
    chromium.open(url);
    assertEquals("undefined", chromium.eval("typeof window.pwned").asText(), "a script from plan text ran");
    assertEquals(0, chromium.eval("document.scripts.length").asInt());
    assertEquals(0, chromium.eval("document.querySelectorAll('img, iframe, object, embed').length").asInt());
    assertEquals(0, chromium.eval("[...document.querySelectorAll('a[href]')].filter(a => !/^(https?:|mailto:|tel:|#)/i"
        + ".test(a.getAttribute('href'))).length").asInt(), "only safe links");
    assertTrue(chromium.eval("document.title").asText().startsWith("<script>"), "the title is shown as text");
    assertTrue(chromium.events("Page.javascriptDialogOpening").isEmpty(), "no alert");
    chromium.assertOnlyTheFileWasRequested(url);
  }

  private Path write(String name, Document doc) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, Plans.render(new HtmlRenderer(new Composer(null)), doc));
    return file;
  }
}
