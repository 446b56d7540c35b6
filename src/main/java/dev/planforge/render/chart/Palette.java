package dev.planforge.render.chart;

/** The colours of the charts and the document, chosen to stay apart in greyscale print too. */
final class Palette {
  static final String INK = "#1f2933";
  static final String MUTED = "#52606d";
  static final String GRID = "#d9e2ec";
  static final String TRACK = "#eef2f6";
  static final String PRIMARY = "#1c6e8c";
  static final String SECONDARY = "#e0a030";
  static final String DONE = "#2f855a";
  static final String IN_PROGRESS = "#2b6cb0";
  static final String PLANNED = "#a0aec0";
  static final String BLOCKED = "#c53030";
  static final String CANCELLED = "#cbd2d9";
  static final String AS_OF = "#c05621";
  static final String LOW = "#c6f6d5";
  static final String MEDIUM = "#fefcbf";
  static final String HIGH = "#fbd38d";
  static final String CRITICAL = "#feb2b2";

  private Palette() {}
}
