package dev.planforge.proof;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The output checks of {@link RenderProbe} catch what they are for, and only that. */
class RenderProbeChecksTest {

  @ParameterizedTest
  @ValueSource(strings = {"<td>null</td>", "Owner: null", "| null |", "null"})
  void givenOutputShowingNull_thenTheNullCheckFindsIt(String output) {
    assertTrue(RenderProbe.NULL_WORD.matcher(output).find(), output);
  }

  @ParameterizedTest
  @ValueSource(strings = {"annually", "nullify", "<td>—</td>", "NULL_X", "x_null"})
  void givenOutputWithoutTheWordNull_thenTheNullCheckIsQuiet(String output) {
    assertFalse(RenderProbe.NULL_WORD.matcher(output).find(), output);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<p><script>alert(1)</script></p>", "<iframe src=\"https://example.com\"></iframe>",
      "<img src=\"x\" onerror=\"alert(1)\">", "<span style=\"color:red\" onclick=\"x()\">a</span>",
      "<a href=\"javascript:alert(1)\">bad</a>", "<div style=\"position:fixed\">"})
  void givenRawHtmlFromAPlan_whenNotEscaped_thenTheActiveMarkupCheckFindsIt(String html) {
    assertTrue(RenderProbe.ACTIVE_HTML.matcher(html).find(), html);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", "<p>&lt;img src=&quot;x&quot; onerror=&quot;alert(1)&quot;&gt;</p>",
      "<p>&lt;span style=\"color:red\" onclick=\"x()\"&gt;</p>", "<p>[bad](javascript:alert(1))</p>",
      "<div class=\"figure\" style=\"width:100%\"><svg></svg></div>", "<a href=\"#section-budget\">Budget</a>"})
  void givenEscapedOrOwnMarkup_thenTheActiveMarkupCheckIsQuiet(String html) {
    assertFalse(RenderProbe.ACTIVE_HTML.matcher(html).find(), html);
  }
}
