package org.cync.benchmark;

import java.util.Map;

/**
 * The shortest time the sandbox's limits and latency allow for a run's work; the slowest mailbox
 * sets it. A mailbox serves its writes in waves of 4 (its concurrent requests), each wave taking
 * the whole latency, so 18 writes need 5 waves, not 18 / 4 = 4.5. Requests beyond one 10-minute
 * window's budget wait for the next window: then the mailbox needs those extra windows plus the
 * waves of the writes left for its last window, or all its waves, whichever is longer.
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
      long extraWindows = admitted <= 0 ? 0 : (admitted - 1) / requestsPerWindow;
      long inLastWindow = Math.min(writes, admitted - extraWindows * requestsPerWindow);
      long allWaves = waves(writes, concurrency) * latencyMillis;
      long lastWindow =
          extraWindows * windowMillis + waves(inLastWindow, concurrency) * latencyMillis;
      worst = Math.max(worst, Math.max(allWaves, lastWindow) / 1000.0);
    }
    return worst;
  }

  /** Rounds up: a wave that is not full still takes the whole latency. */
  static long waves(long writes, int concurrency) {
    return writes <= 0 ? 0 : (writes + concurrency - 1) / concurrency;
  }

  private static java.util.Set<String> union(Map<String, Long> a, Map<String, Long> b) {
    java.util.Set<String> s = new java.util.HashSet<>(a.keySet());
    s.addAll(b.keySet());
    return s;
  }
}
