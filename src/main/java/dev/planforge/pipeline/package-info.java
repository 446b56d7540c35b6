/** Wires the stages — source, validate, model, enrich, render — in their order. */
package dev.planforge.pipeline;
