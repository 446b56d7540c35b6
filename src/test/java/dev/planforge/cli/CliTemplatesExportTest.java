package dev.planforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.render.template.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planforge templates export DIR}: a folder to start from, never overwriting a file. */
class CliTemplatesExportTest {

  @TempDir
  Path dir;

  @Test
  void givenAnEmptyFolder_whenExported_thenEveryBuiltInIsWritten_eachNamedOnStderr_withTheRenderHint()
      throws IOException {
    Path target = dir.resolve("my-templates");

    CliRun r = CliRun.of("templates", "export", target.toString());

    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    StringBuilder expected = new StringBuilder();
    for (String name : Templates.builtInNames()) {
      assertTrue(Files.size(target.resolve(name)) > 0, name);
      expected.append("planforge: wrote ").append(target.resolve(name)).append('\n');
    }
    expected.append("planforge: edit them, then render with --templates ").append(target).append('\n');
    assertEquals(expected.toString(), r.err());
  }

  @Test
  void givenOneOfTheFilesExists_whenExported_thenExitTwoNamingIt_andNothingIsWritten() throws IOException {
    Path target = Files.createDirectories(dir.resolve("my-templates"));
    String last = Templates.builtInNames().get(Templates.builtInNames().size() - 1);
    Files.writeString(target.resolve(last), "mine");

    CliRun r = CliRun.of("templates", "export", target.toString());

    assertEquals(2, r.code());
    assertEquals("planforge: " + target.resolve(last) + ": already exists; nothing was written\n", r.err());
    assertEquals(List.of(last), list(target));
    assertEquals("mine", Files.readString(target.resolve(last)));
  }

  @Test
  void givenAFileInsteadOfAFolder_whenExported_thenExitTwo() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");

    CliRun r = CliRun.of("templates", "export", file.toString());

    assertEquals(2, r.code());
    assertEquals("planforge: " + file + ": is a file, not a folder\n", r.err());
  }

  @Test
  void givenNoSubcommand_thenTheCommandLineIsWrong() {
    CliRun r = CliRun.of("templates");

    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("planforge: a subcommand is required: export\n"), r.err());
  }

  @Test
  void givenExportedTemplates_whenRenderedWithThem_thenTheyAreUsed() throws IOException {
    Path target = dir.resolve("t");
    assertEquals(0, CliRun.of("templates", "export", target.toString()).code());
    Path plan = Files.writeString(dir.resolve("plan.yaml"), "plan_format: 1\ntitle: T\nas_of: 2026-06-30\n");

    CliRun r = CliRun.of("render", plan.toString(), "--format", "md", "--templates", target.toString(), "--out",
        dir.resolve("out").toString());

    assertEquals(0, r.code(), r.err());
    assertFalse(Files.readString(dir.resolve("out/plan.md")).isEmpty());
  }

  private static List<String> list(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
