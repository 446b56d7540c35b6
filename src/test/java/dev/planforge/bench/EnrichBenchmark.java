package dev.planforge.bench;

import dev.planforge.enrich.Enrich;
import dev.planforge.pipeline.Checked;
import dev.planforge.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Times {@code validate} + {@code enrich} of a generated plan with 20,000 customers (in a CSV
 * file), 400 tasks and 2,000 budget items, warm: after warm-up runs, in the same JVM. Not a test
 * (timings on shared machines make flaky tests); run it with
 *
 * <pre>mvn -B -Pbench -DskipTests test</pre>
 *
 * <p>Arguments (optional): warm-up runs, measured runs.
 */
public final class EnrichBenchmark {

  static final int CUSTOMERS = 20_000;
  static final int TASKS = 400;
  static final int ITEMS = 2_000;

  public static void main(String[] args) throws IOException {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Path dir = Files.createTempDirectory("planforge-bench");
    try {
      measure(LargePlan.write(dir), warmUp, runs);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }

  private static void measure(Path plan, int warmUp, int runs) throws IOException {
    Checked checked = null;
    for (int i = 0; i < warmUp; i++) {
      checked = validateAndEnrich(plan);
    }
    long[] both = new long[runs];
    long[] enrichOnly = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      checked = validateAndEnrich(plan);
      both[i] = System.nanoTime() - start;
      start = System.nanoTime();
      Enrich.compute(checked.plan());
      enrichOnly[i] = System.nanoTime() - start;
    }
    if (checked.errors() > 0) {
      throw new IllegalStateException("the generated plan has errors: " + checked.diagnostics().get(0));
    }
    System.out.printf("planforge benchmark: %,d customers (CSV), %,d tasks, %,d budget items; %d warm-up runs, %d measured%n",
        CUSTOMERS, TASKS, ITEMS, warmUp, runs);
    System.out.printf("  validate + enrich: median %s, min %s, max %s%n", ms(median(both)), ms(min(both)), ms(max(both)));
    System.out.printf("  enrich alone:      median %s, min %s, max %s%n",
        ms(median(enrichOnly)), ms(min(enrichOnly)), ms(max(enrichOnly)));
    System.out.printf("  (%d warnings; JVM %s, %d processors)%n", checked.warnings(),
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
  }

  /** What {@code planforge render} does before it renders: check the plan, then compute its figures. */
  private static Checked validateAndEnrich(Path plan) throws IOException {
    Checked checked = Pipeline.check(plan, plan.getFileName().toString());
    Enrich.compute(checked.plan());
    return checked;
  }

  private static long median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long min(long[] nanos) {
    return Arrays.stream(nanos).min().orElseThrow();
  }

  private static long max(long[] nanos) {
    return Arrays.stream(nanos).max().orElseThrow();
  }

  private static String ms(long nanos) {
    return String.format("%.1f ms", nanos / 1e6);
  }

  /** A valid plan of the benchmark's size, the same every time (a fixed seed). */
  static final class LargePlan {

    private LargePlan() {}

    static Path write(Path dir) throws IOException {
      SplittableRandom random = new SplittableRandom(2026);
      StringBuilder csv = new StringBuilder("id,name,segment,annual_value,revenue,growth,fit,loyalty,cost\n");
      for (int i = 0; i < CUSTOMERS; i++) {
        csv.append("cu").append(i).append(",Customer ").append(i).append(',').append(i % 2 == 0 ? "smb" : "ent")
            .append(',').append(random.nextInt(1, 2_000_000)).append('.').append(random.nextInt(10, 100));
        for (int d = 0; d < 5; d++) {
          csv.append(',').append(random.nextInt(0, 101));
        }
        csv.append('\n');
      }
      Files.writeString(dir.resolve("customers.csv"), csv, StandardCharsets.UTF_8);

      StringBuilder y = new StringBuilder("""
          plan_format: 1
          title: Benchmark plan
          currency: USD
          as_of: 2026-06-30
          period: {start: 2026-01-01, end: 2026-12-31}
          overview: {mission: Keep customers}
          market: {trends: [Consolidation]}
          targeting:
            segments:
              - {id: smb, name: Small business}
              - {id: ent, name: Enterprise}
          strategy: {pillars: [{id: grow, name: Grow}]}
          conclusion: Done.
          team:
          """);
      for (int m = 0; m < 10; m++) {
        y.append("  - {id: m").append(m).append(", name: Member ").append(m).append("}\n");
      }
      y.append("""
          tiering:
            dimensions:
              - {id: revenue, name: Revenue, weight: 35}
              - {id: growth, name: Growth, weight: 20}
              - {id: fit, name: Fit, weight: 20}
              - {id: loyalty, name: Loyalty, weight: 15}
              - {id: cost, name: Cost to serve, weight: 10}
            tiers:
              - {id: strategic, name: Strategic, min: 80}
              - {id: key, name: Key, min: 60}
              - {id: growth, name: Growth, min: 40}
              - {id: maintain, name: Maintain, min: 0}
            customers_file: customers.csv
          action_plan:
            tasks:
          """);
      LocalDate yearStart = LocalDate.of(2026, 1, 1);
      for (int t = 0; t < TASKS; t++) {
        // Chains of four tasks, each starting after the one before it ends.
        int inChain = t % 4;
        LocalDate start = yearStart.plusDays((t / 4) % 60 + inChain * 25L);
        y.append("    - {id: t").append(t).append(", title: Task ").append(t).append(", owner: m").append(t % 10)
            .append(", start: ").append(start).append(", end: ").append(start.plusDays(20))
            .append(", status: ").append(start.plusDays(20).isBefore(LocalDate.of(2026, 6, 30)) ? "done" : "planned");
        if (inChain > 0) {
          y.append(", depends_on: [t").append(t - 1).append(']');
        }
        y.append("}\n");
      }
      y.append("budget:\n  contingency_percent: 7.5\n  items:\n");
      String[] tiers = {"strategic", "key", "growth", "maintain"};
      for (int b = 0; b < ITEMS; b++) {
        y.append("    - {id: b").append(b).append(", category: Category ").append(b % 12)
            .append(", description: Item ").append(b).append(", task: t").append(b % TASKS);
        if (b % 3 == 0) {
          y.append(", tier: ").append(tiers[b % 4]);
        }
        if (b % 5 != 0) {
          y.append(", period: \"").append(b % 2 == 0 ? "2026-Q" + (b % 4 + 1) : String.format("2026-%02d", b % 12 + 1))
              .append('"');
        }
        y.append(b % 2 == 0
            ? ", amount: " + random.nextInt(100, 50_000) + "." + random.nextInt(10, 100)
            : ", quantity: " + random.nextInt(1, 400) + ", unit_cost: " + random.nextInt(1, 900) + ".5");
        y.append("}\n");
      }
      y.append("monitoring:\n  kpis:\n");
      for (int k = 0; k < 20; k++) {
        y.append("    - {id: k").append(k).append(", name: KPI ").append(k)
            .append(", unit: \"%\", baseline: 10, target: 50, current: ").append(10 + k * 2).append("}\n");
      }
      y.append("risks:\n  register:\n");
      for (int r = 0; r < 30; r++) {
        y.append("    - {id: r").append(r).append(", title: Risk ").append(r).append(", likelihood: ")
            .append(r % 5 + 1).append(", impact: ").append((r / 5) % 5 + 1).append(", mitigation: Watch it}\n");
      }
      Path plan = dir.resolve("plan.yaml");
      Files.writeString(plan, y, StandardCharsets.UTF_8);
      return plan;
    }
  }
}
