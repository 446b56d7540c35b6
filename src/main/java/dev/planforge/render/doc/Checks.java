package dev.planforge.render.doc;

import java.util.List;
import java.util.Objects;

/** The no-null rule of the document model, checked where each record is made. */
final class Checks {

  private Checks() {}

  static String text(String s, String what) {
    return Objects.requireNonNull(s, what);
  }

  static <T> List<T> list(List<T> list, String what) {
    Objects.requireNonNull(list, what);
    for (T t : list) {
      Objects.requireNonNull(t, () -> what + " holds a null");
    }
    return List.copyOf(list);
  }
}
