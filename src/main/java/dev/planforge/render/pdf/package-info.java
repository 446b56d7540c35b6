/**
 * The PDF: openhtmltopdf lays out the document's XHTML with the embedded Noto Sans SC fonts and
 * their fallbacks, Roboto and DejaVu Sans for symbols (parsed once per process, never the
 * system's), after a check that every character can be drawn, which names the plan line of one
 * that cannot; on request as PDF/A-2u or tagged PDF/UA-1 ({@code Conformance}).
 */
package dev.planforge.render.pdf;
