package dev.planforge.render.view;

import java.util.List;

/** A top-level section of the document: its heading and the subsections the contents list. */
public interface SectionView {

  Head head();

  /** The subsection headings in document order (those the section has). */
  default List<Head> subs() {
    return List.of();
  }

  static void add(List<Head> subs, Head... heads) {
    for (Head h : heads) {
      if (h != null) {
        subs.add(h);
      }
    }
  }
}
