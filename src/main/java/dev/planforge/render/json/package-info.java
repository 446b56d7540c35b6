/**
 * The JSON output's content: the validated plan as written, its parts in {@link
 * dev.planforge.model.Part} order, with every figure attached to the item it belongs to by that
 * item's id. {@link dev.planforge.render.JsonRenderer} writes it.
 */
package dev.planforge.render.json;
