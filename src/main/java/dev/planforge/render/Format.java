package dev.planforge.render;

import java.util.Locale;

/** The output formats of {@code planforge render}, named as on the command line. */
public enum Format {
  HTML("html", "html"),
  MD("md", "md"),
  PDF("pdf", "pdf"),
  JSON("json", "json");

  private final String name;
  private final String extension;

  Format(String name, String extension) {
    this.name = name;
    this.extension = extension;
  }

  public String cliName() {
    return name;
  }

  public String extension() {
    return extension;
  }

  public static Format fromCliName(String s) {
    for (Format f : values()) {
      if (f.name.equals(s.trim().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + s + "' (expected html, md, pdf or json)");
  }
}
