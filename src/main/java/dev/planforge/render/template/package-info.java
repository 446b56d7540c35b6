/**
 * The FreeMarker set-up: templates from the user's folder first, then the built-in ones; HTML
 * templates ({@code .ftlh}) escape for HTML and Markdown templates ({@code .ftlmd}) for Markdown.
 */
package dev.planforge.render.template;
