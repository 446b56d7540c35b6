package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.enrich.KpiStatus;
import dev.planforge.enrich.LoyaltyQuadrant;
import dev.planforge.enrich.RiskLevel;
import dev.planforge.model.ActionPlan;
import dev.planforge.model.Part;
import dev.planforge.model.PlanLocale;
import dev.planforge.render.template.TemplateError;
import dev.planforge.render.template.Templates;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in templates and labels, and a user's folder overriding them file, macro or key. */
class TemplatesTest {

  private static final Path MEET_FRESH = Plans.EXAMPLES.resolve("meet-fresh.yaml");

  @Test
  void bothLanguagesHaveTheSameLabels() throws Exception {
    Templates templates = new Templates(null);
    assertEquals(templates.labels(PlanLocale.EN).keys(), templates.labels(PlanLocale.ZH_CN).keys());
  }

  /**
   * Every label the templates and the model builders ask for exists, so a missing key is this
   * test's failure and never a render that stops half-way. Keys made at run time from a prefix
   * and an enum's keys are listed from the enums themselves.
   */
  @Test
  void everyLabelTheTemplatesAndTheModelUseExists() throws Exception {
    Set<String> known = new Templates(null).labels(PlanLocale.EN).keys();
    Set<String> used = new TreeSet<>();
    scan(Path.of("templates"), ".ftl", Pattern.compile("\\bl\\.([a-z_]+)"), used);
    Path view = Path.of("src/main/java/dev/planforge/render/view");
    scan(view, ".java", Pattern.compile("(?:label|text)\\(\"([a-z_]+)\""), used);
    scan(view, ".java", Pattern.compile("heading\\([^,]+, \"[a-z_]+\", \"([a-z_]+)\"\\)"), used);
    for (KpiStatus s : KpiStatus.values()) {
      used.add("kpi_" + s.key());
    }
    for (RiskLevel r : RiskLevel.values()) {
      used.add("risk_" + r.key());
      used.add("risk_" + r.key() + "_legend");
    }
    for (LoyaltyQuadrant q : LoyaltyQuadrant.values()) {
      used.add("loyalty_" + q.key());
    }
    for (ActionPlan.Status s : ActionPlan.Status.values()) {
      used.add("status_" + s.key());
    }
    for (Part p : Part.values()) {
      used.add(p.key());
    }
    used.removeIf(k -> k.endsWith("_")); // a prefix; its keys come from the enums above
    assertTrue(used.size() > 150, "the scan found the labels in use: " + used.size());
    used.removeAll(known);
    assertTrue(used.isEmpty(), "labels used but missing from the labels files: " + used);
  }

  private static void scan(Path dir, String suffix, Pattern pattern, Set<String> into) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().contains(suffix)).toList()) {
        Matcher m = pattern.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          into.add(m.group(1));
        }
      }
    }
  }

  @Test
  void givenAUserFile_thenItReplacesTheBuiltInOfTheSameName(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("html.css"), "body { color: rebeccapurple; }", StandardCharsets.UTF_8);
    String html = html(dir);
    assertTrue(html.contains("rebeccapurple"), "the user's stylesheet");
    assertTrue(html.contains("一、企业概况"), "built-in templates for the rest");
  }

  @Test
  void givenALabelsFileWithOneKey_thenOnlyThatLabelChanges(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("labels_zh-CN.properties"), "contents=内容一览\n", StandardCharsets.UTF_8);
    String html = html(dir);
    assertTrue(html.contains("内容一览"), "the user's label");
    assertTrue(html.contains("一、企业概况") && html.contains("计划摘要"), "every other label is built in");
  }

  @Test
  void givenACustomMacroForOneBlockKind_thenOnlyThatKindChangesInHtmlAndPdf(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("custom.ftlh"), """
        <#import "blocks.ftlh" as base>
        <#macro callout b><aside class="mine-${format}"><@base.callout b/></aside></#macro>
        """, StandardCharsets.UTF_8);
    Composer composer = new Composer(dir);
    Document doc = Plans.document(MEET_FRESH);
    String html = composer.compose(Composer.HTML, doc);
    String xhtml = composer.compose(Composer.PDF_XHTML, doc);
    assertTrue(html.contains("<aside class=\"mine-html\"><p class=\"callout note\">"), "the user's callout, around the built-in");
    assertTrue(xhtml.contains("<aside class=\"mine-pdf\">"), "the PDF uses it too");
    assertTrue(html.contains("<table class=\"grid tasks\">"), "the other kinds are built in");
  }

  @Test
  void givenACustomSectionMacro_thenThatSectionAloneIsWrittenByIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("custom.ftlmd"), """
        <#macro section_budget s>

        ## ${s.full()}

        See the finance appendix.
        </#macro>
        """, StandardCharsets.UTF_8);
    String md = new String(Plans.render(new MarkdownRenderer(new Composer(dir)), Plans.document(MEET_FRESH)),
        StandardCharsets.UTF_8);
    assertTrue(md.contains("## 九、预算\n\nSee the finance appendix."), "the user's budget section");
    assertFalse(md.contains("### 预算汇总"), "the built-in budget blocks are gone");
    assertTrue(md.contains("## 八、行动计划\n\n### 进度甘特图"), "the other sections are built in");
  }

  @Test
  void givenABrokenUserTemplate_thenTheErrorNamesItsFileLineAndColumn(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("custom.ftlh"), "<#macro table b>\n  ${b.colums?size}\n</#macro>\n",
        StandardCharsets.UTF_8);
    TemplateError e = assertThrows(TemplateError.class,
        () -> new Composer(dir).compose(Composer.HTML, Plans.document(MEET_FRESH)));
    assertEquals("custom.ftlh", e.template());
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith("custom.ftlh:2:5: "), e.getMessage());
  }

  @Test
  void givenAnEmptyFolder_whenExported_thenEveryBuiltInIsWrittenAndASecondExportRefuses(@TempDir Path dir) throws Exception {
    List<Path> written = Templates.exportBuiltIns(dir);
    assertEquals(Templates.builtInNames().size(), written.size());
    for (String name : Templates.builtInNames()) {
      assertEquals(Files.readString(Path.of("templates", name)), Files.readString(dir.resolve(name)), name);
    }
    assertThrows(FileAlreadyExistsException.class, () -> Templates.exportBuiltIns(dir));
  }

  @Test
  void everyBuiltInTemplateIsExported() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("templates"))) {
      Set<String> inFolder = new TreeSet<>(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList());
      inFolder.remove("OFL.txt");
      assertEquals(inFolder, new TreeSet<>(Templates.builtInNames()));
    }
  }

  private static String html(Path templates) throws Exception {
    return new String(Plans.render(new HtmlRenderer(new Composer(templates)), Plans.document(MEET_FRESH)),
        StandardCharsets.UTF_8);
  }
}
