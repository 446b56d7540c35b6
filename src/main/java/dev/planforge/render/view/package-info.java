/**
 * Builds the document model ({@code render.doc}) of a plan and its figures, once for every format:
 * {@link dev.planforge.render.view.DocumentModels} walks the parts of the plan in order through the
 * {@link dev.planforge.render.view.Sections} registry, one small builder per section. Fixed words
 * come from the labels files, numbers and dates are written per locale here, Markdown fields are
 * made safe here (XHTML and Markdown); templates only place what they are given.
 */
package dev.planforge.render.view;
