package org.cync.benchmark;

/**
 * A tenant size, the sandbox latency its scenarios run with, the mailboxes CYNC writes in parallel
 * and the sandbox's heap; scenarios 1 to 3 share one tenant (and one CYNC), 4 gets its own, 5 to 7
 * share the large one.
 *
 * <p>Scenario 5 asks for 1,000 mailboxes of about 1,000 contacts each. The sandbox gives a mailbox
 * only to enabled, licensed members with mail (about 81 % of its users), so 1,250 users are needed
 * for 1,000 mailboxes; each then receives about 1,100 contacts (the users CYNC syncs).
 */
record Tenant(int users, int mailboxes, long latencyMillis, int parallelism, int sandboxHeapMb) {
  static final int LARGE_USERS = 1_250;

  static Tenant forScenario(int scenario, double scale) {
    if (scenario >= 5) {
      // 1.1 M contacts: the sandbox held them in 1,042 MB (live after a full GC; benchmarks.md)
      return new Tenant(scaled(LARGE_USERS, scale), 1_000, 100, 256, 4_096);
    }
    return scenario == 4
        ? new Tenant(scaled(10_000, scale), 10, 100, 64, 1_024)
        : new Tenant(scaled(2_000, scale), 50, 200, 64, 1_024);
  }

  private static int scaled(int users, double scale) {
    return Math.max(1, (int) Math.round(users * scale));
  }

  String name() {
    return users + "x" + mailboxes;
  }
}
