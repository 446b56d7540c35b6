package dev.planforge.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.diagnostic.Location;
import dev.planforge.diagnostic.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The served copies: what the reload script adds to a page, and the page of a plan's problems. */
class LivePageTest {

  @Test
  void thePolicyGainsTheScriptAndItsEventsInPlaceOfAnyItHad() {
    String page = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "script-src 'unsafe-eval'; style-src 'unsafe-inline'\"/></head>";
    assertEquals("<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'\"/></head>", LivePage.allowLiveScript(page));
    assertEquals("<head></head>", LivePage.allowLiveScript("<head></head>"), "no policy: nothing to allow");
  }

  @Test
  void theScriptGoesAtTheEndOfTheHeadOrOfTheBodyOrOfTheFile() {
    String tag = "<script src=\"/_planforge/live.js\" data-generation=\"7\"></script>\n";
    assertEquals("<html><head>" + tag + "</head><body></body></html>", served("<html><head></head><body></body></html>"));
    assertEquals("<body>x" + tag + "</BODY>", served("<body>x</BODY>"));
    assertEquals("plain" + tag, served("plain"));
  }

  @Test
  void theProblemsPageEscapesWhatThePlanSaysAndNamesEachPlace() {
    Diagnostic d = new Diagnostic(Severity.ERROR, "schema.type", new Location("plans/x.yaml", 12, 5),
        "title", "expected text, got <script>alert(1)</script>", null, "title: <script>alert(1)</script>");
    String page = new String(LivePage.problems("plans/x.yaml", List.of(d), null, true, 3), StandardCharsets.UTF_8);

    assertTrue(page.contains("<code class=\"where\">plans/x.yaml:12:5</code> <b>error</b>: <code>title</code>: "
        + "expected text, got &lt;script&gt;alert(1)&lt;/script&gt;"), page);
    assertTrue(page.contains("<pre>12 | title: &lt;script&gt;alert(1)&lt;/script&gt;</pre>"), page);
    assertFalse(page.contains("<script>alert"), "plan text is never markup");
    assertTrue(page.contains("data-generation=\"3\""), "the page reloads itself too");
    assertTrue(page.contains("kept as they were"));
  }

  private static String served(String html) {
    return new String(LivePage.document(html.getBytes(StandardCharsets.UTF_8), 7), StandardCharsets.UTF_8);
  }
}
