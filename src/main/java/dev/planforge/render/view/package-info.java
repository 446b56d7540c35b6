/**
 * The typed view the templates see: {@link dev.planforge.render.view.DocumentView} and one record
 * per section, built by {@link dev.planforge.render.view.Views} from the plan and its figures.
 * Fixed words come from the labels files, numbers and dates are written per locale here, and
 * Markdown fields are turned into safe XHTML here; templates only place what they are given.
 */
package dev.planforge.render.view;
