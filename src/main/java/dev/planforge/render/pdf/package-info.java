/**
 * The PDF: openhtmltopdf lays out the document's XHTML with the embedded Noto Sans SC fonts
 * (parsed once per process, never the system's), after a check that every character can be drawn.
 */
package dev.planforge.render.pdf;
