package dev.planforge.render.view;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The fixed words of the document (headings, table headers, status names) in one language, from
 * {@code labels_<locale>.properties} beside the templates, so a user's templates folder can
 * reword them too. Templates read them as {@code l.key}; an unknown key fails the render instead of
 * printing nothing, and a test keeps both languages' key sets equal.
 */
public final class Labels implements TemplateHashModel {

  private final Map<String, String> texts;

  private Labels(Map<String, String> texts) {
    this.texts = Map.copyOf(texts);
  }

  public static Labels of(Map<String, String> texts) {
    return new Labels(texts);
  }

  /** Every label, by key. */
  public Map<String, String> texts() {
    return texts;
  }

  public static Labels read(Reader properties) throws IOException {
    Properties p = new Properties();
    p.load(properties);
    Map<String, String> texts = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
    return new Labels(texts);
  }

  /** The label {@code key}, with {0}, {1}, … replaced by {@code args} as they are. */
  public String text(String key, Object... args) {
    String s = texts.get(key);
    if (s == null) {
      throw new IllegalStateException("no label '" + key + "' in the labels file");
    }
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  public java.util.Set<String> keys() {
    return texts.keySet();
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    String s = texts.get(key);
    if (s == null) {
      throw new TemplateModelException("no label '" + key + "' in the labels file");
    }
    return new SimpleScalar(s);
  }

  @Override
  public boolean isEmpty() {
    return texts.isEmpty();
  }
}
