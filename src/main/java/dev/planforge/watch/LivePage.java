package dev.planforge.watch;

import dev.planforge.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages served in watch mode: the rendered document with the reload script added, or, while
 * the plan cannot be rendered, a page of what is wrong with the same script. The document on disk
 * is never touched; only the served copy gets the script and a policy that lets it run.
 */
final class LivePage {

  /** Where the reload script is served; the same origin as the page, which the policy allows. */
  static final String SCRIPT_PATH = "/_planforge/live.js";
  /** Where the reload events are served. */
  static final String EVENTS_PATH = "/_planforge/events";

  /**
   * Reloads the page when a render newer than its own lands. The server sends the newest
   * generation on every connection, so a render that landed while the page was loading is not
   * missed; EventSource reconnects by itself when the connection drops.
   */
  static final String SCRIPT = """
      (() => {
        const mine = document.currentScript.dataset.generation;
        const events = new EventSource('%s');
        events.addEventListener('render', e => {
          if (e.data !== mine) {
            events.close();
            location.reload();
          }
        });
      })();
      """.formatted(EVENTS_PATH);

  private static final Pattern CSP = Pattern.compile(
      "(<meta\\s+http-equiv=\"Content-Security-Policy\"\\s+content=\")([^\"]*)(\")", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCRIPT_OR_CONNECT_SRC = Pattern.compile("(^|;)\\s*(script-src|connect-src)[^;]*");
  private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern BODY_END = Pattern.compile("</body\\s*>", Pattern.CASE_INSENSITIVE);

  private LivePage() {}

  /**
   * The rendered {@code html} as served: the reload script at the end of its head (or of its
   * body, or of the file, for a template of one's own without them), and {@code script-src 'self';
   * connect-src 'self'} in its Content-Security-Policy meta in place of any it had.
   */
  static byte[] document(byte[] html, long generation) {
    String page = allowLiveScript(new String(html, StandardCharsets.UTF_8));
    String tag = scriptTag(generation);
    Matcher at = HEAD_END.matcher(page);
    if (!at.find()) {
      at = BODY_END.matcher(page);
      if (!at.find()) {
        return (page + tag).getBytes(StandardCharsets.UTF_8);
      }
    }
    return (page.substring(0, at.start()) + tag + page.substring(at.start())).getBytes(StandardCharsets.UTF_8);
  }

  /** The first policy meta of the page with the reload script and its events allowed. */
  static String allowLiveScript(String page) {
    Matcher m = CSP.matcher(page);
    if (!m.find()) {
      return page; // no policy: scripts are allowed
    }
    String policy = SCRIPT_OR_CONNECT_SRC.matcher(m.group(2)).replaceAll("").strip().replaceAll(";\\s*$", "");
    policy = (policy.isEmpty() ? "" : policy + "; ") + "script-src 'self'; connect-src 'self'";
    return page.substring(0, m.start(2)) + policy + page.substring(m.end(2));
  }

  /** Shown before the first render has finished. */
  static byte[] waiting(String planName, long generation) {
    return page(planName, "<p>Rendering " + escape(planName) + " …</p>\n", generation);
  }

  /**
   * The plan's problems in place of the document: each as {@code file:line:column: severity:
   * path: message} with its source line, as the terminal shows them, so the page never goes blank
   * while the plan is being fixed.
   *
   * @param failure a sentence for a plan that could not be read or rendered at all, or null
   */
  static byte[] problems(String planName, List<Diagnostic> diagnostics, String failure, boolean keptOutputs,
      long generation) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(escape(planName)).append(" cannot be rendered</h1>\n");
    if (failure != null) {
      body.append("<p class=\"failure\">").append(escape(failure)).append("</p>\n");
    }
    if (!diagnostics.isEmpty()) {
      body.append("<ol class=\"diagnostics\">\n");
      for (Diagnostic d : diagnostics) {
        body.append("<li class=\"").append(d.isError() ? "error" : "warning").append("\">");
        if (d.location() != null) {
          body.append("<code class=\"where\">").append(escape(d.location().toString())).append("</code> ");
        }
        body.append("<b>").append(escape(d.severity().label())).append("</b>: ");
        body.append("<code>").append(escape(d.path())).append("</code>: ").append(escape(d.message()));
        if (d.sourceLine() != null && d.location() != null) {
          body.append("\n<pre>").append(d.location().line()).append(" | ").append(escape(d.sourceLine())).append("</pre>");
        }
        if (d.suggestion() != null) {
          body.append("\n<p class=\"suggestion\">").append(escape(d.suggestion())).append("</p>");
        }
        body.append("</li>\n");
      }
      body.append("</ol>\n");
    }
    if (keptOutputs) {
      body.append("<p class=\"kept\">The files written by the last good render are kept as they were.</p>\n");
    }
    body.append("<p class=\"hint\">This page reloads when the plan is saved again.</p>\n");
    return page(planName + ": cannot be rendered", body.toString(), generation);
  }

  private static byte[] page(String title, String body, long generation) {
    String html = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\"/>\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        + "script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'\"/>\n"
        + "<title>" + escape(title) + "</title>\n"
        + "<style>\n"
        + "body { font: 15px/1.5 system-ui, \"Noto Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif;"
        + " margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; }\n"
        + "h1 { font-size: 1.3rem; color: #a61b1b; }\n"
        + "ol.diagnostics { padding-left: 1.5rem; } li { margin: 0 0 1rem; }\n"
        + "li.warning b { color: #8a5a00; } li.error b { color: #a61b1b; }\n"
        + "code.where { font-weight: 600; }\n"
        + "pre { background: #f4f4f4; padding: .4rem .6rem; margin: .3rem 0 0; white-space: pre-wrap; }\n"
        + ".suggestion, .hint, .kept { color: #555; }\n"
        + "</style>\n"
        + scriptTag(generation)
        + "</head>\n<body>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    return html.getBytes(StandardCharsets.UTF_8);
  }

  private static String scriptTag(long generation) {
    return "<script src=\"" + SCRIPT_PATH + "\" data-generation=\"" + generation + "\"></script>\n";
  }

  /** Text as XHTML text or attribute value: {@code < > & " '} as entities (FreeMarker's own escaping). */
  static String escape(String text) {
    return freemarker.template.utility.StringUtil.XHTMLEnc(text);
  }
}
