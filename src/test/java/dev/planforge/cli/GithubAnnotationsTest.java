package dev.planforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.diagnostic.Location;
import dev.planforge.diagnostic.Severity;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The escaping of GitHub workflow commands, as actions/toolkit's {@code command.ts} does it
 * ({@code escapeData}: % CR LF; {@code escapeProperty}: those and : ,), and the annotation a
 * diagnostic becomes.
 */
class GithubAnnotationsTest {

  @Test
  void givenPercent_thenDataEscapesItFirst_soAnEscapeTypedByThePlannerSurvives() {
    assertEquals("50%25", GithubAnnotations.escapeData("50%"));
    assertEquals("literal %250A, not a line break", GithubAnnotations.escapeData("literal %0A, not a line break"));
  }

  @Test
  void givenLineBreaks_thenDataAndPropertiesEscapeThem() {
    assertEquals("one%0Atwo%0D%0Athree", GithubAnnotations.escapeData("one\ntwo\r\nthree"));
    assertEquals("one%0Atwo%0D%0Athree", GithubAnnotations.escapeProperty("one\ntwo\r\nthree"));
  }

  @Test
  void givenColonAndComma_thenOnlyPropertiesEscapeThem() {
    assertEquals("a:b,c", GithubAnnotations.escapeData("a:b,c"));
    assertEquals("a%3Ab%2Cc", GithubAnnotations.escapeProperty("a:b,c"));
    assertEquals("50%25%3A a%2Cb", GithubAnnotations.escapeProperty("50%: a,b"));
  }

  @Test
  void givenPropertiesAndMessage_thenCommandIsNamePropertiesThenMessage() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("file", "plans/a,b:c.yaml");
    properties.put("line", "3");
    properties.put("title", "t");

    assertEquals("::error file=plans/a%2Cb%3Ac.yaml,line=3,title=t::x: 50%25%0Ay",
        GithubAnnotations.command("error", properties, "x: 50%\ny"));
    assertEquals("::notice::m", GithubAnnotations.command("notice", Map.of(), "m"));
  }

  @Test
  void givenDiagnosticWithSuggestion_whenAnnotated_thenPathMessageAndHintOnTheirOwnLine() {
    Diagnostic d = new Diagnostic(Severity.ERROR, "schema.type", new Location("plans/x.yaml", 17, 8), "budget.cap",
        "expected a number, got \"50%\"", "did you mean \"a:b,c\"?", "  cap: 50%");
    GithubAnnotations annotations = new GithubAnnotations(null, new WorkingFolder(Path.of("")));

    assertEquals("::error file=plans/x.yaml,line=17,col=8,title=planforge schema.type::"
            + "budget.cap: expected a number, got \"50%25\"%0Adid you mean \"a:b,c\"?",
        annotations.annotation(d, "plans/x.yaml"));
  }

  @Test
  void givenCsvRowWithoutColumnAndAWarning_whenAnnotated_thenNoColAndWarningCommand() {
    Diagnostic d = new Diagnostic(Severity.WARNING, "csv.column", new Location("plans/customers.csv", 1, 0),
        "tiering.customers", "column \"region\" is ignored", null, "id,name,region");
    GithubAnnotations annotations = new GithubAnnotations(null, new WorkingFolder(Path.of("")));

    assertEquals("::warning file=plans/customers.csv,line=1,title=planforge csv.column::"
        + "tiering.customers: column \"region\" is ignored", annotations.annotation(d, "plans/x.yaml"));
  }

  @Test
  void givenNoLocation_whenAnnotated_thenThePlanIsTheFile() {
    Diagnostic d = new Diagnostic(Severity.ERROR, "yaml.empty", null, "(top level)", "empty", null, null);
    GithubAnnotations annotations = new GithubAnnotations(null, new WorkingFolder(Path.of("")));

    assertEquals("::error file=plans/x.yaml,title=planforge yaml.empty::(top level): empty",
        annotations.annotation(d, "./plans/x.yaml"));
  }

  @Test
  void givenTableCellText_thenPipesBreaksAndHtmlAreEscaped() {
    assertEquals("a \\| b<br>c &lt;d&gt; &amp; 50%", StepSummary.cell("a | b\nc <d> & 50%"));
  }
}
