package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.render.pdf.PdfRenderer;
import dev.planforge.render.view.Markup;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Plan text is data: markup in it is shown, never obeyed, in HTML, Markdown fields and the PDF. */
class SafeMarkupTest {

  private final Markup markup = new Markup();

  // The same field, written into the Markdown document: it must stay inside its place there too.

  @Test
  void givenAnUnclosedFence_whenWrittenAsMarkdown_thenTheFenceIsClosed() {
    String md = markup.toMarkdown("text\n\n```\ncode that never closes\n# not a heading");
    assertTrue(md.endsWith("```"), md);
    assertEquals(2, md.split("```", -1).length - 1, md); // an opening and a closing fence
  }

  @Test
  void givenRawHtmlOrAnOpenComment_whenWrittenAsMarkdown_thenItIsText() {
    assertEquals("&lt;!-- open comment\n\nthe rest", markup.toMarkdown("<!-- open comment\n\nthe rest"));
    assertEquals("a &lt;script&gt;x()&lt;/script&gt; b", markup.toMarkdown("a <script>x()</script> b"));
  }

  @Test
  void givenHeadingsAndScriptLinks_whenWrittenAsMarkdown_thenHeadingsStartAtLevelFourAndLinksLoseTheirTarget() {
    assertEquals("#### Title\n\n##### Sub", markup.toMarkdown("Title\n===\n\n## Sub"));
    assertEquals("click and [ok](https://example.com)", markup.toMarkdown("[click](javascript:alert(1)) and [ok](https://example.com)"));
  }

  @Test
  void givenAFieldThatStartsWithIndentedCode_whenWrittenAsMarkdown_thenItStaysCode() {
    String md = markup.toMarkdown("    indented <script>alert(1)</script>\n\nafter");
    assertTrue(md.startsWith("    indented <script>"), md);
  }

  @Test
  void givenAChineseParagraphWrappedInYaml_thenItsLinesJoinWithoutASpace_andLatinWordsKeepTheirs() {
    String md = "竞争日趋激烈,常因价格、口味、\n便利性等因素转换品牌;没有把\n**客户关系管理**当作\n一个流程,使用\nCRM 系统\nand then English\nwords.";
    String html = markup.toXhtml(md);
    assertTrue(html.contains("口味、便利性"), html);
    assertTrue(html.contains("没有把<strong>客户关系管理</strong>当作一个流程"), html);
    assertTrue(html.contains("使用\nCRM"), "a break before Latin stays a space: " + html);
    assertTrue(html.contains("English\nwords"), html);
    String out = markup.toMarkdown(md);
    assertTrue(out.contains("口味、便利性") && out.contains("没有把**客户关系管理**当作一个流程"), out);
    assertTrue(out.contains("English\nwords"), out);
  }

  @Test
  void rawHtmlIsEscaped() {
    String html = markup.toXhtml("a <script>x()</script> b <b>c</b>");
    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("&lt;script&gt;"), html);
    assertFalse(html.contains("<b>"), html);
  }

  @Test
  void scriptLinksLoseTheirLinkButKeepTheirText() {
    for (String url : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
        "&#106;avascript:alert(1)", "vbscript:msgbox", "data:text/html;base64,PHNjcmlwdD4="}) {
      String html = markup.toXhtml("[click](" + url + ")");
      assertFalse(html.contains("href"), url + " -> " + html);
      assertTrue(html.contains("click"), html);
    }
    assertTrue(markup.toXhtml("[ok](https://example.com/)").contains("href=\"https://example.com/\""));
    assertTrue(markup.toXhtml("[mail](mailto:a@example.com)").contains("href=\"mailto:a@example.com\""));
  }

  @Test
  void imagesBecomeTheirDescriptionSoNothingIsFetched() {
    String html = markup.toXhtml("![a pixel](https://example.com/p.png)");
    assertFalse(html.contains("<img"), html);
    assertTrue(html.contains("a pixel"), html);
  }

  @Test
  void headingsStayBelowTheDocumentsOwn() {
    assertEquals("<h4>Title</h4>", markup.toXhtml("# Title"));
    assertEquals("<h6>Deep</h6>", markup.toXhtml("#### Deep"));
  }

  @Test
  void outputIsWellFormedXml() throws Exception {
    String html = markup.toXhtml("a &nbsp; &copy; <br> b\n\n| x | y |\n|---|---|\n| 1 | <i> |\n\n---\n\nline  \nbreak");
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader("<div>" + html + "</div>")));
  }

  @Test
  void hostilePlanRendersAsTextInEveryFormat() throws Exception {
    Document doc = Plans.document(Plans.TEST_PLANS.resolve("hostile.yaml"));
    Composer composer = new Composer(null);
    String html = new String(Plans.render(new HtmlRenderer(composer), doc), StandardCharsets.UTF_8);
    assertFalse(html.contains("<script"), "no script element");
    assertFalse(html.contains("<img"), "no image element");
    assertFalse(html.contains("<iframe"), "no iframe");
    assertFalse(html.contains("onerror=\""), "no event attribute");
    assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("href=\"javascript"), "no script link");
    assertTrue(html.contains("&lt;script&gt;window.pwned = true&lt;/script&gt; Hostile &amp; &lt;b&gt;bold&lt;/b&gt; plan"));
    String xhtml = new PdfRenderer(composer, false, null).xhtml(doc);
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    byte[] pdf = Plans.render(new PdfRenderer(composer, false, null), doc);
    assertTrue(pdf.length > 1000);
    String md = new String(Plans.render(new MarkdownRenderer(composer), doc), StandardCharsets.UTF_8);
    assertTrue(md.contains("# \\<script\\>window.pwned = true\\</script\\> Hostile & \\<b\\>bold\\</b\\> plan"), md);
  }

  @Test
  void markdownPlainTextCannotBreakItsLine() throws Exception {
    Path plan = Plans.TEST_PLANS.resolve("hostile.yaml");
    String md = new String(Plans.render(new MarkdownRenderer(new Composer(null)), Plans.document(plan)),
        StandardCharsets.UTF_8);
    assertTrue(md.contains("- **Mission**: \\<img src=x onerror=\"window.pwned = true\"\\>\n"), md);
  }
}
