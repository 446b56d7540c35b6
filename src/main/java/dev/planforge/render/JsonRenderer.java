package dev.planforge.render;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.planforge.render.json.PlanJson;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code --format json}: the validated plan with every figure beside the values it is computed
 * from, under the names of the plan format ("Computed values"), snake_case; {@link PlanJson} says
 * what goes where.
 *
 * <p>Money — given or computed — is a string with the currency's minor-unit digits ({@code
 * "1234567.80"}, {@code "1200"} for JPY), so no reader loses a cent to floating point. Scores,
 * shares and progress are JSON numbers written with their fixed decimals ({@code 36.7}, {@code
 * 60.00}). With UTF-8, two-space indentation and a final newline, the same plan always gives the
 * same bytes.
 */
public final class JsonRenderer implements Renderer {

  private static final ObjectWriter WRITER = JsonMapper.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build()
      .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  /**
   * The one way planforge writes JSON documents (this renderer, {@code diff --format json}):
   * BigDecimal as written, two-space indentation, {@code "key": value}.
   */
  public static ObjectWriter writer() {
    return WRITER;
  }

  @Override
  public Format format() {
    return Format.JSON;
  }

  @Override
  public void render(Document document, OutputStream out) throws IOException {
    out.write(WRITER.writeValueAsBytes(PlanJson.of(document.plan(), document.tree(), document.figures())));
    out.write('\n');
  }
}
