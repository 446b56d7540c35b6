package dev.planforge.validate.rules;

import java.util.List;
import java.util.function.Function;

/** Null-safe access to the optional sections, so rules read as plain loops. */
final class Lists {
  private Lists() {}

  static <S, T> List<T> of(S section, Function<S, List<T>> list) {
    return section == null ? List.of() : list.apply(section);
  }

  static <T> List<String> ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).toList();
  }
}
