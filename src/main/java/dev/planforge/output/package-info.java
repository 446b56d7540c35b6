/**
 * Writing a plan's output files as a set: every file goes to a hidden temporary file beside its
 * target, and only when all of them are complete are they renamed into place; a failure, or the
 * user stopping the run, leaves the earlier outputs as they were and no temporary file behind.
 */
package dev.planforge.output;
