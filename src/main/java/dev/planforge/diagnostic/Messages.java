package dev.planforge.diagnostic;

import dev.planforge.model.PlanLocale;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Diagnostic texts in the plan's language, from {@code messages*.properties}. Arguments are
 * written as {0}, {1}, … and inserted as they are (no MessageFormat quoting rules).
 */
public final class Messages {

  private final ResourceBundle bundle;
  private final PlanLocale locale;

  private Messages(PlanLocale locale) {
    this.locale = locale;
    Locale l = locale == PlanLocale.ZH_CN ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    this.bundle = ResourceBundle.getBundle("dev.planforge.messages", l,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static final Messages EN = new Messages(PlanLocale.EN);
  private static final Messages ZH = new Messages(PlanLocale.ZH_CN);

  public static Messages of(PlanLocale locale) {
    return locale == PlanLocale.ZH_CN ? ZH : EN;
  }

  public PlanLocale locale() {
    return locale;
  }

  public String text(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no message for " + key, e);
    }
    StringBuilder out = new StringBuilder(pattern);
    for (int i = args.length - 1; i >= 0; i--) {
      String token = "{" + i + "}";
      for (int at = out.indexOf(token); at >= 0; at = out.indexOf(token, at)) {
        String value = String.valueOf(args[i]);
        out.replace(at, at + token.length(), value);
        at += value.length();
      }
    }
    return out.toString();
  }

  /** True when the bundle has the key; lets callers offer a specific text before a generic one. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }
}
