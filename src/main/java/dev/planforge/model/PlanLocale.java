package dev.planforge.model;

import java.util.Locale;

/** The languages a plan can be written and rendered in. */
public enum PlanLocale {
  ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
  EN("en", Locale.ENGLISH);

  private final String tag;
  private final Locale locale;

  PlanLocale(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /** The value written in a plan's {@code locale} key. */
  public String tag() {
    return tag;
  }

  public Locale locale() {
    return locale;
  }

  /** The locale for a tag, English for anything unknown or absent. */
  public static PlanLocale fromTag(String tag) {
    for (PlanLocale l : values()) {
      if (l.tag.equals(tag)) {
        return l;
      }
    }
    return EN;
  }
}
