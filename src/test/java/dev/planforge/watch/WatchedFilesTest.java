package dev.planforge.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.diagnostic.Location;
import dev.planforge.diagnostic.Severity;
import dev.planforge.pipeline.Checked;
import dev.planforge.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a save of renders the plan again: computed from the checked plan. */
class WatchedFilesTest {

  @TempDir
  Path dir;

  @Test
  void thePlanItsCustomersFileItsPicturesAndTheFilesItsDiagnosticsPointInto() throws Exception {
    Path plan = dir.resolve("plan.yaml");
    Files.createDirectories(dir.resolve("img"));
    Files.writeString(dir.resolve("attachment.txt"), "a file a field names");
    Files.writeString(dir.resolve("other.csv"), "a file only a diagnostic names");
    String tree = """
        {"title": "attachment.txt",
         "author": "张伟",
         "tiering": {"customers_file": "customers.csv"},
         "overview": {"background": "Text ![logo](img/logo%20big.png \\"Logo\\") and ![web](https://example.com/a.png)\\n\\n![ref][r]\\n\\n[r]: <img/ref.svg>\\n"},
         "notes": ["![gone](missing-folder/x.png)", "data:image/png;base64,AAAA"]}
        """;
    Diagnostic inCsv = new Diagnostic(Severity.ERROR, "schema.type", new Location(dir.resolve("other.csv").toString(), 3, 0),
        "tiering.customers[1]", "m", null, null);
    Checked checked = new Checked(new SourceFile(plan, plan.toString(), List.of()), new ObjectMapper().readTree(tree),
        null, null, List.of(inCsv));

    assertEquals(Set.of(plan, dir.resolve("customers.csv"), dir.resolve("img/logo%20big.png"),
            dir.resolve("img/logo big.png"), dir.resolve("img/ref.svg"), dir.resolve("attachment.txt"),
            dir.resolve("other.csv")),
        WatchedFiles.of(plan, checked));
  }

  @Test
  void aPlanThatCannotBeReadIsWatchedAlone() {
    Path plan = dir.resolve("sub/../plan.yaml");
    assertEquals(Set.of(dir.resolve("plan.yaml")), WatchedFiles.of(plan, null));
  }

  @Test
  void percentEscapesAreDecodedAsUtf8AndAStrayPercentStays() {
    assertEquals("新 图.svg", WatchedFiles.percentDecoded("%E6%96%B0%20%E5%9B%BE.svg"));
    assertEquals("100%.png", WatchedFiles.percentDecoded("100%.png"));
    assertEquals("a%zz😀", WatchedFiles.percentDecoded("a%zz😀"));
  }
}
