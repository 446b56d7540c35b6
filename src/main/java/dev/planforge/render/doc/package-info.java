/**
 * The document as data, before any markup: a {@link dev.planforge.render.doc.DocumentModel} of
 * {@link dev.planforge.render.doc.Section}s made of {@link dev.planforge.render.doc.Block}s (heading,
 * rich text, paragraph, facts, table with column roles, list, figure, callout …). Built once per
 * plan by {@code render.view}; every format (HTML, PDF, Markdown) writes the same model thinly, so
 * what a section shows and in which columns is decided here, once.
 *
 * <p>Nothing here is ever null: an absent part is simply not there (no block, an empty list, an
 * empty string), and the constructors check it.
 */
package dev.planforge.render.doc;
