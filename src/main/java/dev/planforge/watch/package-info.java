/**
 * {@code planforge watch}: a plan rendered again on every save and served, with live reload, on
 * the loopback interface. A planner writing YAML sees the document (or the diagnostics) change
 * beside the editor, without running a command per save.
 *
 * <p>Only the JDK is used — {@link java.nio.file.WatchService} for the files, the JDK's HTTP
 * server for the page, Server-Sent Events for the reload — because this is a preview for one
 * person on one machine, not a web application. The rendering goes through the same public
 * stages as {@code render} ({@code Pipeline.check} → {@code Pipeline.document} → {@code Renderers})
 * and the files through {@code OutputFolder}, so a file written in watch mode is byte for byte
 * what {@code render} writes: the reload script and the policy that allows it are added only to
 * the copy served over HTTP.
 *
 * <p>Threads: one watches the files, one renders (so renders never overlap and never run on an
 * HTTP thread), and the HTTP server has its own; a render started by an older save is dropped
 * as soon as a newer save is seen.
 */
package dev.planforge.watch;
