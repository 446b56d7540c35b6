package dev.planforge.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan's outputs written as a set: all of them replaced, or none. */
class OutputFolderTest {

  @TempDir
  Path dir;

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static Map<String, byte[]> set(String... nameThenContent) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < nameThenContent.length; i += 2) {
      files.put(nameThenContent[i], bytes(nameThenContent[i + 1]));
    }
    return files;
  }

  List<String> list() throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void givenEarlierOutputs_whenASetIsWritten_thenAllAreReplaced_andNoTempFileIsLeft() throws IOException {
    Files.write(dir.resolve("p.html"), bytes("old html"));

    try (OutputFolder folder = new OutputFolder(dir)) {
      List<Path> written = folder.write(set("p.html", "new html", "p.md", "new md"));

      assertEquals(List.of(dir.resolve("p.html"), dir.resolve("p.md")), written);
    }
    assertEquals("new html", Files.readString(dir.resolve("p.html")));
    assertEquals("new md", Files.readString(dir.resolve("p.md")));
    assertEquals(List.of("p.html", "p.md"), list());
  }

  @Test
  void givenTheSecondRenameFails_thenTheFirstOutputIsPutBackByteForByte_andANewOneIsRemoved() throws IOException {
    Files.write(dir.resolve("p.html"), bytes("old html"));
    Files.write(dir.resolve("p.pdf"), bytes("old pdf"));
    int[] moves = {0};
    OutputFolder.Mover failingSecond = (from, to) -> {
      if (++moves[0] == 3) {
        throw new IOException("device gone");
      }
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    };

    IOException e;
    try (OutputFolder folder = new OutputFolder(dir, failingSecond)) {
      e = assertThrows(IOException.class,
          () -> folder.write(set("p.md", "new md", "p.html", "new html", "p.pdf", "new pdf")));
    }

    assertEquals(dir.resolve("p.pdf") + ": cannot replace it: device gone", e.getMessage());
    assertEquals(0, e.getSuppressed().length, "every replaced output was put back");
    assertArrayEquals(bytes("old html"), Files.readAllBytes(dir.resolve("p.html")));
    assertArrayEquals(bytes("old pdf"), Files.readAllBytes(dir.resolve("p.pdf")));
    assertEquals(List.of("p.html", "p.pdf"), list(), "p.md did not exist before the set, and no temp file is left");
  }

  @Test
  void givenATargetThatIsAFolder_thenNothingIsWritten_andTheErrorNamesIt() throws IOException {
    Files.write(dir.resolve("p.html"), bytes("old html"));
    Files.createDirectories(dir.resolve("p.pdf"));

    IOException e;
    try (OutputFolder folder = new OutputFolder(dir)) {
      e = assertThrows(IOException.class, () -> folder.write(set("p.html", "new html", "p.pdf", "new pdf")));
    }

    assertEquals(dir.resolve("p.pdf") + ": is a folder, not a file; remove or rename it", e.getMessage());
    assertEquals("old html", Files.readString(dir.resolve("p.html")));
    assertTrue(Files.isDirectory(dir.resolve("p.pdf")), "an empty folder is not replaced either");
    assertEquals(List.of("p.html", "p.pdf"), list());
  }

  @Test
  void givenTheRunIsStoppedWhileASetIsInFlight_thenTheShutdownHookRemovesItsTempFiles_andRefusesNewOnes()
      throws IOException {
    Files.write(dir.resolve("p.html"), bytes("old html"));
    OutputFolder[] self = new OutputFolder[1];
    List<List<String>> seenByHook = new java.util.ArrayList<>();
    OutputFolder.Mover stopFirst = (from, to) -> {
      List<String> before = list();
      self[0].stop(); // what Ctrl-C runs, between writing the temporary files and renaming them
      seenByHook.add(before);
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    };

    try (OutputFolder folder = new OutputFolder(dir, stopFirst)) {
      self[0] = folder;
      assertThrows(IOException.class, () -> folder.write(set("p.html", "new html", "p.md", "new md")));
      IOException refused = assertThrows(IOException.class, () -> folder.write(set("q.md", "x")));
      assertEquals("the run is being stopped", refused.getMessage());
    }

    assertEquals(4, seenByHook.get(0).size(), "two outputs' temp files and a link to the old html were in flight: "
        + seenByHook);
    assertEquals(List.of("p.html"), list());
    assertEquals("old html", Files.readString(dir.resolve("p.html")));
  }

  @Test
  void givenNamesOfOutputs_thenOnlyOurTemporaryFilesForThemMatch() {
    var ours = OutputFolder.tempPattern(List.of("plan.html", "plan.pdf"));

    assertTrue(ours.matcher(".plan.html.1x2y3z.tmp").matches());
    assertTrue(ours.matcher(".plan.pdf.0.tmp").matches());
    assertFalse(ours.matcher(".plan.md.1x2y3z.tmp").matches(), "not an output of this run");
    assertFalse(ours.matcher(".plan.html.tmp").matches(), "no random part");
    assertFalse(ours.matcher(".plan.html.ABC.tmp").matches(), "not our alphabet");
    assertFalse(ours.matcher(".plan.html.12345678901234.tmp").matches(), "longer than an unsigned long in base 36");
    assertFalse(ours.matcher("plan.html.1x2y3z.tmp").matches(), "not hidden");
    assertFalse(ours.matcher(".planXhtml.1x2y3z.tmp").matches(), "the dot is a dot");
  }
}
