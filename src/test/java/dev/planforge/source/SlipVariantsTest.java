package dev.planforge.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.diagnostic.Location;
import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example plans with one keyboard slip each, at lines drawn by a fixed seed: a full-width
 * colon after a key, full-width spaces as a line's indentation or after a dash, a full-width comma
 * in a list. Each variant gets exactly one diagnostic — the slip, at the character typed — and
 * nothing the slip would otherwise have caused.
 */
class SlipVariantsTest {

  static final long SEED = 0x534c4950L; // "SLIP"
  static final int PER_KIND = Integer.getInteger("planforge.slips.variants", 10);
  static final String CSV = "annual-crm-2026-customers.csv";

  private static final Pattern KEY_LINE = Pattern.compile("^( *)(- )?([a-z_]+): (?=\\S)");
  private static final Pattern INDENTED = Pattern.compile("^( +)(- )?[a-z_]+:");
  private static final Pattern DASH = Pattern.compile("^( *)- (?=\\S)");
  private static final Pattern BLOCK_SCALAR = Pattern.compile(": [|>][-+]?$");
  private static final Pattern FLOW_LIST = Pattern.compile(": \\[[^\\]]*?(, )");

  @TempDir
  Path dir;

  record Variant(String name, String text, Location slip) {}

  static Stream<String> examplePlans() {
    return Stream.of("plans/meet-fresh.yaml", "plans/annual-crm-2026.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examplePlans")
  void givenOneSlipInAnExamplePlan_whenChecked_thenTheOnlyDiagnosticIsTheSlipAtItsCharacter(String plan)
      throws IOException {
    List<String> lines = Files.readString(Path.of(plan), StandardCharsets.UTF_8).lines().toList();
    Files.copy(Path.of("plans", CSV), dir.resolve(CSV));
    // The example's pictures stand beside it, where the plan names them.
    try (java.util.stream.Stream<Path> pictures = Files.list(Path.of("plans"))) {
      for (Path p : pictures.filter(p -> p.toString().matches(".*\\.(svg|png|jpe?g)")).toList()) {
        Files.copy(p, dir.resolve(p.getFileName()));
      }
    }
    Path file = dir.resolve("plan.yaml");

    for (Variant v : givenVariants(lines, new Random(SEED + plan.hashCode()))) {
      Files.writeString(file, v.text, StandardCharsets.UTF_8);

      Checked checked = Pipeline.check(file, "plan.yaml");

      List<String> errors = checked.diagnostics().stream().filter(Diagnostic::isError)
          .map(d -> d.location() + " " + d.rule() + " " + d.path()).toList();
      assertEquals(1, errors.size(), () -> plan + " " + v.name + ": " + errors);
      Diagnostic d = checked.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
      assertEquals(v.slip, d.location(), () -> plan + " " + v.name + ": " + d);
    }
  }

  /** Up to {@link #PER_KIND} variants of each kind, each with one slip. */
  static List<Variant> givenVariants(List<String> lines, Random random) {
    List<Variant> variants = new ArrayList<>();
    List<Integer> keyLines = new ArrayList<>();
    List<Integer> indentedLines = new ArrayList<>();
    List<Integer> dashLines = new ArrayList<>();
    List<Integer> flowLines = new ArrayList<>();
    int blockScalar = -1; // lines indented more than this are the text of a "|" or ">" scalar
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int indent = line.length() - line.stripLeading().length();
      if (blockScalar >= 0 && (line.isBlank() || indent > blockScalar)) {
        continue;
      }
      blockScalar = BLOCK_SCALAR.matcher(line).find() ? indent : -1;
      if (KEY_LINE.matcher(line).find()) {
        keyLines.add(i);
      }
      if (INDENTED.matcher(line).find()) {
        indentedLines.add(i);
      }
      if (DASH.matcher(line).find()) {
        dashLines.add(i);
      }
      if (FLOW_LIST.matcher(line).find()) {
        flowLines.add(i);
      }
    }
    for (int i : pick(keyLines, random)) {
      Matcher m = KEY_LINE.matcher(lines.get(i));
      m.find();
      int colon = m.end(3);
      variants.add(variant("full-width colon on line " + (i + 1), lines, i,
          lines.get(i).substring(0, colon) + "：" + lines.get(i).substring(colon + 2), colon));
    }
    for (int i : pick(indentedLines, random)) {
      Matcher m = INDENTED.matcher(lines.get(i));
      m.find();
      String indent = m.group(1);
      variants.add(variant("full-width indentation on line " + (i + 1), lines, i,
          "\u3000".repeat(indent.length()) + lines.get(i).substring(indent.length()), 0));
    }
    for (int i : pick(dashLines, random)) {
      Matcher m = DASH.matcher(lines.get(i));
      m.find();
      int space = m.end() - 1;
      variants.add(variant("full-width space after the dash on line " + (i + 1), lines, i,
          lines.get(i).substring(0, space) + "\u3000" + lines.get(i).substring(space + 1), space));
    }
    for (int i : pick(flowLines, random)) {
      Matcher m = FLOW_LIST.matcher(lines.get(i));
      m.find();
      int comma = m.start(1);
      variants.add(variant("full-width comma on line " + (i + 1), lines, i,
          lines.get(i).substring(0, comma) + "，" + lines.get(i).substring(comma + 2), comma));
    }
    return variants;
  }

  private static List<Integer> pick(List<Integer> from, Random random) {
    List<Integer> copy = new ArrayList<>(from);
    java.util.Collections.shuffle(copy, random);
    return copy.subList(0, Math.min(PER_KIND, copy.size()));
  }

  private static Variant variant(String name, List<String> lines, int at, String replaced, int column) {
    List<String> copy = new ArrayList<>(lines);
    copy.set(at, replaced);
    return new Variant(name, String.join("\n", copy) + "\n", new Location("plan.yaml", at + 1, column + 1));
  }
}
