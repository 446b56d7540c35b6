package dev.planforge.diff;

import dev.planforge.model.PlanLocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The words of the diff report in the plan's language, from {@code labels_<locale>.properties}
 * beside this class (the document's labels are the templates'; these are the diff's own).
 */
public final class DiffLabels {

  private static final Map<PlanLocale, DiffLabels> LOADED = new EnumMap<>(PlanLocale.class);

  private final Properties texts;

  private DiffLabels(Properties texts) {
    this.texts = texts;
  }

  public static synchronized DiffLabels of(PlanLocale locale) {
    return LOADED.computeIfAbsent(locale, l -> new DiffLabels(read("labels_" + l.tag() + ".properties")));
  }

  static Properties read(String name) {
    Properties p = new Properties();
    try (InputStream in = DiffLabels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("diff labels missing from the jar: " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** The label {@code key} with {0}, {1}, … replaced by {@code args}; an unknown key is a bug, and fails. */
  public String text(String key, Object... args) {
    String s = texts.getProperty(key);
    if (s == null) {
      throw new IllegalStateException("no diff label '" + key + "'");
    }
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }
}
