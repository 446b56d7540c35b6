package dev.planforge.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.planforge.render.Document;
import dev.planforge.render.RenderOptions.HtmlFonts;
import dev.planforge.testing.HeadlessChromium;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chinese example in a headless Chromium that has no Chinese font: fontconfig is pointed at a
 * folder holding Roboto alone. With {@code --html-fonts embed} the page's text is drawn in the
 * embedded Noto Sans SC (the fonts Chromium reports for the nodes, chart labels included), both
 * faces load from the page, nothing is fetched and the policy refuses nothing; with the reader's
 * fonts the same text is drawn in Roboto and fallbacks, as boxes, which is what the option is for.
 *
 * <p>Skipped, with a message, when Chromium is not installed; in CI ({@code CI} set) a missing
 * browser is a failure, as in the other browser test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserFontTest {

  @TempDir
  static Path dir;

  private HeadlessChromium chromium;
  private Document chinese;

  @BeforeAll
  void givenChromiumWithoutChineseFonts() throws Exception {
    Path fonts = Files.createDirectories(dir.resolve("fonts"));
    try (InputStream roboto = getClass().getResourceAsStream("/dev/planforge/fonts/ttf/Roboto/Roboto-Regular.ttf")) {
      Files.copy(roboto, fonts.resolve("Roboto-Regular.ttf"));
    }
    Path config = dir.resolve("fonts.conf");
    Files.writeString(config, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig><dir>"
        + fonts + "</dir><cachedir>" + dir.resolve("font-cache") + "</cachedir></fontconfig>\n", StandardCharsets.UTF_8);
    // This Chromium sees Roboto and nothing else.
    chromium = HeadlessChromium.start(dir, Map.of("FONTCONFIG_FILE", config.toString()),
        List.of("Network", "Page", "Runtime", "Log", "DOM", "CSS"));
    chinese = EmbeddedFontsTest.document(Path.of("plans/meet-fresh.yaml"));
  }

  @AfterAll
  void stopChromium() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void withEmbeddedFontsTheChineseTextIsDrawnInTheEmbeddedFamily() throws Exception {
    String url = open("embed.html", HtmlFonts.EMBED);
    JsonNode faces = chromium.eval("document.fonts.ready.then(() => [document.fonts.status,"
        + " [...document.fonts].map(f => f.family + ' ' + f.weight + ' ' + f.status)])");
    assertEquals("loaded", faces.get(0).asText(), faces.toString());
    assertEquals("[\"Noto Sans SC 400 loaded\",\"Noto Sans SC 700 loaded\"]", faces.get(1).toString());
    for (String selector : List.of("h1", "main h2", "main p", "main td", "nav.toc a", "svg.chart text")) {
      List<String> used = platformFonts(selector).stream().distinct().toList(); // a face per weight used
      assertEquals(List.of("Noto Sans SC (embedded)"), used, selector + " is drawn in the embedded font alone");
    }
    JsonNode heading = chromium.eval("document.querySelector('h1').textContent");
    assertTrue(heading.asText().contains("客户关系管理"), heading.asText());
    assertTrue(chromium.events("Log.entryAdded").stream().noneMatch(e -> e.path("entry").path("text").asText()
        .contains("Content Security Policy")), "the policy refused nothing: " + chromium.events("Log.entryAdded"));
    chromium.assertOnlyTheFileWasRequested(url);
  }

  @Test
  void withTheReadersFontsThisBrowserHasNoChineseFont() throws Exception {
    open("system.html", HtmlFonts.SYSTEM);
    chromium.eval("document.fonts.ready.then(() => document.fonts.size)");
    List<String> used = platformFonts("h1");
    assertFalse(used.isEmpty());
    assertTrue(used.stream().noneMatch(f -> f.contains("Noto Sans SC")), "no Chinese font here: " + used);
  }

  /** The fonts Chromium drew a node's text with, as "family" or "family (embedded)". */
  private List<String> platformFonts(String selector) throws Exception {
    int root = chromium.call("DOM.getDocument", HeadlessChromium.params()).path("root").path("nodeId").asInt();
    ObjectNode query = HeadlessChromium.params().put("nodeId", root).put("selector", selector);
    int node = chromium.call("DOM.querySelector", query).path("nodeId").asInt();
    assertTrue(node != 0, "an element " + selector);
    JsonNode fonts = chromium.call("CSS.getPlatformFontsForNode", HeadlessChromium.params().put("nodeId", node)).path("fonts");
    List<String> names = new ArrayList<>();
    for (JsonNode f : fonts) {
      names.add(f.path("familyName").asText() + (f.path("isCustomFont").asBoolean() ? " (embedded)" : ""));
    }
    return names;
  }

  private String open(String name, HtmlFonts fonts) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, EmbeddedFontsTest.render(chinese, fonts), StandardCharsets.UTF_8);
    String url = file.toUri().toString();
    chromium.open(url);
    return url;
  }
}
