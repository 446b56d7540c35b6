/** The command line: one class per command, exit codes, diagnostic printing. */
package dev.planforge.cli;
