package dev.planforge.render.view;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.formatter.Formatter;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.format.options.HeadingStyle;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders the plan's Markdown fields (CommonMark + GFM tables) to well-formed XHTML that a browser
 * and openhtmltopdf both accept. Plan text is not trusted: raw HTML is shown as text, links with
 * a scheme other than http(s), mailto and tel are shown without their link, images are replaced
 * by their description (a document must not fetch anything), and headings are moved below the
 * document's own so a field cannot break the outline. Immutable and thread-safe.
 */
public final class Markup {

  /** Any URL that names a scheme, unless the scheme is one a document may link to. */
  private static final String SUPPRESSED_LINKS =
      "(?is)^(?!\\s*(?:https?|mailto|tel):)\\s*[a-z][a-z0-9+.\\-]*:.*";

  private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.\\-]*:.*", Pattern.DOTALL);

  /** A field's headings start at this level: the document uses h1 to h3. */
  private static final int FIRST_HEADING_LEVEL = 4;

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final Formatter formatter;

  public Markup() {
    com.vladsch.flexmark.util.data.DataHolder options = new MutableDataSet()
        .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), new SafeNodes()))
        .set(TablesExtension.CLASS_NAME, "md-table")
        .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
        .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
        .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
        .set(TablesExtension.COLUMN_SPANS, false)
        .set(HtmlRenderer.ESCAPE_HTML, true)
        .set(HtmlRenderer.SUPPRESSED_LINKS, SUPPRESSED_LINKS)
        .set(HtmlRenderer.GENERATE_HEADER_ID, false)
        .set(HtmlRenderer.RENDER_HEADER_ID, false)
        .set(HtmlRenderer.SOFT_BREAK, "\n")
        .set(HtmlRenderer.HARD_BREAK, "<br />\n")
        .set(HtmlRenderer.INDENT_SIZE, 0)
        .set(Formatter.HEADING_STYLE, HeadingStyle.ATX_PREFERRED)
        // Tables as written, not padded to widths the formatter would get wrong for CJK text.
        .set(TablesExtension.FORMAT_TABLE_ADJUST_COLUMN_WIDTH, false)
        .set(TablesExtension.FORMAT_TABLE_MIN_SEPARATOR_DASHES, 3)
        .toImmutable();
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
    this.formatter = Formatter.builder(options).build();
  }

  /** The XHTML of a Markdown text; empty for null or blank text. */
  public String toXhtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return renderer.render(parse(markdown)).strip();
  }

  /** The syntax tree of a field, with its Chinese lines joined as Chinese is written. */
  private com.vladsch.flexmark.util.ast.Document parse(String markdown) {
    com.vladsch.flexmark.util.ast.Document doc = parser.parse(markdown);
    List<Node> breaks = new java.util.ArrayList<>();
    doc.getDescendants().forEach(n -> {
      if (n instanceof SoftLineBreak) {
        breaks.add(n);
      }
    });
    for (Node n : breaks) {
      if (n.getPrevious() != null && n.getNext() != null && closed(last(n.getPrevious())) && closed(first(n.getNext()))) {
        n.unlink();
      }
    }
    return doc;
  }

  /**
   * Whether a line break next to this character is no space: a planner who wraps a Chinese
   * paragraph in YAML does not mean "口味、 便利性". Chinese, Japanese and Korean characters and
   * their punctuation; between Latin words the break stays a space.
   */
  static boolean closed(int cp) {
    if (cp < 0) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)
        || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == 0x2014 || cp == 0x2026 || cp == 0x00B7;
  }

  /** The last character a node shows (of its last text), or -1. */
  private static int last(Node n) {
    for (Node at = n; at != null; at = at.getLastChild()) {
      if (at instanceof Text || at.getFirstChild() == null) {
        String s = at.getChars().toString();
        return s.isEmpty() ? -1 : s.codePointBefore(s.length());
      }
    }
    return -1;
  }

  /** The first character a node shows (of its first text), or -1. */
  private static int first(Node n) {
    for (Node at = n; at != null; at = at.getFirstChild()) {
      if (at instanceof Text || at.getFirstChild() == null) {
        String s = at.getChars().toString();
        return s.isEmpty() ? -1 : s.codePointAt(0);
      }
    }
    return -1;
  }

  /**
   * The Markdown of a field made safe to stand inside the Markdown document, as {@link #toXhtml}
   * makes it safe inside the HTML: raw HTML and comments become visible text, a code fence left
   * open is closed, headings move below the document's own, images become their description and
   * links with a scheme other than http(s), mailto and tel become their text. Empty for blank text.
   */
  public String toMarkdown(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    com.vladsch.flexmark.util.ast.Document doc = parse(markdown);
    List<Node> nodes = new java.util.ArrayList<>();
    doc.getDescendants().forEach(nodes::add);
    for (Node n : nodes) {
      if (n instanceof HtmlBlockBase) {
        Paragraph p = new Paragraph();
        p.appendChild(new Text(BasedSequence.of(entities(n.getChars().toString().strip()))));
        n.insertBefore(p);
        n.unlink();
      } else if (n instanceof HtmlInlineBase) {
        n.insertBefore(new Text(BasedSequence.of(entities(n.getChars().toString()))));
        n.unlink();
      } else if (n instanceof Heading h) {
        int level = Math.min(6, h.getLevel() + FIRST_HEADING_LEVEL - 1);
        h.setLevel(level);
        h.setOpeningMarker(BasedSequence.of("#".repeat(level)));
        h.setClosingMarker(BasedSequence.NULL);
      } else if (n instanceof Image image) {
        n.insertBefore(new Text(BasedSequence.of(escapeMarkdown(image.getText().toString()))));
        n.unlink();
      } else if (n instanceof ImageRef image) {
        n.insertBefore(new Text(BasedSequence.of(escapeMarkdown(image.getText().toString()))));
        n.unlink();
      } else if (n instanceof Link link && !allowedUrl(link.getUrl().unescape())
          || n instanceof AutoLink auto && !allowedUrl(auto.getText().unescape())) {
        moveChildrenBefore(n);
        n.unlink();
      }
    }
    // Leading blank lines go, leading spaces stay: they make an indented code block.
    return formatter.render(doc).replaceFirst("^(?:[ \\t]*\\n)+", "").stripTrailing();
  }

  private static void moveChildrenBefore(Node n) {
    if (n instanceof AutoLink auto) {
      n.insertBefore(new Text(BasedSequence.of(escapeMarkdown(auto.getText().toString()))));
      return;
    }
    Node child = n.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      n.insertBefore(child);
      child = next;
    }
  }

  /** {@code < > &} as entities: shown as themselves, never read as HTML. */
  private static String entities(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String escapeMarkdown(String s) {
    return entities(s).replaceAll("([\\\\`*_\\[\\]#|!])", "\\\\$1");
  }

  /** Replaces the renderings of images and headings (see the class comment for why). */
  private static final class SafeNodes implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {}

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
      builder.nodeRendererFactory(options -> new SafeNodeRenderer());
    }
  }

  /**
   * Whether a link may stay a link: judged on the URL as the browser would read it (entities
   * decoded, blanks and control characters dropped, any case), so {@code &#106;avascript:} and
   * {@code JAVA\tSCRIPT:} are caught as well as {@code javascript:}.
   */
  static boolean allowedUrl(String url) {
    StringBuilder b = new StringBuilder(url.length());
    url.codePoints().filter(cp -> cp > 0x20 && !Character.isISOControl(cp)).forEach(b::appendCodePoint);
    String u = b.toString().toLowerCase(Locale.ROOT);
    return !SCHEME.matcher(u).matches()
        || u.startsWith("http:") || u.startsWith("https:") || u.startsWith("mailto:") || u.startsWith("tel:");
  }

  private static final class SafeNodeRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(Link.class, (node, context, html) -> {
            if (allowedUrl(node.getUrl().unescape())) {
              context.delegateRender();
            } else {
              context.renderChildren(node);
            }
          }),
          new NodeRenderingHandler<>(LinkRef.class, (node, context, html) -> {
            Reference ref = node.getReferenceNode(context.getDocument());
            if (ref == null || allowedUrl(ref.getUrl().unescape())) {
              context.delegateRender();
            } else {
              context.renderChildren(node);
            }
          }),
          new NodeRenderingHandler<>(AutoLink.class, (node, context, html) -> {
            if (allowedUrl(node.getText().unescape())) {
              context.delegateRender();
            } else {
              html.text(node.getText().toString());
            }
          }),
          new NodeRenderingHandler<>(MailLink.class, (node, context, html) -> context.delegateRender()),
          new NodeRenderingHandler<>(Image.class, (node, context, html) -> html.text(node.getText().toString())),
          new NodeRenderingHandler<>(ImageRef.class, (node, context, html) -> html.text(node.getText().toString())),
          new NodeRenderingHandler<>(Heading.class, (node, context, html) -> {
            String tag = "h" + Math.min(6, node.getLevel() + FIRST_HEADING_LEVEL - 1);
            html.line().tag(tag);
            context.renderChildren(node);
            html.tag("/" + tag).line();
          }));
    }
  }
}
