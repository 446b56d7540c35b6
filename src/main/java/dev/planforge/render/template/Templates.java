package dev.planforge.render.template;

import dev.planforge.model.PlanLocale;
import dev.planforge.render.view.Labels;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.ext.beans.BeansWrapper.MethodAppearanceDecision;
import freemarker.ext.beans.BeansWrapper.MethodAppearanceDecisionInput;
import freemarker.ext.beans.MethodAppearanceFineTuner;
import freemarker.ext.beans.SingletonCustomizer;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The FreeMarker set-up, built once and reused for every plan of a run. Templates and the labels
 * files are looked up in the user's templates folder first (when given), then among the built-in
 * ones in the jar, so a user's file replaces the built-in of the same name and nothing else.
 */
public final class Templates {

  static final String BUILT_IN = "/dev/planforge/templates";

  private final Configuration config;
  private final Path userDir;
  private final Map<PlanLocale, Labels> labels = new EnumMap<>(PlanLocale.class);

  public Templates(Path userDir) {
    this.userDir = userDir;
    config = new Configuration(Configuration.VERSION_2_3_35);
    config.setTemplateLoader(loader(userDir));
    config.setDefaultEncoding("UTF-8");
    config.setOutputEncoding("UTF-8");
    config.setLocale(Locale.ROOT);
    config.setNumberFormat("computer");
    config.setRecognizeStandardFileExtensions(true);
    TemplateConfiguration markdown = new TemplateConfiguration();
    markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
    config.setTemplateConfigurations(
        new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftlmd"), markdown));
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setAPIBuiltinEnabled(false);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE); // a run never sees a template change
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
    wrapper.setExposeFields(false);
    // Templates read record components as properties (cover.title). FreeMarker recognises records
    // through a Java 16 class in its multi-release jar, which a shaded jar without the
    // Multi-Release manifest entry hides; this policy gives the same reading for any class.
    ZeroArgumentNonVoidMethodPolicy both = ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD;
    wrapper.setDefaultZeroArgumentNonVoidMethodPolicy(both);
    wrapper.setRecordZeroArgumentNonVoidMethodPolicy(both);
    wrapper.setMethodAppearanceFineTuner(CallsWithoutAccessCheck.INSTANCE);
    config.setObjectWrapper(wrapper.build());
  }

  /**
   * Lets FreeMarker call the public methods of planforge's own classes (the document model the
   * templates read) without Java's access check on every call. That check finds its caller by
   * walking the stack, which the JIT of a short run does not optimise away: it was half of what
   * reading the model cost (about 1.5 % of a plan's render, docs/rendering.md, Speed). Which
   * methods the templates see is unchanged; a singleton, so every thread's wrapper shares one
   * class introspection cache.
   */
  private enum CallsWithoutAccessCheck implements MethodAppearanceFineTuner, SingletonCustomizer {
    INSTANCE;

    @Override
    public void process(MethodAppearanceDecisionInput in, MethodAppearanceDecision out) {
      if (in.getMethod().getDeclaringClass().getName().startsWith("dev.planforge.")) {
        in.getMethod().setAccessible(true);
      }
    }
  }

  private static TemplateLoader loader(Path userDir) {
    TemplateLoader builtIn = new ClassTemplateLoader(Templates.class, BUILT_IN);
    if (userDir == null) {
      return builtIn;
    }
    if (!Files.isDirectory(userDir)) {
      throw new IllegalArgumentException("templates folder not found: " + userDir);
    }
    try {
      return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userDir.toFile()), builtIn});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders template {@code name} with {@code root} as its data model. */
  public String render(String name, Object root) throws IOException {
    Template template = config.getTemplate(name);
    StringWriter out = new StringWriter(64 * 1024);
    try {
      template.process(root, out);
    } catch (TemplateException e) {
      throw located(e);
    }
    return out.toString();
  }

  /**
   * The error at the innermost template position FreeMarker reports (the macro where it went
   * wrong, not the page that called it), with FreeMarker's own explanation on one line.
   */
  static TemplateError located(TemplateException e) {
    String message = e.getMessageWithoutStackTop().strip().replaceAll("\\s*\\n\\s*", " ");
    return new TemplateError(e.getTemplateSourceName(), lineOf(e), columnOf(e), message, e);
  }

  private static int lineOf(TemplateException e) {
    return e.getLineNumber() == null ? 0 : e.getLineNumber();
  }

  private static int columnOf(TemplateException e) {
    return e.getColumnNumber() == null ? 0 : e.getColumnNumber();
  }

  /**
   * Writes every built-in template, stylesheet and labels file into {@code dir}, to start a
   * templates folder from. Refuses, before writing anything, when any of them exists already.
   *
   * @return the files written
   * @throws java.nio.file.FileAlreadyExistsException naming the first file that exists
   */
  public static List<Path> exportBuiltIns(Path dir) throws IOException {
    List<Path> targets = builtInNames().stream().map(dir::resolve).toList();
    for (Path t : targets) {
      if (Files.exists(t, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new java.nio.file.FileAlreadyExistsException(t.toString(), null, "already exists; nothing was written");
      }
    }
    for (int i = 0; i < targets.size(); i++) {
      String name = builtInNames().get(i);
      try (java.io.InputStream in = Templates.class.getResourceAsStream(BUILT_IN + "/" + name)) {
        if (in == null) {
          throw new IllegalStateException("built-in template missing from the jar: " + name);
        }
        Files.createDirectories(targets.get(i).toAbsolutePath().getParent());
        Files.copy(in, targets.get(i));
      }
    }
    return targets;
  }

  /** The labels of a language, read once from {@code labels_<tag>.properties}. */
  public synchronized Labels labels(PlanLocale locale) throws IOException {
    Labels l = labels.get(locale);
    if (l == null) {
      l = readLabels("labels_" + locale.tag() + ".properties");
      labels.put(locale, l);
    }
    return l;
  }

  /**
   * The built-in labels with the user's file of the same name laid over them key by key: a
   * user's file may reword only the labels it names; every other key keeps its built-in text.
   */
  private Labels readLabels(String name) throws IOException {
    Map<String, String> texts = new java.util.TreeMap<>();
    try (java.io.InputStream in = Templates.class.getResourceAsStream(BUILT_IN + "/" + name)) {
      if (in == null) {
        throw new IllegalStateException("built-in labels missing from the jar: " + name);
      }
      texts.putAll(Labels.read(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)).texts());
    }
    if (userDir != null && Files.isRegularFile(userDir.resolve(name))) {
      try (Reader reader = Files.newBufferedReader(userDir.resolve(name), java.nio.charset.StandardCharsets.UTF_8)) {
        texts.putAll(Labels.read(reader).texts());
      }
    }
    return Labels.of(texts);
  }

  /** The names of the built-in templates, for the documentation and tests. */
  public static List<String> builtInNames() {
    return List.of("document.html.ftlh", "document.pdf.ftlh", "blocks.ftlh", "custom.ftlh",
        "document.md.ftlmd", "blocks.ftlmd", "custom.ftlmd", "index.html.ftlh",
        "html.css", "pdf.css", "labels_en.properties", "labels_zh-CN.properties");
  }
}
