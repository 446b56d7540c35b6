package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers: plans read through the real pipeline, rendered by the real renderers. */
final class Plans {

  static final Path EXAMPLES = Path.of("plans");
  static final Path TEST_PLANS = Path.of("src/test/resources/render");

  private Plans() {}

  /** The example plans shipped in plans/, by file name. */
  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  static Document document(Path plan) throws IOException {
    Checked checked = Pipeline.check(plan, plan.toString());
    assertTrue(checked.passes(false), () -> plan + " should pass validation: " + checked.diagnostics());
    return Pipeline.document(checked);
  }

  static byte[] render(Renderer renderer, Document document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(document, out);
    return out.toByteArray();
  }

  static String name(Path plan) {
    String file = plan.getFileName().toString();
    return file.substring(0, file.lastIndexOf('.'));
  }
}
