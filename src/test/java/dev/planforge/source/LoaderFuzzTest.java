package dev.planforge.source;

import dev.planforge.diagnostic.Location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import dev.planforge.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property tests for the loader: the example plans, randomly broken in many small ways, never make
 * the pipeline throw, and every diagnostic it gives points into the file. The random source is
 * seeded, so a failure names a mutant that can be rebuilt exactly.
 */
class LoaderFuzzTest {

  /** Fixed, so every run checks the same mutants; {@code -Dplanforge.fuzz.seed=N} explores others. */
  static final long SEED = Long.getLong("planforge.fuzz.seed", 0x504c414eL); // "PLAN"
  static final int MUTANTS_PER_PLAN = Integer.getInteger("planforge.fuzz.mutants", 400);
  static final String CSV = "annual-crm-2026-customers.csv";

  /** Fragments that mean something to YAML, inserted at random places. */
  static final String[] TOKENS = {
      ": ", "- ", "&a ", "*a ", "!!", "!!str ", "!include ", "\t", "\"", "'", "[", "]", "{", "}", "#",
      "? ", "|\n", ">-\n", "---\n", "...\n", "%YAML 1.1\n", ",", "\n", "\r\n", "\r", "~", "@", "`", "%"};

  /** Characters that tend to upset parsers and position arithmetic. */
  static final int[] CODE_POINTS = {
      'é', '中', '文', 0x1F600, 0x2028, 0x2029, 0x85, 0xFEFF, 0x00A0, 0x3000, 0x0000, 0x0007, 0xFFFD, 0x200B};

  /** Byte sequences that are not UTF-8. */
  static final byte[][] BAD_BYTES = {
      {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC3},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80}};

  @TempDir
  Path dir;

  static Stream<String> examplePlans() {
    return Stream.of("plans/meet-fresh.yaml", "plans/annual-crm-2026.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examplePlans")
  void givenUnmodifiedExamplePlan_whenChecked_thenNoDiagnostics(String plan) throws IOException {
    Path file = Path.of(plan);

    Checked checked = Pipeline.check(file, plan);

    assertEquals(List.of(), checked.diagnostics(), plan + " is a fixture and must load clean");
    assertNotNull(checked.plan());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examplePlans")
  void givenRandomlyMutatedPlan_whenChecked_thenNeverThrowsAndEveryDiagnosticPointsIntoTheFile(String plan)
      throws IOException {
    byte[] original = Files.readAllBytes(Path.of(plan));
    Files.copy(Path.of("plans", CSV), dir.resolve(CSV)); // the annual plan's customers_file
    Path file = dir.resolve("plan.yaml");
    Random random = new Random(SEED + plan.hashCode());

    for (int n = 0; n < MUTANTS_PER_PLAN; n++) {
      List<String> applied = new ArrayList<>();
      byte[] mutant = givenMutant(original, random, applied);
      Files.write(file, mutant);
      String mutantName = plan + " mutant #" + n + " " + applied;

      Checked checked;
      try {
        checked = Pipeline.check(file, "plan.yaml");
      } catch (Exception | StackOverflowError e) {
        throw new AssertionError(mutantName + " made the pipeline throw", e);
      }

      thenPlanXorErrors(checked, mutantName);
      thenEveryDiagnosticIsPlaced(checked, mutant, mutantName);
      if (Arrays.equals(mutant, original)) { // an edit that changed nothing, e.g. a line swapped with itself
        assertEquals(List.of(), checked.diagnostics(), mutantName + " equals the example plan");
      }
    }
  }

  /**
   * SnakeYAML (YAML 1.1) counts NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR as line breaks; text
   * pasted from a word processor carries them. Positions must still be the lines an editor shows.
   */
  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0085", "2028", "2029"})
  void givenUnicodeLineSeparatorInsideQuotedTitle_whenALaterLineIsWrong_thenTheErrorPointsAtThatLine(String hex)
      throws IOException {
    String separator = new String(Character.toChars(Integer.parseInt(hex, 16)));
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, "plan_format: 1\ntitle: \"Plan" + separator + "2026\"\nas_of: 2026-06-30\nversion: [1]\n",
        StandardCharsets.UTF_8);

    Checked checked = Pipeline.check(file, "plan.yaml");

    assertEquals(1, checked.diagnostics().size(), () -> "diagnostics: " + checked.diagnostics());
    Diagnostic d = checked.diagnostics().get(0);
    assertEquals("version", d.path());
    assertEquals(new Location("plan.yaml", 4, 10), d.location());
    assertEquals("version: [1]", d.sourceLine());
  }

  /** Old Mac line endings (CR alone) are line breaks for the parser and the display alike. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\r", "\r\n", "\n"})
  void givenInvalidByteAfterSomeLineEnding_whenChecked_thenItsPositionCountsThoseLines(String lineEnd)
      throws IOException {
    Path file = dir.resolve("plan.yaml");
    byte[] head = ("plan_format: 1" + lineEnd + "title: Caf").getBytes(StandardCharsets.US_ASCII);
    byte[] tail = (lineEnd + "as_of: 2026-06-30" + lineEnd).getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xFF;
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    Files.write(file, bytes);

    Checked checked = Pipeline.check(file, "plan.yaml");

    assertEquals(1, checked.diagnostics().size(), () -> "diagnostics: " + checked.diagnostics());
    assertEquals("file.encoding", checked.diagnostics().get(0).rule());
    assertEquals(new Location("plan.yaml", 2, 11), checked.diagnostics().get(0).location());
  }

  @Test
  void givenExactlyFiftyAliases_whenChecked_thenTheyAreAllowed() throws IOException {
    Path file = dir.resolve("aliases.yaml");
    Files.writeString(file, "plan_format: 1\ntitle: Fifty aliases\nas_of: 2026-06-30\noverview:\n  values:\n"
        + "    - &v customer first\n" + "    - *v\n".repeat(YamlLoader.MAX_ALIASES), StandardCharsets.UTF_8);

    Checked checked = Pipeline.check(file, "aliases.yaml");

    assertEquals(0, checked.errors(), () -> "diagnostics: " + checked.diagnostics());
    assertEquals(YamlLoader.MAX_ALIASES + 1, checked.plan().overview().values().size());
  }

  @Test
  void givenNestingOfExactlySixtyFourLevels_whenChecked_thenNoDepthError() throws IOException {
    Path file = dir.resolve("deep.yaml");
    int lists = YamlLoader.MAX_DEPTH - 1; // the top-level mapping is the first level
    Files.writeString(file, "plan_format: 1\ntitle: Deep\nas_of: 2026-06-30\nappendices: "
        + "[".repeat(lists) + "]".repeat(lists) + "\n", StandardCharsets.UTF_8);

    Checked checked = Pipeline.check(file, "deep.yaml");

    assertTrue(checked.diagnostics().stream().noneMatch(d -> d.rule().equals("yaml.depth")),
        () -> "diagnostics: " + checked.diagnostics());
    assertTrue(checked.errors() > 0, "appendices holds lists, not {title, body}: a schema error, not a crash");
  }

  @Test
  void givenFileOneByteOverTenMebibytes_whenChecked_thenExactlyOneFileSizeError() throws IOException {
    Path file = dir.resolve("huge.yaml");
    long size = PlanFile.MAX_BYTES + 1;
    byte[] head = "plan_format: 1\ntitle: Huge\nas_of: 2026-06-30\n".getBytes(StandardCharsets.UTF_8);
    byte[] comment = ("#" + "x".repeat(1022) + "\n").getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(head);
      long left = size - head.length;
      for (; left >= comment.length; left -= comment.length) {
        out.write(comment);
      }
      byte[] tail = new byte[(int) left];
      Arrays.fill(tail, (byte) '#');
      out.write(tail);
    }
    assertEquals(size, Files.size(file));

    Checked checked = Pipeline.check(file, "huge.yaml");

    assertEquals(1, checked.diagnostics().size(), () -> "diagnostics: " + checked.diagnostics());
    Diagnostic only = checked.diagnostics().get(0);
    assertEquals("file.size", only.rule());
    assertTrue(only.isError());
    assertEquals(new Location("huge.yaml", 1, 1), only.location());
    assertNull(checked.plan());
  }

  @Test
  void givenFileOfExactlyTenMebibytes_whenChecked_thenItLoadsWithoutErrors() throws IOException {
    Path file = dir.resolve("big.yaml");
    StringBuilder text = new StringBuilder("plan_format: 1\ntitle: Big\nas_of: 2026-06-30\n");
    String comment = "#" + "x".repeat(1022) + "\n";
    while (text.length() + comment.length() <= PlanFile.MAX_BYTES) {
      text.append(comment);
    }
    text.append("#".repeat((int) (PlanFile.MAX_BYTES - text.length() - 1))).append('\n');
    Files.writeString(file, text, StandardCharsets.US_ASCII);
    assertEquals(PlanFile.MAX_BYTES, Files.size(file));

    Checked checked = Pipeline.check(file, "big.yaml");

    assertEquals(0, checked.errors(), () -> "diagnostics: " + checked.diagnostics());
    assertNotNull(checked.plan());
  }

  @Test
  void givenValidPlanOfTwentyThousandLines_whenChecked_thenItLoadsWithoutErrors() throws IOException {
    Path file = dir.resolve("long.yaml");
    int customers = 20_000 - 18;
    StringBuilder text = new StringBuilder("""
        plan_format: 1
        title: Twenty thousand lines
        as_of: 2026-06-30
        tiering:
          dimensions:
            - {id: revenue, name: Revenue, weight: 60}
            - {id: loyalty, name: Loyalty, weight: 40}
          tiers:
            - id: a
              name: A
              min: 70
            - id: b
              name: B
              min: 40
            - id: c
              name: C
              min: 0
          customers:
        """);
    for (int i = 1; i <= customers; i++) {
      text.append("    - {id: c").append(i).append(", name: Customer ").append(i)
          .append(", scores: {revenue: ").append(i % 101).append(", loyalty: ").append((i * 7) % 101).append("}}\n");
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
    assertEquals(20_000, text.toString().lines().count());

    Checked checked = Pipeline.check(file, "long.yaml");

    // warnings (a recommended part missing) are fine: the plan is valid and modelled
    assertEquals(0, checked.errors(), () -> "diagnostics: " + checked.diagnostics());
    assertNotNull(checked.plan());
    assertEquals(customers, checked.plan().tiering().customers().size());
  }

  // --- given: mutants -------------------------------------------------------------------------

  /** One to three random edits of {@code original}; each edit is described in {@code applied}. */
  static byte[] givenMutant(byte[] original, Random random, List<String> applied) {
    String text = new String(original, StandardCharsets.UTF_8);
    byte[] badBytes = null;
    int badAt = 0;
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int kind = random.nextInt(12);
      List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
      int pos = random.nextInt(text.length() + 1);
      int line = random.nextInt(lines.size());
      switch (kind) {
        case 0 -> {
          if (pos < text.length()) {
            applied.add("delete char " + pos);
            text = text.substring(0, pos) + text.substring(pos + 1);
          }
        }
        case 1 -> {
          char c = (char) (' ' + random.nextInt(95));
          applied.add("insert '" + c + "' at " + pos);
          text = text.substring(0, pos) + c + text.substring(pos);
        }
        case 2 -> {
          if (pos < text.length()) {
            applied.add("duplicate char " + pos);
            text = text.substring(0, pos + 1) + text.substring(pos);
          }
        }
        case 3 -> {
          applied.add("delete line " + (line + 1));
          lines.remove(line);
          text = String.join("\n", lines);
        }
        case 4 -> {
          applied.add("duplicate line " + (line + 1));
          lines.add(line, lines.get(line));
          text = String.join("\n", lines);
        }
        case 5 -> {
          int other = random.nextInt(lines.size());
          applied.add("swap lines " + (line + 1) + " and " + (other + 1));
          String a = lines.get(line);
          lines.set(line, lines.get(other));
          lines.set(other, a);
          text = String.join("\n", lines);
        }
        case 6 -> {
          int from = random.nextInt(lines.size());
          applied.add("copy line " + (from + 1) + " before line " + (line + 1));
          lines.add(line, lines.get(from));
          text = String.join("\n", lines);
        }
        case 7, 8, 9 -> {
          String token = TOKENS[random.nextInt(TOKENS.length)];
          applied.add("insert " + visible(token) + " at " + pos);
          text = text.substring(0, pos) + token + text.substring(pos);
        }
        case 10 -> {
          int cp = random.nextBoolean()
              ? CODE_POINTS[random.nextInt(CODE_POINTS.length)]
              : 0x20 + random.nextInt(0x2FFFF - 0x20);
          if (Character.isSurrogate((char) cp) || !Character.isDefined(cp)) {
            cp = 0xFFFD;
          }
          applied.add("insert U+" + Integer.toHexString(cp).toUpperCase() + " at " + pos);
          text = text.substring(0, pos) + new String(Character.toChars(cp)) + text.substring(pos);
        }
        default -> {
          badBytes = BAD_BYTES[random.nextInt(BAD_BYTES.length)];
          badAt = random.nextInt(1 << 20);
          applied.add("insert bytes " + hex(badBytes));
        }
      }
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (badBytes == null) {
      return bytes;
    }
    int at = badAt % (bytes.length + 1);
    applied.set(applied.size() - 1, applied.get(applied.size() - 1) + " at byte " + at);
    byte[] out = new byte[bytes.length + badBytes.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(badBytes, 0, out, at, badBytes.length);
    System.arraycopy(bytes, at, out, at + badBytes.length, bytes.length - at);
    return out;
  }

  // --- then: properties -----------------------------------------------------------------------

  /** A plan is modelled exactly when no error was found. */
  static void thenPlanXorErrors(Checked checked, String mutant) {
    if (checked.plan() == null && checked.errors() == 0) {
      fail(mutant + ": no plan and no error to say why; diagnostics " + checked.diagnostics());
    }
    if (checked.plan() != null && checked.errors() > 0) {
      fail(mutant + ": a plan was modelled despite errors " + checked.diagnostics());
    }
  }

  /**
   * Every diagnostic has a file, a line inside that file and a column inside that line (0 meaning
   * the whole line); only the very end of the file may lie one line past the last.
   */
  void thenEveryDiagnosticIsPlaced(Checked checked, byte[] mutant, String name) {
    Map<String, List<String>> files = new HashMap<>();
    for (Diagnostic d : checked.diagnostics()) {
      Location at = d.location();
      if (at == null) {
        fail(name + ": diagnostic without a location: " + d);
      }
      List<String> lines = files.computeIfAbsent(at.file(), f -> linesOf(f, mutant));
      boolean inside = at.line() >= 1 && at.line() <= lines.size() && at.column() >= 0
          && at.column() <= lines.get(at.line() - 1).codePointCount(0, lines.get(at.line() - 1).length()) + 1;
      boolean atEnd = at.line() == lines.size() + 1 && at.column() <= 1;
      if (!inside && !atEnd) {
        fail(name + ": " + at + " lies outside the file (" + lines.size() + " lines"
            + (at.line() >= 1 && at.line() <= lines.size() ? ", that one is \"" + lines.get(at.line() - 1) + "\"" : "")
            + "): " + d);
      }
      if (d.message() == null || d.message().isBlank() || d.path() == null || d.path().isBlank()) {
        fail(name + ": diagnostic without message or path: " + d);
      }
    }
  }

  /** Lines as an editor counts them: the plan as mutated, or the CSV file beside it. */
  List<String> linesOf(String file, byte[] mutant) {
    if (file.equals("plan.yaml")) {
      return new String(mutant, StandardCharsets.UTF_8).lines().toList();
    }
    Path beside = dir.resolve(Path.of(file).getFileName());
    try {
      return Files.readString(beside, StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new AssertionError("a diagnostic names " + file + ", which is neither the plan nor its CSV file", e);
    }
  }

  static String visible(String token) {
    return "\"" + token.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n") + "\"";
  }

  static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(String.format("%02X", b & 0xFF));
    }
    return sb.toString();
  }
}
