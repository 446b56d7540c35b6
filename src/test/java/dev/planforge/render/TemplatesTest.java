package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.model.PlanLocale;
import dev.planforge.render.template.Templates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in templates and labels, and a user's folder overriding them by name. */
class TemplatesTest {

  @Test
  void bothLanguagesHaveTheSameLabels() throws Exception {
    Templates templates = new Templates(null);
    assertEquals(templates.labels(PlanLocale.EN).keys(), templates.labels(PlanLocale.ZH_CN).keys());
  }

  @Test
  void everyLabelATemplateUsesExists() throws Exception {
    Set<String> known = new Templates(null).labels(PlanLocale.EN).keys();
    Set<String> used = new TreeSet<>();
    Pattern label = Pattern.compile("\\bl\\.([a-z_]+)");
    try (Stream<Path> files = Files.list(Path.of("templates"))) {
      for (Path f : files.filter(p -> p.toString().contains(".ftl")).toList()) {
        Matcher m = label.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    used.removeAll(known);
    assertTrue(used.isEmpty(), "labels used by templates but missing: " + used);
  }

  @Test
  void aUserFileReplacesTheBuiltInOfTheSameName(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("html.css"), "body { color: rebeccapurple; }", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("labels_zh-CN.properties"),
        new String(Files.readAllBytes(Path.of("templates/labels_zh-CN.properties")), StandardCharsets.UTF_8)
            .replace("contents=目录", "contents=内容一览"), StandardCharsets.UTF_8);
    Document doc = Plans.document(Plans.EXAMPLES.resolve("meet-fresh.yaml"));
    String html = new String(Plans.render(new HtmlRenderer(new Composer(dir)), doc), StandardCharsets.UTF_8);
    assertTrue(html.contains("rebeccapurple"), "the user's stylesheet");
    assertTrue(html.contains("内容一览"), "the user's labels");
    assertTrue(html.contains("一、企业概况"), "built-in templates for the rest");
  }
}
