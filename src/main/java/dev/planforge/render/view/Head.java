package dev.planforge.render.view;

/**
 * A heading of the document: the anchor id (stable, ASCII, used by the contents, the PDF
 * bookmarks and links), its number ("三、" or "3.", empty for subsections) and its title.
 */
public record Head(String id, String number, String title) {

  /** Number and title as one line, for the contents and bookmarks. */
  public String full() {
    return number.isEmpty() ? title : number + title;
  }
}
