package org.cync.benchmark;

import java.util.Map;

/**
 * The shortest time the sandbox's limits and latency allow for a run's work: per mailbox, its
 * writes served 4 at a time at the fixed latency, and its share of the 10-minute budget (requests
 * beyond one window's worth wait for the next window); the slowest mailbox sets it.
 */
final class Bound {
  private Bound() {}

  /**
   * @param writesByMailbox successful contact writes per mailbox
   * @param admittedByMailbox requests per mailbox that the limits let in (429s excluded: they do
   *     not use the budget)
   */
  static double seconds(
      Map<String, Long> writesByMailbox,
      Map<String, Long> admittedByMailbox,
      long latencyMillis,
      int concurrency,
      int requestsPerWindow,
      long windowMillis) {
    double worst = 0;
    for (String m : union(writesByMailbox, admittedByMailbox)) {
      long writes = writesByMailbox.getOrDefault(m, 0L);
      long admitted = admittedByMailbox.getOrDefault(m, 0L);
      double service = writes * latencyMillis / (double) concurrency / 1000;
      long extraWindows = admitted <= 0 ? 0 : (admitted - 1) / requestsPerWindow;
      double budget = extraWindows * windowMillis / 1000.0;
      worst = Math.max(worst, Math.max(service, budget));
    }
    return worst;
  }

  private static java.util.Set<String> union(Map<String, Long> a, Map<String, Long> b) {
    java.util.Set<String> s = new java.util.HashSet<>(a.keySet());
    s.addAll(b.keySet());
    return s;
  }
}
