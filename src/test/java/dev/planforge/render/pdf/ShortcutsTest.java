package dev.planforge.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.JustificationInfo;
import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import dev.planforge.render.Composer;
import dev.planforge.render.Document;
import dev.planforge.render.RenderOptions.PdfProfile;
import dev.planforge.render.template.Templates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each shortcut planforge takes through openhtmltopdf makes the PDF that openhtmltopdf's own way
 * makes: text drawn through {@link MeasuringTextRenderer} rather than by the output device itself,
 * and fonts resolved once per specification ({@link KeptFonts}) rather than on every call. On the
 * Chinese and English examples, Markdown with code spans (a first font that is not ours) and
 * hostile characters, a rupee sign only a fallback font has, and a tagged PDF/UA, whose text the
 * device marks as it draws.
 */
class ShortcutsTest {

  /** Measures as planforge does, and draws every string the way the device does by itself. */
  private static final class DrawnByTheDevice extends MeasuringTextRenderer {
    @Override
    public void drawString(OutputDevice device, String string, float x, float y, JustificationInfo info) {
      ((PdfBoxOutputDevice) device).drawString(string, x, y, info);
    }
  }

  /** Counts the strings the fast path draws in the first font, so the test knows it was taken. */
  private static final class Counting extends MeasuringTextRenderer {
    final AtomicInteger strings = new AtomicInteger();
    final AtomicInteger spaced = new AtomicInteger(); // with justification or letter spacing

    @Override
    public void drawString(OutputDevice device, String string, float x, float y, JustificationInfo info) {
      strings.incrementAndGet();
      if (info != null) {
        spaced.incrementAndGet();
      }
      super.drawString(device, string, x, y, info);
    }
  }

  @TempDir
  Path dir;

  @Test
  void theDevicesFontIsReadable() {
    assertTrue(MeasuringTextRenderer.drawsFast(), "openhtmltopdf's PdfBoxFastOutputDevice._font is gone: every string takes the slow path");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "plans/meet-fresh.yaml, STANDARD",
      "plans/meet-fresh.yaml, PDFUA",
      "plans/annual-crm-2026.yaml, STANDARD",
      "src/test/resources/render-fixtures/markdown-cjk-code.yaml, STANDARD",
      "src/test/resources/render-fixtures/markdown-hostile.yaml, STANDARD"})
  void givenPlan_whenRenderedWithoutAShortcut_thenThePdfIsTheSame(Path plan, PdfProfile profile) throws IOException {
    assertSamePdf(document(plan), profile);
  }

  @Test
  void givenRupeesThatOnlyTheFallbackFontHas_whenRenderedWithoutAShortcut_thenThePdfIsTheSame() throws IOException {
    Path plan = dir.resolve("rupees.yaml");
    Files.writeString(plan, Files.readString(Path.of("src/test/resources/render-fixtures/minimal.yaml"))
        .replaceFirst("(?m)^(\\s*)title: (.*)$", "$1title: \"$2 ₹ 12,00,000 — Łódź ✔\""), StandardCharsets.UTF_8);
    assertSamePdf(document(plan), PdfProfile.STANDARD);
  }

  @Test
  void givenTemplatesThatJustifyAndSpaceLetters_whenRenderedWithoutAShortcut_thenThePdfIsTheSame() throws IOException {
    // A planner's stylesheet: justified and letter-spaced text is drawn with spacing adjustments.
    Path templates = Files.createDirectory(dir.resolve("templates"));
    Templates.exportBuiltIns(templates);
    Files.writeString(templates.resolve("pdf.css"), "\np { text-align: justify; }\nh2, td { letter-spacing: 0.5pt; }\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    for (Path plan : List.of(Path.of("plans/meet-fresh.yaml"), Path.of("plans/annual-crm-2026.yaml"))) {
      assertTrue(assertSamePdf(document(plan), PdfProfile.STANDARD, templates).spaced.get() > 0, "no spaced text in " + plan);
    }
  }

  private static void assertSamePdf(Document document, PdfProfile profile) throws IOException {
    assertSamePdf(document, profile, null);
  }

  /** @return what the shortcut drew */
  private static Counting assertSamePdf(Document document, PdfProfile profile, Path templates) throws IOException {
    Composer composer = new Composer(templates);
    Counting fast = new Counting();
    byte[] ours = render(new PdfRenderer(composer, false, null, profile, () -> fast, true), document);
    assertTrue(fast.strings.get() > 0, "no text was drawn");
    assertArrayEquals(render(new PdfRenderer(composer, false, null, profile, DrawnByTheDevice::new, true), document),
        ours, "text drawn by the device");
    assertArrayEquals(render(new PdfRenderer(composer, false, null, profile, MeasuringTextRenderer::new, false), document),
        ours, "fonts resolved by openhtmltopdf on every call");
    return fast;
  }

  @Test
  void keptFontsOverridesEveryPublicMethodOfTheResolverItStandsFor() {
    // One it did not would go to the superclass's empty font stores.
    for (Method m : PdfBoxFontResolver.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) {
        assertDoesNotThrow(() -> KeptFonts.class.getDeclaredMethod(m.getName(), m.getParameterTypes()), m::toString);
      }
    }
  }

  private static byte[] render(PdfRenderer renderer, Document document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(document, out);
    return out.toByteArray();
  }

  private static Document document(Path plan) throws IOException {
    Checked checked = Pipeline.check(plan, plan.toString());
    assertTrue(checked.passes(false), () -> plan + ": " + checked.diagnostics());
    return Pipeline.document(checked);
  }
}
