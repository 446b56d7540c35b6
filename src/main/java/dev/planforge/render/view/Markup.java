package dev.planforge.render.view;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HardLineBreak;
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
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.format.options.HeadingStyle;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the plan's Markdown fields (CommonMark + GFM tables) to well-formed XHTML that a browser
 * and openhtmltopdf both accept. Plan text is not trusted: raw HTML is shown as text, links with
 * a scheme other than http(s), mailto and tel are shown without their link, and headings are moved
 * below the document's own so a field cannot break the outline. A document never fetches anything:
 * an image with an http(s) address becomes a link to it, one the check accepted from the plan's
 * folder becomes a numbered figure ({@link #pieces}), and any other image its description.
 * Immutable and thread-safe.
 */
public final class Markup {

  /** Any URL that names a scheme, unless the scheme is one a document may link to. */
  private static final String SUPPRESSED_LINKS =
      "(?is)^(?!\\s*(?:https?|mailto|tel):)\\s*[a-z][a-z0-9+.\\-]*:.*";

  private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.\\-]*:.*", Pattern.DOTALL);

  /**
   * Stands where a picture is cut out of a field while both outputs are written, around its
   * number. U+FFFF: the check refuses it in any text of a plan, so no plan can write one.
   */
  private static final char CUT = '\uFFFF';
  private static final Pattern CUT_HTML = Pattern.compile("<p>" + CUT + "(\\d+)" + CUT + "</p>\n?");
  private static final Pattern CUT_MD = Pattern.compile(CUT + "(\\d+)" + CUT);

  /** The ASCII punctuation a plain field may hold ({@link #plain}): none means anything inside a line. */
  private static final String PLAIN_PUNCTUATION = ",.%:;?!()/@$+-='";

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

  /** A part of a Markdown field: text, or a picture standing between texts. */
  public sealed interface Piece {}

  /** Text of a field: its safe Markdown and its XHTML (see {@link #toMarkdown}, {@link #toXhtml}). */
  public record Prose(String md, String xhtml) implements Piece {}

  /**
   * A picture of a field, to be shown as a figure: its address as written (the key of the checked
   * pictures) and its caption (the image's description, as plain text).
   */
  public record PictureAt(String address, String caption) implements Piece {}

  /**
   * A field cut where its pictures are: the text before, the picture, the text after, … An image
   * whose address is one of {@code pictures} (the ones the check accepted) becomes a piece of its
   * own, after the paragraph, list or table it stands in; in running text its description stays
   * in its place, and a paragraph that held only pictures goes. Other images are as in
   * {@link #toXhtml}. Empty for blank text.
   */
  public List<Piece> pieces(String markdown, Set<String> pictures) {
    if (markdown == null || markdown.isBlank()) {
      return List.of();
    }
    String plain = plain(markdown);
    if (plain != null) { // most fields: what parsing would give, without parsing
      return List.of(new Prose(plain, "<p>" + plain + "</p>"));
    }
    return parsedPieces(markdown, pictures);
  }

  /**
   * A field of plain text as Markdown reads it, or null when it is not plain. Plain is one
   * paragraph of lines that Markdown reads as themselves: its XHTML is the text in {@code <p>},
   * its Markdown the text, with the lines joined as {@link #parse} joins them (a Chinese line
   * break is no space). Line breaks at the end do not count. A line holds no control or format
   * character, no space at either end or two together, and of ASCII only letters, digits, single
   * spaces and {@code , . % : ; ? ! ( ) / @ $ + - = '}, which mean nothing inside a line without
   * brackets; it does not start with punctuation or with a number and {@code .} or {@code )} (a
   * list item). A field that is not plain is parsed; {@code PlainFieldsTest} checks that both give
   * the same on random text.
   */
  static String plain(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
    }
    StringBuilder joined = new StringBuilder(end);
    int start = 0;
    while (true) {
      int lineEnd = text.indexOf('\n', start);
      if (lineEnd < 0 || lineEnd > end) {
        lineEnd = end;
      }
      if (!plainLine(text, start, lineEnd)) {
        return null;
      }
      if (start > 0 && !(closed(text.codePointBefore(start - 1)) && closed(text.codePointAt(start)))) {
        joined.append('\n');
      }
      joined.append(text, start, lineEnd);
      if (lineEnd == end) {
        return joined.toString();
      }
      start = lineEnd + 1;
    }
  }

  /** Whether {@code text[from, to)} is a line of plain text (see {@link #plain}). */
  private static boolean plainLine(String text, int from, int to) {
    if (from == to || isAsciiPunctuation(text.charAt(from)) || text.charAt(to - 1) == ' ') {
      return false;
    }
    int digits = from;
    while (digits < to && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
      digits++;
    }
    if (digits > from && digits < to && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
      return false;
    }
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      if (cp < 0x80) {
        boolean space = cp == ' ';
        if (space ? text.charAt(i - 1) == ' ' : !Character.isLetterOrDigit(cp) && PLAIN_PUNCTUATION.indexOf(cp) < 0) {
          return false;
        }
      } else if (!plainBeyondAscii(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean isAsciiPunctuation(char c) {
    return c < 0x80 && !Character.isLetterOrDigit(c);
  }

  /** A character beyond ASCII that is text inside a line: not a control, format, separator or blank. */
  private static boolean plainBeyondAscii(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
      default -> cp != CUT;
    };
  }

  /** {@link #pieces} by parsing, whatever the text (for tests, the reference of the plain path). */
  List<Piece> parsedPieces(String markdown, Set<String> pictures) {
    // One tree for both: the XHTML is written from it first, as it is; making the Markdown safe
    // then changes it.
    com.vladsch.flexmark.util.ast.Document tree = parse(markdown);
    List<PictureAt> found = cut(tree, pictures);
    String html = renderer.render(tree).strip();
    String md = markdownOf(tree);
    if (found.isEmpty()) {
      return List.of(new Prose(md, html));
    }
    List<Piece> pieces = new java.util.ArrayList<>();
    Matcher h = CUT_HTML.matcher(html);
    Matcher m = CUT_MD.matcher(md);
    int htmlFrom = 0;
    int mdFrom = 0;
    while (h.find()) {
      if (!m.find() || !m.group(1).equals(h.group(1))) {
        throw new IllegalStateException("the Markdown and the XHTML of a field cut differently: " + markdown);
      }
      prose(md.substring(mdFrom, m.start()), html.substring(htmlFrom, h.start()), pieces);
      pieces.add(found.get(Integer.parseInt(h.group(1))));
      htmlFrom = h.end();
      mdFrom = m.end();
    }
    prose(md.substring(mdFrom), html.substring(htmlFrom), pieces);
    return withoutEmptyText(pieces);
  }

  /**
   * The pieces with no text that shows nothing: Markdown that writes no XHTML is only link
   * reference definitions, which a Markdown document reads wherever they stand, so they join the
   * text before them (or after them); without any text to join they are of no use and go.
   */
  private static List<Piece> withoutEmptyText(List<Piece> pieces) {
    List<Piece> out = new java.util.ArrayList<>(pieces);
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i) instanceof Prose p && p.xhtml().isBlank()) {
        out.remove(i);
        int into = -1;
        for (int j = i - 1; j >= 0 && into < 0; j--) {
          into = out.get(j) instanceof Prose ? j : -1;
        }
        for (int j = i; j < out.size() && into < 0; j++) {
          into = out.get(j) instanceof Prose ? j : -1;
        }
        if (into >= 0) {
          Prose q = (Prose) out.get(into);
          out.set(into, new Prose(into < i ? q.md() + "\n\n" + p.md() : p.md() + "\n\n" + q.md(), q.xhtml()));
        }
        i--;
      }
    }
    return List.copyOf(out);
  }

  private static void prose(String md, String html, List<Piece> into) {
    if (!md.isBlank() || !html.isBlank()) {
      into.add(new Prose(md.strip(), html.strip()));
    }
  }

  /**
   * Takes the accepted pictures out of a field's tree: each leaves its description as text where it
   * stood, and a cut mark after the top-level block holding it; a paragraph of nothing but
   * pictures goes. Returns the pictures in the order of their marks.
   */
  private static List<PictureAt> cut(com.vladsch.flexmark.util.ast.Document doc, Set<String> pictures) {
    List<Node> images = new java.util.ArrayList<>();
    doc.getDescendants().forEach(n -> {
      if ((n instanceof Image || n instanceof ImageRef) && address(n, doc) != null && pictures.contains(address(n, doc))) {
        images.add(n);
      }
    });
    List<PictureAt> found = new java.util.ArrayList<>();
    java.util.Map<Node, Node> lastMark = new java.util.LinkedHashMap<>();
    java.util.Set<Node> descriptions = new java.util.HashSet<>();
    for (Node image : images) {
      Node top = image;
      while (top.getParent() != doc) {
        top = top.getParent();
      }
      String caption = caption(image);
      Paragraph mark = new Paragraph();
      mark.appendChild(new Text(BasedSequence.of(CUT + String.valueOf(found.size()) + CUT)));
      lastMark.getOrDefault(top, top).insertAfter(mark);
      lastMark.put(top, mark);
      found.add(new PictureAt(address(image, doc), caption));
      Text description = new Text(BasedSequence.of(caption));
      image.insertBefore(description);
      image.unlink();
      descriptions.add(description);
    }
    for (Node top : lastMark.keySet()) {
      if (top instanceof Paragraph && onlyPictures(top, descriptions)) {
        top.unlink();
      }
    }
    return found;
  }

  /** Whether a paragraph shows nothing but pictures' descriptions, blanks and line breaks. */
  private static boolean onlyPictures(Node paragraph, java.util.Set<Node> descriptions) {
    for (Node n : paragraph.getDescendants()) {
      if (descriptions.contains(n) || n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        continue;
      }
      if (n instanceof Text t ? !t.getChars().isBlank() : n.getFirstChild() == null) {
        return false;
      }
    }
    return true;
  }

  /** The address an image names (see {@code validate.Pictures#address}); null for an undefined reference. */
  private static String address(Node image, com.vladsch.flexmark.util.ast.Document doc) {
    if (image instanceof Image i) {
      return i.getUrl().unescape();
    }
    Reference ref = ((ImageRef) image).getReferenceNode(doc);
    return ref == null ? null : ref.getUrl().unescape();
  }

  /** An image's description as plain text: what a caption and an alt text say. */
  static String caption(Node image) {
    return new TextCollectingVisitor().collectAndGetText(image).strip();
  }

  /** Whether an image's address is an http(s) one, which stays a link. */
  private static boolean remote(String address) {
    String a = address.strip().toLowerCase(Locale.ROOT);
    return (a.startsWith("http:") || a.startsWith("https:")) && allowedUrl(address);
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
    return markdownOf(parse(markdown));
  }

  /** The safe Markdown of a field's tree (see {@link #toMarkdown}); changes the tree. */
  private String markdownOf(com.vladsch.flexmark.util.ast.Document doc) {
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
      } else if (n instanceof Image || n instanceof ImageRef) {
        String url = address(n, doc);
        String text = escapeMarkdown(caption(n));
        n.insertBefore(new Text(BasedSequence.of(url != null && remote(url) ? "[" + text + "](<" + url.strip()
            .replace("<", "%3C").replace(">", "%3E") + ">)" : text)));
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

  static String escapeMarkdown(String s) {
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

  /** An image left in a field: a link to it when its address is http(s), else its description. */
  private static void image(Node node, NodeRendererContext context, HtmlWriter html) {
    String url = address(node, context.getDocument());
    if (url != null && remote(url)) {
      html.attr("href", context.encodeUrl(url.strip())).withAttr().tag("a");
      html.text(caption(node));
      html.tag("/a");
    } else {
      html.text(caption(node));
    }
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
          new NodeRenderingHandler<>(Image.class, (node, context, html) -> image(node, context, html)),
          new NodeRenderingHandler<>(ImageRef.class, (node, context, html) -> image(node, context, html)),
          new NodeRenderingHandler<>(Heading.class, (node, context, html) -> {
            String tag = "h" + Math.min(6, node.getLevel() + FIRST_HEADING_LEVEL - 1);
            html.line().tag(tag);
            context.renderChildren(node);
            html.tag("/" + tag).line();
          }));
    }
  }
}
