/**
 * The render stage: one {@link dev.planforge.render.Renderer} per format, the typed view the
 * templates see, and atomic file writing.
 */
package dev.planforge.render;
