package dev.planforge.model;

/** Small string helpers shared by the records. */
final class Text {
  private Text() {}

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
