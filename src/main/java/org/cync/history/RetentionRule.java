package org.cync.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which runs retention may remove: a run (job instance, with its restarts and approvals) whose
 * executions all ended before the cutoff. Never one still running, and never one the deletion guard
 * holds (its newest execution STOPPED with exit status AWAITING_APPROVAL): that waits for an
 * administrator however old it is. Pure.
 */
final class RetentionRule {
  private RetentionRule() {}

  /** One execution of the contact-sync job, as the job repository has it. */
  record Execution(
      long instanceId, long executionId, String status, String exitStatus, Instant last) {}

  static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  /** The job instances that may be removed, oldest first. */
  static List<Long> removable(List<Execution> executions, Instant cutoff) {
    Map<Long, List<Execution>> byInstance = new LinkedHashMap<>();
    executions.stream()
        .sorted(Comparator.comparingLong(Execution::executionId))
        .forEach(e -> byInstance.computeIfAbsent(e.instanceId(), i -> new ArrayList<>()).add(e));
    List<Long> out = new ArrayList<>();
    byInstance.forEach(
        (instance, runs) -> {
          if (runs.stream().allMatch(e -> ended(e) && e.last().isBefore(cutoff))
              && !held(runs.get(runs.size() - 1))) {
            out.add(instance);
          }
        });
    return out;
  }

  /** The newest of its runs waits for approval. */
  static boolean held(Execution newest) {
    return "STOPPED".equals(newest.status())
        && SyncRuns.AWAITING_APPROVAL.equals(newest.exitStatus());
  }

  private static boolean ended(Execution e) {
    return ENDED.contains(e.status()) && e.last() != null;
  }

  /** The cutoff for keeping runs {@code days} days at {@code now}. */
  static Instant cutoff(Instant now, int days) {
    return now.minus(java.time.Duration.ofDays(days));
  }
}
