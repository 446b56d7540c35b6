package dev.planforge.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.planforge.pipeline.Checked;
import dev.planforge.testing.GivenPlan;
import dev.planforge.diagnostic.Diagnostic;
import dev.planforge.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warnings that depend on figures: each reported at its place in the plan, each a warning
 * that fails only under --strict.
 */
class FigureWarningsTest {

  /** All nine recommended parts, so that only the warning under test is reported. */
  private static final String COMPLETE = GivenPlan.HEADER + """
      overview: {mission: Serve well}
      market: {trends: [Growth]}
      targeting: {segments: [{id: s, name: S}]}
      strategy: {pillars: [{id: p, name: P}]}
      team: [{id: al, name: Al}]
      conclusion: Done.
      """;

  private static final String TASKS = """
      action_plan:
        tasks:
          - {id: t1, title: One, owner: al, start: 2026-01-05, end: 2026-02-27, status: done}
      """;

  private static final String KPIS = """
      monitoring:
        kpis:
          - {id: k1, name: K, unit: "%", baseline: 1, target: 2, current: 2}
      """;

  private static final String RISKS = """
      risks:
        register:
          - {id: r1, title: R, likelihood: 1, impact: 1}
      """;

  private static final String BUDGET = """
      budget:
        items:
          - {id: b1, category: C, description: D, amount: 1}
      """;

  @TempDir
  Path dir;

  private Checked given(String... sections) {
    return GivenPlan.checked(dir, COMPLETE + String.join("", sections));
  }

  @Test
  void givenTheCompleteBaseline_whenValidated_thenThereIsNothingToSay() {
    Checked checked = given(TASKS, KPIS, RISKS, BUDGET);

    assertEquals(List.of(), checked.diagnostics());
    assertTrue(checked.passes(true));
  }

  @Test
  void givenATotalOverTheCap_whenValidated_thenTheCapIsFlagged() {
    Checked checked = given(TASKS, KPIS, RISKS, """
        budget:
          contingency_percent: 10
          cap: 1000
          items:
            - {id: b1, category: C, description: D, amount: 950}
        """);

    Diagnostic d = only(checked);
    assertEquals("check.overCap", d.rule());
    assertEquals("budget.cap", d.path());
    assertEquals(position(checked, "  cap: 1000", "1000"), at(d));
    assertEquals("the budget total 1045.00 (subtotal 950.00 + contingency 95.00) is 45.00 over the approved cap "
        + "1000.00; cut or postpone items, or get a higher cap approved", d.message());
    assertFalse(checked.passes(true));
    assertTrue(checked.passes(false));
  }

  @Test
  void givenATotalExactlyAtTheCap_whenValidated_thenAllIsWell() {
    Checked checked = given(TASKS, KPIS, RISKS, """
        budget:
          cap: 950
          items:
            - {id: b1, category: C, description: D, amount: 950}
        """);

    assertEquals(List.of(), checked.diagnostics());
  }

  @Test
  void givenATierShareOutsideItsTarget_whenValidated_thenTheTargetIsFlagged_andItsBoundsCountAsInside() {
    Checked checked = given(TASKS, KPIS, RISKS, BUDGET, """
        tiering:
          method: annual_value
          tiers:
            - {id: a, name: A, min: 100, target_share: [25, 30]}
            - {id: b, name: B, min: 0, target_share: [50, 75]}
          customers:
            - {id: c1, name: One, annual_value: 500}
            - {id: c2, name: Two, annual_value: 50}
            - {id: c3, name: Three, annual_value: 50}
            - {id: c4, name: Four, annual_value: 50}
            - {id: c5, name: Five, annual_value: 50}
        """);

    // A holds 1 of 5 = 20.0 %, below 25; B holds 80.0 %, above 75.
    List<Diagnostic> ds = checked.diagnostics();
    assertEquals(List.of("tiering.tiers[0].target_share", "tiering.tiers[1].target_share"),
        ds.stream().map(Diagnostic::path).toList());
    assertEquals("tier \"a\" holds 20.0 % of the customers (1 of 5), outside its target_share of 25 to 30 %; "
        + "adjust the tiers' min values or the target", ds.get(0).message());

    Checked onTheBounds = given(TASKS, KPIS, RISKS, BUDGET, """
        tiering:
          method: annual_value
          tiers:
            - {id: a, name: A, min: 100, target_share: [20, 30]}
            - {id: b, name: B, min: 0, target_share: [50, 80]}
          customers:
            - {id: c1, name: One, annual_value: 500}
            - {id: c2, name: Two, annual_value: 50}
            - {id: c3, name: Three, annual_value: 50}
            - {id: c4, name: Four, annual_value: 50}
            - {id: c5, name: Five, annual_value: 50}
        """);
    assertEquals(List.of(), onTheBounds.diagnostics());
  }

  @Test
  void givenATaskStartingOnTheDayItsDependencyEnds_whenValidated_thenTheDependencyIsFlagged() {
    Checked checked = given(KPIS, RISKS, BUDGET, """
        action_plan:
          tasks:
            - {id: t1, title: One, owner: al, start: 2026-01-05, end: 2026-02-27, status: done}
            - {id: t2, title: Two, owner: al, start: 2026-02-27, end: 2026-03-31, status: done, depends_on: [t1]}
            - {id: t3, title: Three, owner: al, start: 2026-02-28, end: 2026-03-31, status: done, depends_on: [t1]}
        """);

    Diagnostic d = only(checked);
    assertEquals("check.dependencyStart", d.rule());
    assertEquals("action_plan.tasks[1].depends_on[0]", d.path());
    assertTrue(d.message().startsWith("task \"t2\" starts 2026-02-27, on or before the day that task \"t1\""),
        d.message());
  }

  @Test
  void givenAnOpenTaskPastItsEnd_whenValidated_thenItsStatusIsFlagged() {
    Checked checked = given(KPIS, RISKS, BUDGET, """
        action_plan:
          tasks:
            - {id: t1, title: One, owner: al, start: 2026-01-05, end: 2026-06-29, status: in_progress}
            - {id: t2, title: Two, owner: al, start: 2026-01-05, end: 2026-06-30, status: in_progress}
        """);

    Diagnostic d = only(checked);
    assertEquals("check.overdue", d.rule());
    assertEquals("action_plan.tasks[0].status", d.path());
    assertEquals(position(checked, "    - {id: t1", "in_progress"), at(d));
  }

  @Test
  void givenAKpiWithoutBaseline_whenValidated_thenTheKpiIsFlagged() {
    Checked checked = given(TASKS, RISKS, BUDGET, """
        monitoring:
          kpis:
            - {id: k1, name: K, unit: "%", target: 2, current: 2}
        """);

    Diagnostic d = only(checked);
    assertEquals("check.kpiBaseline", d.rule());
    assertEquals("monitoring.kpis[0]", d.path());
  }

  @Test
  void givenHighAndCriticalRisksWithoutMitigation_whenValidated_thenTheyAreFlaggedButAMediumOneIsNot() {
    Checked checked = given(TASKS, KPIS, BUDGET, """
        risks:
          register:
            - {id: medium, title: R, likelihood: 3, impact: 3}
            - {id: high, title: R, likelihood: 2, impact: 5}
            - {id: critical, title: R, likelihood: 5, impact: 4, mitigation: "  "}
            - {id: handled, title: R, likelihood: 5, impact: 5, mitigation: Insure it}
        """);

    List<Diagnostic> ds = checked.diagnostics();
    assertEquals(List.of("risks.register[1]", "risks.register[2]"), ds.stream().map(Diagnostic::path).toList());
    assertEquals("risk \"critical\" scores 20 (critical) but has no mitigation; say under mitigation how the risk is "
        + "reduced", ds.get(1).message());
  }

  @Test
  void givenMissingAndEmptyParts_whenValidated_thenOneWarningListsThemAll_withTheOmitsLineThatWouldAcceptThem() {
    Checked checked = GivenPlan.checked(dir, GivenPlan.HEADER + """
        overview: {mission: Serve well}
        conclusion: ""
        """);

    Diagnostic d = only(checked);
    assertEquals("check.partMissing", d.rule());
    assertEquals(Severity.WARNING, d.severity());
    assertEquals("1:1", at(d));
    assertEquals("8 of the 9 recommended parts are missing or empty; add them, or leave them out on purpose with "
        + "omits: [market, targeting, strategy, action_plan, budget, monitoring, risks, conclusion]", d.message());
  }

  @Test
  void givenOnlyOnePartMissing_andItsKeyLeftEmpty_whenValidated_thenTheWarningIsAtThatKey() {
    Checked checked = GivenPlan.checked(dir, COMPLETE.replace("conclusion: Done.", "conclusion: \"\"")
        + TASKS + KPIS + RISKS + BUDGET);

    Diagnostic d = only(checked);
    assertEquals("conclusion", d.path());
    assertEquals(position(checked, "conclusion:", "\"\""), at(d));
  }

  @Test
  void givenADeliberatelyPartialPlan_whenItOmitsWhatItLeavesOut_thenItPassesStrict() {
    Checked checked = GivenPlan.checked(dir, GivenPlan.HEADER + """
        omits: [overview, market, targeting, strategy, action_plan, monitoring, risks, conclusion]
        """ + BUDGET);

    assertEquals(List.of(), checked.diagnostics());
    assertTrue(checked.passes(true));
    assertEquals(1, checked.figures().completeness().presentCount(), "the figure still counts what is there");
  }

  @Test
  void givenOmitsListingAPartThePlanHas_whenValidated_thenThatEntryIsFlagged() {
    Checked checked = given(TASKS, KPIS, RISKS, BUDGET, """
        omits: [budget]
        """);

    Diagnostic d = only(checked);
    assertEquals("check.partOmitted", d.rule());
    assertEquals("omits[0]", d.path());
    assertEquals(position(checked, "omits:", "budget"), at(d));
    assertFalse(checked.passes(true));
  }

  @Test
  void givenTasksAndADueDateOutsideThePeriod_whenValidated_thenEachDateOutsideIsFlagged_aWhollyLateTaskOnce() {
    Checked checked = given(KPIS.replace("current: 2}", "current: 2, due: 2027-01-31}"), RISKS, BUDGET, """
        action_plan:
          tasks:
            - {id: t1, title: One, owner: al, start: 2025-12-01, end: 2026-02-27, status: done}
            - {id: t2, title: Two, owner: al, start: 2026-03-01, end: 2027-01-15, status: in_progress}
            - {id: t3, title: Three, owner: al, start: 2027-02-01, end: 2027-03-31, status: planned}
            - {id: t4, title: Four, owner: al, start: 2026-01-01, end: 2026-12-31, status: in_progress}
        """);

    List<Diagnostic> ds = checked.diagnostics();
    assertEquals(List.of("monitoring.kpis[0].due", "action_plan.tasks[0].start", "action_plan.tasks[1].end",
        "action_plan.tasks[2].start"), ds.stream().map(Diagnostic::path).toList());
    assertTrue(ds.stream().allMatch(d -> d.rule().equals("check.outsidePeriod") && d.severity() == Severity.WARNING));
    assertEquals(position(checked, "    - {id: t2", "2027-01-15"), at(ds.get(2)));
    assertEquals("task \"t2\" ends 2027-01-15, after the plan's period 2026-01-01 to 2026-12-31; end it by "
        + "2026-12-31, or widen period", ds.get(2).message());
  }

  @Test
  void givenAPlanWithErrors_whenValidated_thenNoFigureIsJudged() {
    Checked checked = given(TASKS, KPIS, RISKS, """
        budget:
          cap: 10
          items:
            - {id: b1, category: C, description: D, amount: 50, task: nope}
        """);

    assertEquals(List.of("check.ref.task"), checked.diagnostics().stream().map(Diagnostic::rule).toList());
  }

  @Test
  void givenAChinesePlan_whenValidated_thenTheWarningIsInChinese() {
    Checked checked = GivenPlan.checked(dir, COMPLETE.replace("title: Test plan", "title: 测试\nlocale: zh-CN")
        + TASKS + KPIS + RISKS + """
        budget:
          cap: 0.5
          items:
            - {id: b1, category: C, description: D, amount: 1}
        """);

    assertEquals("预算总额 1.00(小计 1.00 + 备用金 0.00)超出批准上限 0.50 共 0.50;请削减或推迟部分预算项,或申请提高上限",
        only(checked).message());
  }

  private static Diagnostic only(Checked checked) {
    assertEquals(1, checked.diagnostics().size(), () -> checked.diagnostics().toString());
    return checked.diagnostics().get(0);
  }

  private static String at(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }

  /** "line:column" of {@code token} on the first line of the plan that starts with {@code prefix}. */
  private static String position(Checked checked, String prefix, String token) {
    List<String> lines = checked.source().lines();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return (i + 1) + ":" + (lines.get(i).indexOf(token) + 1);
      }
    }
    throw new AssertionError("no line starts with " + prefix);
  }
}
