package dev.planforge.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.pipeline.Checked;
import dev.planforge.testing.GivenPlan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cycle check walks a chain of any length (issue 12): 30,000 tasks each depending on the one
 * listed after it overflowed the thread's stack, an internal error instead of a check.
 */
class LongDependencyChainTest {

  private static final int TASKS = 30_000;

  @Test
  void givenAChainOfThirtyThousandTasksListedBackwards_whenChecked_thenNoCycle(@TempDir Path dir) {
    Checked checked = GivenPlan.checked(dir, plan(false));

    assertEquals(List.of(), cycles(checked));
  }

  @Test
  void givenTheChainClosedIntoACircle_whenChecked_thenOneCycleAtTheFirstTask(@TempDir Path dir) {
    Checked checked = GivenPlan.checked(dir, plan(true));

    List<Diagnostic> cycles = cycles(checked);
    assertEquals(1, cycles.size(), cycles::toString);
    assertEquals("action_plan.tasks[0].depends_on", cycles.get(0).path());
    assertTrue(cycles.get(0).message().startsWith("tasks depend on each other in a circle: t0 → t1 → t2 → "),
        cycles.get(0).message().substring(0, 100));
  }

  /** Task i depends on task i + 1; the last one on nothing, or on the first when {@code closed}. */
  private static String plan(boolean closed) {
    StringBuilder y = new StringBuilder(GivenPlan.HEADER).append("team: [{id: al, name: Al}]\naction_plan:\n  tasks:\n");
    for (int i = 0; i < TASKS; i++) {
      String next = i + 1 < TASKS ? "t" + (i + 1) : closed ? "t0" : null;
      y.append("    - {id: t").append(i).append(", title: T, owner: al, start: 2026-01-05, end: 2026-01-05, status: done")
          .append(next == null ? "" : ", depends_on: [" + next + "]").append("}\n");
    }
    return y.toString();
  }

  private static List<Diagnostic> cycles(Checked checked) {
    return checked.diagnostics().stream().filter(d -> d.rule().equals("check.cycle")).toList();
  }
}
