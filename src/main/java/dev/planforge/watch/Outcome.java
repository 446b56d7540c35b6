package dev.planforge.watch;

import dev.planforge.pipeline.Checked;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one render of the watched plan came to, for the terminal.
 *
 * @param checked the plan's check, or null when the plan could not be read at all
 * @param failure why the plan could not be read, rendered or written, or null; an invalid plan is
 *     not a failure (its diagnostics say why)
 * @param written the files written, none when the plan did not pass or a step failed
 * @param toPage from the first save seen (the start, for the first render) to the new page being
 *     served, or null when no page of the document was served
 * @param total from the first save seen to the end of the render, files written
 */
public record Outcome(Checked checked, Throwable failure, List<Path> written, Duration toPage, Duration total) {

  public Outcome {
    written = List.copyOf(written);
  }
}
