package dev.planforge.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes the big plans of issue 12 into a folder, each in its own sub-folder, the same every time
 * (fixed seeds), all of them valid:
 *
 * <ul>
 *   <li>{@code customers-20k/plan.yaml}: 20,000 customers in a CSV file, 400 tasks, 2,000 budget
 *       items (the plan of {@link EnrichBenchmark});
 *   <li>{@code tasks-2000/plan.yaml}: 2,000 tasks in one dependency chain, each starting the day
 *       after the one before it ends, over five pillars, with milestones;
 *   <li>{@code big-10mib/plan.yaml}: about 10 MiB of YAML with about 89,000 list items (customers,
 *       tasks, budget items, KPIs, risks, team members, competitors, segments).
 * </ul>
 *
 * <p>{@code bench/big.sh} runs it ({@code java -cp … dev.planforge.bench.BigPlans DIR}) and then
 * renders each plan with {@code ./planforge}.
 */
public final class BigPlans {

  static final int CHAIN_TASKS = 2_000;

  /** The sizes of the 10 MiB plan's lists; they add up to {@link #bigItems()}. */
  static final int BIG_CUSTOMERS = 30_000;
  static final int BIG_TASKS = 12_000;
  static final int BIG_ITEMS = 34_000;
  static final int BIG_KPIS = 3_000;
  static final int BIG_RISKS = 7_000;
  static final int BIG_TEAM = 1_000;
  static final int BIG_COMPETITORS = 500;
  static final int BIG_SEGMENTS = 1_500;

  private BigPlans() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: BigPlans DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    for (Path plan : writeAll(dir)) {
      System.out.printf("%s (%,d bytes)%n", plan, Files.size(plan));
    }
  }

  static Path[] writeAll(Path dir) throws IOException {
    return new Path[] {
        EnrichBenchmark.LargePlan.write(Files.createDirectories(dir.resolve("customers-20k"))),
        chain(Files.createDirectories(dir.resolve("tasks-2000")), CHAIN_TASKS, true),
        big(Files.createDirectories(dir.resolve("big-10mib")))};
  }

  static int bigItems() {
    return BIG_CUSTOMERS + BIG_TASKS + BIG_ITEMS + BIG_KPIS + BIG_RISKS + BIG_TEAM + BIG_COMPETITORS + BIG_SEGMENTS;
  }

  /**
   * A plan whose action plan is {@code count} tasks in one chain: task i depends on task i − 1 and
   * starts the day after it ends; one to three days each, every 25th a milestone, five pillars
   * taking turns in runs of 40. Done before {@code as_of}, the rest planned, in progress or
   * blocked, a few overdue. Without {@code pillars} the tasks name none.
   */
  public static Path chain(Path dir, int count, boolean pillars) throws IOException {
    SplittableRandom random = new SplittableRandom(12);
    LocalDate first = LocalDate.of(2026, 1, 5);
    LocalDate[] starts = new LocalDate[count];
    LocalDate[] ends = new LocalDate[count];
    LocalDate day = first;
    for (int i = 0; i < count; i++) {
      starts[i] = day;
      ends[i] = day.plusDays(random.nextInt(3));
      day = ends[i].plusDays(1);
    }
    LocalDate asOf = starts[count * 2 / 5];
    Path plan = dir.resolve("plan.yaml");
    try (Writer y = Files.newBufferedWriter(plan, StandardCharsets.UTF_8)) {
      y.write("plan_format: 1\ntitle: A long chain of tasks\ncurrency: USD\nas_of: " + asOf + "\n");
      y.write("period: {start: " + first + ", end: " + ends[count - 1] + "}\n");
      y.write("overview: {mission: Keep customers}\nmarket: {trends: [Consolidation]}\n");
      y.write("targeting:\n  segments:\n    - {id: smb, name: Small business}\n");
      y.write("tiering:\n  method: annual_value\n  tiers:\n    - {id: key, name: Key, min: 100000}\n"
          + "    - {id: other, name: Other, min: 0}\n  customers:\n    - {id: c1, name: First customer, annual_value: 250000}\n");
      y.write("strategy:\n  pillars:\n");
      String[] names = {"Onboarding", "Service", "Loyalty", "Upselling", "Data and CRM"};
      for (int p = 0; p < names.length; p++) {
        y.write("    - {id: p" + p + ", name: " + names[p] + "}\n");
      }
      y.write("team:\n");
      for (int m = 0; m < 12; m++) {
        y.write("  - {id: m" + m + ", name: Member " + m + "}\n");
      }
      y.write("action_plan:\n  tasks:\n");
      for (int i = 0; i < count; i++) {
        String status;
        if (ends[i].isBefore(asOf)) {
          status = i % 97 == 0 ? "in_progress" : "done"; // a few overdue ones
        } else if (!starts[i].isAfter(asOf)) {
          status = "in_progress";
        } else {
          status = i % 151 == 0 ? "blocked" : "planned";
        }
        y.write("    - {id: t" + i + ", title: Step " + i + " of the rollout, owner: m" + i % 12
            + (pillars ? ", pillar: p" + (i / 40) % names.length : "") + ", start: " + starts[i] + ", end: " + ends[i]
            + ", status: " + status);
        if (status.equals("in_progress")) {
          y.write(", progress: " + random.nextInt(10, 90));
        }
        if (i > 0) {
          y.write(", depends_on: [t" + (i - 1) + "]");
        }
        if (i % 25 == 24) {
          y.write(", milestone: true");
        }
        y.write("}\n");
      }
      y.write("budget:\n  items:\n    - {id: b1, category: Systems, description: CRM licences, amount: 120000}\n");
      y.write("monitoring:\n  kpis:\n    - {id: k1, name: Retention, unit: \"%\", baseline: 80, target: 90, current: 84}\n");
      y.write("risks:\n  register:\n    - {id: r1, title: The chain slips, likelihood: 3, impact: 4, mitigation: Weekly review}\n");
      y.write("conclusion: Done.\n");
    }
    return plan;
  }

  /** The 10 MiB plan: every list long, chains of ten tasks, references that all resolve. */
  static Path big(Path dir) throws IOException {
    SplittableRandom random = new SplittableRandom(89);
    LocalDate periodStart = LocalDate.of(2026, 1, 1);
    LocalDate periodEnd = LocalDate.of(2027, 12, 31);
    Path plan = dir.resolve("plan.yaml");
    try (Writer y = Files.newBufferedWriter(plan, StandardCharsets.UTF_8)) {
      y.write("plan_format: 1\ntitle: A very big plan\nsubtitle: Every list long\ncurrency: EUR\nas_of: 2026-09-30\n");
      y.write("period: {start: " + periodStart + ", end: " + periodEnd + "}\n");
      y.write("overview:\n  mission: Keep every customer we have and win the ones we should have\n");
      y.write("team:\n");
      for (int m = 0; m < BIG_TEAM; m++) {
        y.write("  - {id: m" + m + ", name: Team member " + m + ", role: Account manager, department: Region "
            + m % 40 + "}\n");
      }
      y.write("market:\n  trends: [Consolidation, Self-service]\n  competitors:\n");
      for (int c = 0; c < BIG_COMPETITORS; c++) {
        y.write("    - {name: Competitor " + c + ", share: " + (c % 7 + 1) / 10.0 + ", "
            + "strengths: [Price, Reach], weaknesses: [Support]}\n");
      }
      y.write("targeting:\n  segments:\n");
      for (int s = 0; s < BIG_SEGMENTS; s++) {
        y.write("    - {id: s" + s + ", name: Segment " + s + ", size: " + (1000 + s) + ", needs: [Uptime], channels: [Web]}\n");
      }
      y.write("""
          tiering:
            dimensions:
              - {id: revenue, name: Revenue, weight: 40}
              - {id: growth, name: Growth, weight: 30}
              - {id: fit, name: Fit, weight: 30}
            tiers:
              - {id: strategic, name: Strategic, min: 80}
              - {id: key, name: Key, min: 60}
              - {id: growth, name: Growth, min: 40}
              - {id: maintain, name: Maintain, min: 0}
            customers:
          """);
      for (int c = 0; c < BIG_CUSTOMERS; c++) {
        y.write("    - {id: c" + c + ", name: Customer " + c + ", segment: s" + c % BIG_SEGMENTS
            + (c % 2 == 0 ? ", annual_value: " + random.nextInt(1_000, 900_000) : "") + ", scores: {revenue: " + random.nextInt(101)
            + ", growth: " + random.nextInt(101) + ", fit: " + random.nextInt(101) + "}}\n");
      }
      y.write("strategy:\n  pillars:\n");
      for (int p = 0; p < 8; p++) {
        y.write("    - {id: p" + p + ", name: Pillar " + p + ", tactics: [Call every quarter], tiers: [key]}\n");
      }
      y.write("action_plan:\n  tasks:\n");
      LocalDate asOf = LocalDate.of(2026, 9, 30);
      for (int t = 0; t < BIG_TASKS; t++) {
        // Chains of ten: each task starts the day after the one before it in its chain ends.
        int inChain = t % 10;
        LocalDate start = periodStart.plusDays((t / 10) % 400 + inChain * 20L);
        LocalDate end = start.plusDays(random.nextInt(3, 19));
        String status = end.isBefore(asOf) ? (t % 53 == 0 ? "blocked" : "done")
            : start.isAfter(asOf) ? "planned" : "in_progress";
        y.write("    - {id: t" + t + ", title: Task " + t + ", owner: m"
            + t % BIG_TEAM + ", pillar: p" + t % 8 + ", start: " + start + ", end: " + end + ", status: " + status);
        if (status.equals("in_progress")) {
          y.write(", progress: " + random.nextInt(5, 95));
        }
        if (inChain > 0) {
          y.write(", depends_on: [t" + (t - 1) + "]");
        }
        if (t % 100 == 99) {
          y.write(", milestone: true, deliverables: [Report to the board]");
        }
        y.write("}\n");
      }
      y.write("budget:\n  contingency_percent: 5\n  items:\n");
      String[] tiers = {"strategic", "key", "growth", "maintain"};
      for (int b = 0; b < BIG_ITEMS; b++) {
        y.write("    - {id: b" + b + ", category: Category " + b % 30 + ", description: Line " + b + ", task: t"
            + b % BIG_TASKS);
        if (b % 3 == 0) {
          y.write(", tier: " + tiers[b % 4]);
        }
        if (b % 5 != 0) {
          y.write(", period: \"" + (2026 + b % 2) + "-" + String.format("%02d", b % 12 + 1) + "\"");
        }
        y.write(b % 2 == 0
            ? ", amount: " + random.nextInt(100, 50_000) + "." + random.nextInt(10, 100) + "}\n"
            : ", quantity: " + random.nextInt(1, 400) + ", unit_cost: " + random.nextInt(1, 900) + ".5}\n");
      }
      y.write("monitoring:\n  kpis:\n");
      for (int k = 0; k < BIG_KPIS; k++) {
        y.write("    - {id: k" + k + ", name: KPI " + k + " of the region, unit: \"%\", baseline: 10, target: 50, current: "
            + (10 + k % 40) + ", owner: m" + k % BIG_TEAM + "}\n");
      }
      y.write("risks:\n  register:\n");
      for (int r = 0; r < BIG_RISKS; r++) {
        int likelihood = r % 5 + 1;
        int impact = (r / 5) % 5 + 1;
        // A high risk without a mitigation is a warning; the low ones may go without.
        y.write("    - {id: r" + r + ", title: Risk " + r + " to the plan, likelihood: " + likelihood + ", impact: " + impact
            + (r % 2 == 0 || likelihood * impact >= 10 ? ", mitigation: Watch it weekly" : "") + ", owner: m" + r % BIG_TEAM
            + "}\n");
      }
      y.write("conclusion: Done.\n");
    }
    return plan;
  }
}
