package dev.planforge.enrich;

import static dev.planforge.enrich.MeetFreshFiguresTest.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.planforge.testing.GivenPlan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionPlanFiguresTest {

  @TempDir
  Path dir;

  @Test
  void givenTasksAroundTheStatusDate_whenEnriched_thenOnlyOpenTasksPastTheirEndAreOverdue() {
    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER + """
        team:
          - {id: bo, name: Bo}
          - {id: al, name: Al}
        action_plan:
          tasks:
            - {id: late, title: L, owner: al, start: 2026-06-01, end: 2026-06-29, status: in_progress}
            - {id: today, title: T, owner: al, start: 2026-06-01, end: 2026-06-30, status: planned}
            - {id: done, title: D, owner: bo, start: 2026-05-01, end: 2026-06-01, status: done}
            - {id: dropped, title: X, owner: al, start: 2026-04-01, end: 2026-05-01, status: cancelled}
            - {id: stuck, title: S, owner: al, start: 2026-03-01, end: 2026-06-29, status: blocked}
        """);

    ActionPlanFigures a = figures.actionPlan();
    assertEquals(List.of("late", "stuck"), a.overdue().stream().map(t -> t.id()).toList());
    assertEquals(dec("25.0"), a.completion()); // 1 done of 5 − 1 cancelled
    assertEquals(29, a.tasks().get(0).durationDays()); // 1 to 29 June
    assertEquals("2026-03-01 2026-06-30 122", a.span().start() + " " + a.span().end() + " " + a.span().days());
    // Team order (bo before al), not order of appearance.
    assertEquals(List.of("bo 1 1 0 0", "al 4 0 3 2"), a.byOwner().stream()
        .map(o -> o.owner() + " " + o.count() + " " + o.done() + " " + o.open() + " " + o.overdue()).toList());
    assertEquals("Bo", a.byOwner().get(0).name());
  }

  @Test
  void givenEveryTaskCancelled_whenEnriched_thenCompletionIsEmptyRatherThanADivisionByZero() {
    Figures figures = GivenPlan.figures(dir, GivenPlan.HEADER + """
        team: [{id: al, name: Al}]
        action_plan:
          tasks:
            - {id: x, title: X, owner: al, start: 2026-01-01, end: 2026-01-02, status: cancelled}
        """);

    assertNull(figures.actionPlan().completion());
  }
}
