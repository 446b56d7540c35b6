/**
 * The charts as SVG, drawn in Java from the computed figures: the same markup goes into the HTML
 * page and the PDF. Deterministic: coordinates are written with a fixed format.
 */
package dev.planforge.render.chart;
