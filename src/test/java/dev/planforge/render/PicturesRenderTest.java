package dev.planforge.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.render.doc.Block;
import dev.planforge.render.doc.DocumentModel;
import dev.planforge.render.pdf.PdfRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pictures fixture (render-fixtures/pictures.yaml: a PNG, a JPEG and an SVG from the plan's
 * folder, and a web image) in every format: each picture is inside the HTML as a data URI and
 * inside the PDF (the PNG and JPEG as image XObjects, the SVG drawn), numbered with the charts and
 * listed; the Markdown names each file; nothing is fetched and the PDF stays reproducible.
 */
class PicturesRenderTest {

  private static final Path PLAN = RenderFixturesTest.FIXTURES.resolve("pictures.yaml");
  private static final Path FOLDER = RenderFixturesTest.FIXTURES.resolve("pictures");

  private static Document doc;
  private static String html;
  private static String md;
  private static byte[] pdf;

  @BeforeAll
  static void render() throws IOException {
    doc = Plans.document(PLAN);
    Renderers renderers = new Renderers(RenderOptions.DEFAULTS);
    html = new String(Plans.render(renderers.forFormat(Format.HTML), doc), StandardCharsets.UTF_8);
    md = new String(Plans.render(renderers.forFormat(Format.MD), doc), StandardCharsets.UTF_8);
    pdf = Plans.render(renderers.forFormat(Format.PDF), doc);
  }

  @Test
  void givenPictures_thenTheHtmlCarriesEachAsADataUriInANumberedFigure() throws IOException {
    assertEquals(3, count(html, "<figure class=\"figure\" id=\"picture-"), html);
    assertDataUri("image/jpeg", Files.readAllBytes(FOLDER.resolve("photo.jpg")));
    assertDataUri("image/svg+xml", Files.readAllBytes(FOLDER.resolve("diagram.svg")));
    // The one-bit palette PNG is written again with eight bits (for the PDF engine): still a PNG of it.
    assertTrue(html.contains("<img src=\"data:image/png;base64,"), "the PNG");
    assertTrue(html.contains("alt=\"Framework in blue\""), "the caption as plain text in alt");
    assertTrue(html.contains("<figcaption class=\"caption\">Figure 1  Framework in blue</figcaption>"), html);
    assertTrue(html.contains("<figcaption class=\"caption\">Figure 3  Diagram</figcaption>"), html);
    assertTrue(html.contains("<a href=\"https://example.com/logo.png\">Logo</a>"), "a web image stays a link");
    assertFalse(html.contains("src=\"https:") || html.contains("src=\"pictures/"), "nothing is fetched");
    assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:;"),
        "the policy lets the page show data: pictures and nothing else");
  }

  @Test
  void givenPictures_thenTheyAreNumberedWithTheChartsAndListed() throws IOException {
    DocumentModel model = new Composer(null).model(doc);
    List<String> figures = model.figures().stream().map(f -> f.number() + " " + f.caption()).toList();
    assertEquals(List.of("Figure 1 Framework in blue", "Figure 2 Shop front", "Figure 3 Diagram"), figures);
    assertTrue(html.contains("<a href=\"#picture-3\">Figure 3  Diagram</a>"), "in the list of figures");
    Block.Figure first = model.figures().get(0);
    assertTrue(first.svg().toString().contains("markup=<img src=\"data:image/png;base64,"), first.svg().toString());
  }

  @Test
  void givenPictures_thenThePdfEmbedsTheRasterOnesAsImagesAndDrawsTheSvg() throws IOException {
    try (PDDocument pd = Loader.loadPDF(pdf)) {
      List<PDImageXObject> images = new ArrayList<>();
      for (PDPage page : pd.getPages()) {
        collectImages(page.getResources(), images, 0);
      }
      assertEquals(2, images.size(), "the PNG and the JPEG");
      List<String> sizes = images.stream().map(i -> i.getWidth() + "x" + i.getHeight()).toList();
      assertEquals(List.of("120x60", "120x60"), sizes);
      assertTrue(images.stream().anyMatch(i -> "jpg".equals(i.getSuffix())),
          "the JPEG kept as JPEG");
      boolean colourPng = false;
      for (PDImageXObject i : images) {
        colourPng |= !"jpg".equals(i.getSuffix()) && "DeviceRGB".equals(i.getColorSpace().getName())
            && i.getBitsPerComponent() == 8;
      }
      assertTrue(colourPng, "the palette PNG in colour, not read as black and white");
      String text = new PDFTextStripper().getText(pd);
      assertTrue(text.contains("Diagram label"), "the SVG's own text is drawn: " + text);
      assertTrue(text.contains("Figure 3 Diagram") || text.contains("Figure 3  Diagram"), text);
    }
  }

  @Test
  void givenPictures_thenThePdfIsTheSameBytesEachTime() throws IOException {
    byte[] again = Plans.render(new PdfRenderer(new Composer(null), false, null), doc);
    assertArrayEquals(pdf, again);
  }

  @Test
  void givenPictures_thenTheMarkdownNamesEachFileAsThePlanWritesIt() {
    assertTrue(md.contains("![Framework in blue](<pictures/framework.png>)\n\n*Figure 1  Framework in blue*"), md);
    assertTrue(md.contains("![Shop front](<pictures/photo.jpg>)"), md);
    assertTrue(md.contains("![Diagram](<pictures/diagram.svg>)"), md);
    assertTrue(md.contains("A photo Shop front stands in this sentence"), "running text keeps the description");
    assertTrue(md.contains("[Logo](<https://example.com/logo.png>)"), "a web image stays a link");
  }

  private static void assertDataUri(String type, byte[] bytes) {
    String uri = "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    assertTrue(html.contains("<img src=\"" + uri + "\""), type + " as checked, inside the page");
  }

  private static int count(String s, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static void collectImages(PDResources resources, List<PDImageXObject> out, int depth) throws IOException {
    if (resources == null || depth > 5) {
      return;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDImageXObject image && out.stream().noneMatch(i -> i.getCOSObject() == image.getCOSObject())) {
        out.add(image);
      } else if (x instanceof PDFormXObject form) {
        collectImages(form.getResources(), out, depth + 1);
      }
    }
  }
}
