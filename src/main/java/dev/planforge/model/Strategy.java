package dev.planforge.model;

import java.util.List;

/** 策略: pillars and the customer lifecycle. */
public record Strategy(List<Pillar> pillars, List<LifecycleStage> lifecycle) {

  public Strategy {
    pillars = List.copyOf(pillars);
    lifecycle = List.copyOf(lifecycle);
  }

  public boolean isEmpty() {
    return pillars.isEmpty() && lifecycle.isEmpty();
  }

  public record Pillar(String id, String name, String objective, List<String> tactics, List<String> tiers) {
    public Pillar {
      tactics = List.copyOf(tactics);
      tiers = List.copyOf(tiers);
    }
  }

  public record LifecycleStage(String stage, String goal, List<String> tactics) {
    public LifecycleStage {
      tactics = List.copyOf(tactics);
    }
  }
}
