package dev.planforge.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import dev.planforge.source.Picture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pictures check on plans written to a temporary folder: the limits that need files too large
 * to keep among the bad-plan fixtures (5 MiB each, 20 MiB a plan), what an SVG may and may not
 * hold, and that what passes travels with the plan as checked bytes.
 */
class PicturesTest {

  private static final int MIB = 1024 * 1024;

  @TempDir
  Path dir;

  @Test
  void givenPictureOverFiveMiB_whenChecked_thenItIsAnErrorAtThePicture() throws IOException {
    Files.write(dir.resolve("big.png"), png(4, 3, 5 * MIB + 1 - png(4, 3, 0).length));
    Checked checked = check("summary: |\n  Text first.\n\n  ![Big](big.png)\n");
    assertEquals(List.of("plan.yaml:7:3: summary: picture \"big.png\" is larger than 5 MiB; save it smaller"
        + " (fewer pixels, or as JPEG if it is a photo)"), errors(checked));
  }

  @Test
  void givenPictureOfExactlyFiveMiB_whenChecked_thenItPasses() throws IOException {
    Files.write(dir.resolve("big.png"), png(4, 3, 5 * MIB - png(4, 3, 0).length));
    Checked checked = check("summary: |\n  ![Big](big.png)\n");
    assertEquals(List.of(), errors(checked));
    assertEquals(5 * MIB, checked.pictures().get("big.png").size());
  }

  @Test
  void givenPicturesOverTwentyMiBTogether_whenChecked_thenTheOneThatTipsItIsTheError() throws IOException {
    StringBuilder md = new StringBuilder("summary: |\n");
    for (int i = 1; i <= 5; i++) {
      Files.write(dir.resolve(i + ".png"), png(4, 3, 4 * MIB + MIB / 2));
      md.append("  ![Part ").append(i).append("](").append(i).append(".png)\n\n");
    }
    md.append("  ![Part 1 again](1.png)\n"); // counted once: the plan carries it once
    Checked checked = check(md.toString());
    assertEquals(1, errors(checked).size(), () -> errors(checked).toString());
    assertTrue(errors(checked).get(0).startsWith("plan.yaml:13:3: summary: with picture \"5.png\" the plan's pictures"
        + " come to 22.5 MiB, more than the 20 MiB"), errors(checked).get(0));
  }

  @Test
  void givenAcceptedPictures_whenChecked_thenTheirBytesTypeAndSizeTravelWithThePlan() throws IOException {
    byte[] png = png(120, 60, 0);
    Files.write(dir.resolve("my pic.png"), png);
    Files.writeString(dir.resolve("d.svg"),
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 300 150' width='600'><rect width='1' height='1'/></svg>");
    Checked checked = check("summary: |\n  ![A](my%20pic.png)\n"
        + "conclusion: \"![D](d.svg) ![Web](https://example.com/x.png)\"\n");
    assertEquals(List.of(), errors(checked));
    assertEquals(List.of("my%20pic.png", "d.svg"), List.copyOf(checked.pictures().keySet()));
    Picture p = checked.pictures().get("my%20pic.png"); // keyed as written, read as a browser reads it
    assertEquals(Picture.Type.PNG, p.type());
    assertTrue(Arrays.equals(png, p.bytes()));
    assertEquals(List.of(120, 60), List.of(p.width(), p.height()));
    Picture svg = checked.pictures().get("d.svg");
    assertEquals(List.of(Picture.Type.SVG, 600, 300), List.of(svg.type(), svg.width(), svg.height()));
    assertEquals(checked.pictures(), Pipeline.document(checked).pictures());
  }

  @Test
  void givenJpegNamedPng_whenChecked_thenItsBytesDecideItsType() throws IOException {
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 4, 0, 0,
        (byte) 0xFF, (byte) 0xC0, 0, 11, 8, 0, 20, 0, 30, 1, 1, 0x11, 0, (byte) 0xFF, (byte) 0xD9};
    Files.write(dir.resolve("photo.png"), jpeg);
    Checked checked = check("summary: \"![Photo](photo.png)\"\n");
    assertEquals(List.of(), errors(checked));
    Picture p = checked.pictures().get("photo.png");
    assertEquals(List.of(Picture.Type.JPEG, 30, 20), List.of(p.type(), p.width(), p.height()));
  }

  @Test
  void givenSvgReferringOnlyToItselfAndEmbeddedPictures_whenChecked_thenItPasses() throws IOException {
    Files.writeString(dir.resolve("ok.svg"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
          <style>.a { fill: url(#g); }</style>
          <defs><linearGradient id="g"><stop offset="0"/></linearGradient><rect id="r" width="1" height="1"/></defs>
          <use xlink:href="#r" style="fill: url('#g')"/>
          <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
          <a href="#r"><text>文字</text></a>
        </svg>
        """);
    Checked checked = check("summary: \"![OK](ok.svg)\"\n");
    assertEquals(List.of(), errors(checked));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<style>@import url(theme.css);</style>",
      "<style>rect { fill: url(http://example.com/p.svg#g); }</style>",
      "<rect style=\"fill: url('file:///etc/passwd')\"/>",
      "<use href=\"other.svg#r\"/>",
      "<a href=\"javascript:alert(1)\"><text>x</text></a>",
      "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>",
      "<set attributeName=\"href\" to=\"javascript:alert(1)\"/>",
      "<image href=\"data:image/svg+xml;base64,PHN2Zz4=\"/>"})
  void givenSvgThatCouldRunOrFetchSomething_whenChecked_thenItIsRefused(String inside) throws IOException {
    Files.writeString(dir.resolve("bad.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\">" + inside + "</svg>");
    Checked checked = check("summary: \"![Bad](bad.svg)\"\n");
    assertEquals(1, errors(checked).size(), () -> inside + ": " + errors(checked));
    assertTrue(errors(checked).get(0).contains("which could run a script or fetch something"), errors(checked).get(0));
    assertNull(checked.plan(), "a plan with a refused picture is not modelled");
  }

  @Test
  void givenStylesheetProcessingInstruction_whenChecked_thenItIsRefused() throws IOException {
    Files.writeString(dir.resolve("bad.svg"), "<?xml-stylesheet href=\"http://example.com/s.css\"?>"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    Checked checked = check("summary: \"![Bad](bad.svg)\"\n");
    assertEquals(List.of("plan.yaml:4:11: summary: picture \"bad.svg\" holds <?xml-stylesheet?>, which could run a"
        + " script or fetch something from elsewhere, and the document does neither; remove it from the SVG (a picture"
        + " inside an SVG may be embedded as data:image/png or data:image/jpeg)"), errors(checked));
  }

  @Test
  void givenTheSameMissingPictureTwice_whenChecked_thenEachPlaceIsNamed() throws IOException {
    Checked checked = check("summary: |\n  ![A](gone.png)\n\n  and again ![A](gone.png)\n");
    List<String> errors = errors(checked);
    assertEquals(2, errors.size(), errors::toString);
    assertTrue(errors.get(0).startsWith("plan.yaml:5:3: "), errors.get(0));
    assertTrue(errors.get(1).startsWith("plan.yaml:7:13: "), errors.get(1));
  }

  private Checked check(String body) throws IOException {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, "plan_format: 1\ntitle: Pictures\nas_of: 2026-06-30\n" + body, StandardCharsets.UTF_8);
    return Pipeline.check(plan, "plan.yaml");
  }

  private static List<String> errors(Checked checked) {
    return checked.diagnostics().stream().filter(Diagnostic::isError)
        .map(d -> d.location() + ": " + d.path() + ": " + d.message()).toList();
  }

  /** A PNG signature and IHDR chunk (what the check reads), then {@code padding} bytes. */
  private static byte[] png(int width, int height, int padding) {
    byte[] ihdr = new byte[17];
    System.arraycopy("IHDR".getBytes(StandardCharsets.US_ASCII), 0, ihdr, 0, 4);
    int[] fields = {width, height};
    for (int f = 0; f < 2; f++) {
      for (int i = 0; i < 4; i++) {
        ihdr[4 + f * 4 + i] = (byte) (fields[f] >>> (24 - 8 * i));
      }
    }
    ihdr[12] = 8; // bit depth
    ihdr[13] = 2; // truecolour
    CRC32 crc = new CRC32();
    crc.update(ihdr);
    byte[] out = new byte[8 + 4 + 17 + 4 + padding];
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    System.arraycopy(signature, 0, out, 0, 8);
    out[11] = 13;
    System.arraycopy(ihdr, 0, out, 12, 17);
    long c = crc.getValue();
    for (int i = 0; i < 4; i++) {
      out[29 + i] = (byte) (c >>> (24 - 8 * i));
    }
    return out;
  }
}
