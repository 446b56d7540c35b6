/**
 * Reading plan files: YAML to a JSON tree with the line and column of every key and value, under
 * the limits that keep a hostile file harmless; the CSV customer list beside a plan.
 */
package dev.planforge.source;
