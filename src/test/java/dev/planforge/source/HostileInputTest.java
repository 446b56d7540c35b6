package dev.planforge.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.diagnostic.Location;
import dev.planforge.diagnostic.Messages;
import dev.planforge.diagnostic.PlanPath;
import dev.planforge.diagnostic.Reporter;
import dev.planforge.model.PlanLocale;
import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import dev.planforge.testing.GivenPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an adversarial tester tried on the source stage: endless or huge input, one enormous
 * scalar, YAML 1.2 line separators, numbers written to look harmless, odd CSV files.
 */
class HostileInputTest {

  @TempDir
  Path dir;

  // --- reading is bounded ------------------------------------------------------------------

  @Test
  void givenEndlessInput_whenRead_thenReadingStopsAfterTenMebibytesWithAFileSizeError() throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "needs /dev/zero");

    PlanFile file = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> PlanFile.read(zero, "zero.yaml"));

    assertNull(file.tree());
    List<Diagnostic> d = file.report().diagnostics();
    assertEquals(1, d.size(), () -> "diagnostics: " + d);
    assertEquals("file.size", d.get(0).rule());
    assertEquals(new Location("zero.yaml", 1, 1), d.get(0).location());
  }

  @Test
  void givenPlanComingThroughAPipe_whenLargerThanTenMebibytes_thenAFileSizeErrorAndSmallerLoads() throws Exception {
    Path fifo = givenFifo("big.yaml");
    Thread writer = givenWriterOf(fifo, PlanFile.MAX_BYTES + 4096);

    PlanFile big = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> PlanFile.read(fifo, "big.yaml"));
    writer.join(10_000);

    assertNull(big.tree());
    assertEquals(List.of("file.size"), big.report().diagnostics().stream().map(Diagnostic::rule).toList());

    Path small = givenFifo("small.yaml");
    Thread smallWriter = new Thread(() -> write(small, "plan_format: 1\ntitle: Piped\nas_of: 2026-06-30\n"));
    smallWriter.start();
    PlanFile piped = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> PlanFile.read(small, "small.yaml"));
    smallWriter.join(10_000);
    assertNotNull(piped.tree());
    assertEquals("Piped", piped.tree().path("title").asText());
  }

  // --- one long scalar is linear -----------------------------------------------------------

  @Test
  void givenOneScalarOfFourMebibytes_whenLoaded_thenItTakesAboutFourTimesAsLongAsOneOfOne() {
    String one = planWithOneScalar(1 << 20);
    String four = planWithOneScalar(4 << 20);
    load(one); // warm up the parser's code

    // CPU time of this thread, the best of three: other work on the machine barely moves it.
    long small = Math.min(cpuNanosToLoad(one), Math.min(cpuNanosToLoad(one), cpuNanosToLoad(one)));
    long large = Math.min(cpuNanosToLoad(four), Math.min(cpuNanosToLoad(four), cpuNanosToLoad(four)));

    // Linear reading gives about 4; SnakeYAML's own reader, quadratic in a scalar's length, gave 16
    // (18 measured). The bound leaves room for a loaded machine and still catches the quadratic.
    assertTrue(large < 11 * Math.max(small, 1_000_000), "1 MiB took " + small / 1_000_000 + " ms of CPU, 4 MiB "
        + large / 1_000_000 + " ms");
  }

  @Test
  void givenPlanWithATenMebibyteScalar_whenChecked_thenItIsCheckedWithinAGenerousTime() throws IOException {
    Path file = dir.resolve("long.yaml");
    Files.writeString(file, planWithOneScalar((int) PlanFile.MAX_BYTES - 200), StandardCharsets.US_ASCII);

    Checked checked = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Pipeline.check(file, "long.yaml"));

    assertEquals(0, checked.errors(), () -> "diagnostics: " + checked.diagnostics());
  }

  // --- YAML 1.2: NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR are text ------------------------

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"2028", "2029", "0085"})
  void givenLineSeparatorInsidePlainScalars_whenChecked_thenItIsTextAndLaterPositionsHold(String hex) {
    String sep = Character.toString(Integer.parseInt(hex, 16));

    Checked checked = GivenPlan.checked(dir, "plan_format: 1\ntitle: Plan" + sep + "2026\nas_of: 2026-06-30\n"
        + "# a comment" + sep + "subtitle: not a key\n"
        + "overview:\n  mission: Serve" + sep + " customers\n  values: [a" + sep + "b, c]\n  vision: [1]\n");

    assertEquals(1, checked.diagnostics().stream().filter(Diagnostic::isError).count(),
        () -> "diagnostics: " + checked.diagnostics());
    Diagnostic vision = checked.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    assertEquals("overview.vision", vision.path());
    assertEquals(new Location("plan.yaml", 8, 11), vision.location());
    JsonNode tree = checked.tree();
    assertEquals("Plan" + sep + "2026", tree.path("title").asText());
    assertFalse(tree.has("subtitle"), "a comment runs to the end of its line, past " + hex);
    assertEquals("Serve" + sep + " customers", tree.path("overview").path("mission").asText());
    assertEquals("a" + sep + "b", tree.path("overview").path("values").path(0).asText());
  }

  @Test
  void givenPrivateUseCharactersInThePlan_whenLineSeparatorsAreStoodInFor_thenTheyStayWhatTheyWere() {
    String text = "plan_format: 1\ntitle: \uE000\uE001\u2028\uE002\nas_of: 2026-06-30\n";

    JsonNode tree = YamlLoader.parse(text, "plan.yaml", new SourceMap(),
        new Reporter(Messages.of(PlanLocale.EN), new SourceMap()));

    assertEquals("\uE000\uE001\u2028\uE002", tree.path("title").asText());
  }

  // --- numbers ------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1e3", "2.10", "1.0", "007"})
  void givenVersionThatLooksLikeANumber_whenModelled_thenItIsTheTextAsTyped(String version) {
    Checked checked = GivenPlan.checked(dir, "plan_format: 1\ntitle: V\nas_of: 2026-06-30\nversion: " + version + "\n");

    assertEquals(0, checked.errors(), () -> "diagnostics: " + checked.diagnostics());
    assertEquals(version, checked.plan().version());
  }

  @ParameterizedTest(name = "size: {0}")
  @ValueSource(strings = {"1000", "1000.0", "1e3", "1.0e3"})
  void givenSegmentSizeWrittenAsAWholeNumberInAnyForm_whenModelled_thenItIsKept(String size) {
    Checked checked = GivenPlan.checked(dir, "plan_format: 1\ntitle: S\nas_of: 2026-06-30\n"
        + "targeting:\n  segments:\n    - {id: s1, name: S, size: " + size + "}\n");

    assertEquals(0, checked.errors(), () -> "diagnostics: " + checked.diagnostics());
    assertEquals(1000L, checked.plan().targeting().segments().get(0).size());
  }

  @Test
  void givenSegmentSizeWithAFraction_whenChecked_thenTheSchemaAsksForAWholeNumber() {
    Checked checked = GivenPlan.checked(dir, "plan_format: 1\ntitle: S\nas_of: 2026-06-30\n"
        + "targeting:\n  segments:\n    - {id: s1, name: S, size: 1000.5}\n");

    assertEquals(List.of("schema.type"), checked.diagnostics().stream()
        .filter(Diagnostic::isError).map(Diagnostic::rule).toList(), () -> "diagnostics: " + checked.diagnostics());
    assertEquals("targeting.segments[0].size", checked.diagnostics().get(0).path());
  }

  @Test
  void givenNumbersOutOfBoundsInSeveralPlaces_whenChecked_thenEachIsOnePositionedErrorAndNothingThrows() {
    Checked checked = GivenPlan.checked(dir, """
        plan_format: 1
        title: Numbers
        as_of: 2026-06-30
        currency: USD
        version: 1e999999999
        market:
          competitors:
            - {name: Rival, share: 1e400}
        budget:
          cap: 1e16
          items:
            - {id: b1, category: c, description: d, quantity: 1e-20, unit_cost: 10}
        """);

    assertEquals(List.of("version", "market.competitors[0].share", "budget.cap", "budget.items[0].quantity"),
        checked.diagnostics().stream().map(Diagnostic::path).toList(), () -> "diagnostics: " + checked.diagnostics());
    assertTrue(checked.diagnostics().stream().allMatch(d -> d.rule().equals("yaml.number")));
    assertEquals(new Location("plan.yaml", 5, 10), checked.diagnostics().get(0).location());
    assertNull(checked.plan());
  }

  // --- CSV rows as editors count them -----------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\r", "\r\n", "\n"})
  void givenCsvWithSomeLineEnding_whenRead_thenEachCustomerIsPlacedOnItsRow(String end) {
    SourceMap map = new SourceMap();
    Reporter report = new Reporter(Messages.of(PlanLocale.EN), map);
    String csv = String.join(end, "id,name,x", "c1,One,1", "", "c2,\"Two" + end + "lines\",2", "c3,Three,3", "");

    CustomerCsv.parse(csv, "c.csv", List.of("x"), PlanPath.of("tiering", "customers"), map, report);

    assertEquals(List.of(), report.diagnostics());
    assertEquals(2, map.valueOf(PlanPath.of("tiering", "customers", 0)).line());
    assertEquals(4, map.valueOf(PlanPath.of("tiering", "customers", 1)).line(), "after the empty line 3");
    assertEquals(6, map.valueOf(PlanPath.of("tiering", "customers", 2)).line(), "after a cell of two lines");
  }

  @Test
  void givenCsvWithAColumnNamedTwice_whenRead_thenOneErrorOnTheHeaderNamingIt() {
    SourceMap map = new SourceMap();
    Reporter report = new Reporter(Messages.of(PlanLocale.EN), map);

    CustomerCsv.parse("id,name,x,X,x\nc1,One,1,2,3\n", "d.csv", List.of("x"), PlanPath.of("c"), map, report);

    List<Diagnostic> errors = report.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(1, errors.size(), () -> "diagnostics: " + report.diagnostics());
    assertEquals(new Location("d.csv", 1, 0), errors.get(0).location());
    assertTrue(errors.get(0).message().contains("\"x\" twice"), errors.get(0).message());
  }

  // --- helpers --------------------------------------------------------------------------------

  private static String planWithOneScalar(int length) {
    return "plan_format: 1\ntitle: Long\nas_of: 2026-06-30\nconclusion: " + "x".repeat(length) + "\n";
  }

  private static JsonNode load(String text) {
    SourceMap map = new SourceMap();
    JsonNode tree = YamlLoader.parse(text, "long.yaml", map, new Reporter(Messages.of(PlanLocale.EN), map));
    assertNotNull(tree);
    return tree;
  }

  private static long cpuNanosToLoad(String text) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    load(text);
    return threads.getCurrentThreadCpuTime() - start;
  }

  private Path givenFifo(String name) throws IOException, InterruptedException {
    Path fifo = dir.resolve(name);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "needs mkfifo");
      throw e;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    return fifo;
  }

  /** Writes {@code bytes} bytes of comment lines into the pipe until they are written or the reader leaves. */
  private static Thread givenWriterOf(Path fifo, long bytes) {
    Thread writer = new Thread(() -> {
      byte[] line = ("#" + "x".repeat(1022) + "\n").getBytes(StandardCharsets.US_ASCII);
      try (OutputStream out = Files.newOutputStream(fifo)) {
        for (long left = bytes; left > 0; left -= line.length) {
          out.write(line);
        }
      } catch (IOException e) {
        // the reader stopped reading and closed its end: what the test wants
      }
    });
    writer.setDaemon(true);
    writer.start();
    return writer;
  }

  private static void write(Path fifo, String text) {
    try {
      Files.writeString(fifo, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
