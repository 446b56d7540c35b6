/**
 * Reading plan files: YAML to a JSON tree with the line and column of every key and value, under
 * the limits that keep a hostile file harmless; the CSV customer list and the pictures beside a
 * plan, inside its folder ({@link dev.planforge.source.PlanFolder}).
 */
package dev.planforge.source;
