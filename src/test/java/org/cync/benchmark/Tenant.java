package org.cync.benchmark;

/**
 * A tenant size and the sandbox latency its scenarios run with; scenarios 1 to 3 share one tenant
 * (and one CYNC), scenario 4 gets its own.
 */
record Tenant(int users, int mailboxes, long latencyMillis) {
  static Tenant forScenario(int scenario, double scale) {
    return scenario == 4
        ? new Tenant(scaled(10_000, scale), 10, 100)
        : new Tenant(scaled(2_000, scale), 50, 200);
  }

  private static int scaled(int users, double scale) {
    return Math.max(1, (int) Math.round(users * scale));
  }

  String name() {
    return users + "x" + mailboxes;
  }
}
