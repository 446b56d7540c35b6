package dev.planforge.render.template;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker output format of the {@code .ftlmd} templates: every plain-text value is escaped for
 * Markdown by default, as {@code .ftlh} escapes HTML, so a title with {@code *} or a cell with
 * {@code |} cannot change the document's structure. Markdown the plan wrote (an (md) field) is
 * inserted as it is with {@code ?no_esc}.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Model> {

  public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

  private MarkdownOutputFormat() {}

  @Override
  public String getName() {
    return "Markdown";
  }

  @Override
  public String getMimeType() {
    return "text/markdown";
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(escapePlainText(textToEsc));
  }

  /**
   * Backslash before the characters that start emphasis, code, links, HTML and table cells; line
   * breaks become spaces because plain fields are one line and a break would end a table row. An
   * underscore inside a word ({@code obj_repeat}) starts no emphasis in GFM and stays as it is.
   */
  @Override
  public String escapePlainText(String plainText) {
    StringBuilder out = new StringBuilder(plainText.length() + 8);
    for (int i = 0; i < plainText.length(); i++) {
      char c = plainText.charAt(i);
      if (c == '_' && i > 0 && i < plainText.length() - 1
          && Character.isLetterOrDigit(plainText.charAt(i - 1)) && Character.isLetterOrDigit(plainText.charAt(i + 1))) {
        out.append(c);
        continue;
      }
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#' -> out.append('\\').append(c);
        case '\r' -> { }
        case '\n' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
    return new Model(plainTextContent, markupContent);
  }

  /** A Markdown fragment or plain text waiting to be escaped. */
  public static final class Model extends CommonTemplateMarkupOutputModel<Model> {
    Model(String plainTextContent, String markupContent) {
      super(plainTextContent, markupContent);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
      return INSTANCE;
    }
  }
}
