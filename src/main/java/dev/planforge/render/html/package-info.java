/**
 * The HTML's own fonts ({@code --html-fonts embed}): WOFF2 subsets of Noto Sans SC holding only
 * the characters a page uses, written without any tool outside the JVM but the Brotli encoder.
 */
package dev.planforge.render.html;
