package dev.planforge.diff;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

/**
 * {@code --format html}: one self-contained page with the document's look — its stylesheet, the
 * built-in {@code html.css}, is included from the templates — and its Content-Security-Policy (no
 * scripts, no requests). A summary at the top, then the figures, then the changes by section,
 * each with a change bar in the margin: green added, red removed, amber changed.
 */
public final class HtmlReport {

  private static final Configuration CONFIG = configuration();

  /** The page's one root: the plans compared, in the first plan's language. */
  public record Page(String lang, String title, List<DiffView> plans) {}

  private HtmlReport() {}

  public static String of(List<DiffView> views) throws IOException {
    DiffView first = views.get(0);
    String title = views.size() == 1 ? first.title() : first.labels().text("title");
    StringWriter out = new StringWriter(32 * 1024);
    try {
      CONFIG.getTemplate("diff.html.ftlh").process(new Page(first.lang(), title, views), out);
    } catch (TemplateException e) {
      throw new IllegalStateException("diff.html.ftlh:" + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
          + e.getMessageWithoutStackTop(), e);
    }
    return out.toString();
  }

  /** Built-in templates only: the diff's own beside this class, html.css from the document's. */
  private static Configuration configuration() {
    Configuration config = new Configuration(Configuration.VERSION_2_3_35);
    config.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
        new ClassTemplateLoader(HtmlReport.class, "/dev/planforge/diff"),
        new ClassTemplateLoader(HtmlReport.class, "/dev/planforge/templates")}));
    config.setDefaultEncoding("UTF-8");
    config.setLocale(Locale.ROOT);
    config.setNumberFormat("computer");
    config.setRecognizeStandardFileExtensions(true);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setAPIBuiltinEnabled(false);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
    wrapper.setExposeFields(false);
    // Records read as properties (view.title) also from a shaded jar; see render/template/Templates.
    ZeroArgumentNonVoidMethodPolicy both =
        ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD;
    wrapper.setDefaultZeroArgumentNonVoidMethodPolicy(both);
    wrapper.setRecordZeroArgumentNonVoidMethodPolicy(both);
    config.setObjectWrapper(wrapper.build());
    return config;
  }
}
