package org.cync.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Announced (CDI event, synchronous and asynchronous) when a run ends, with what it did: metrics
 * and alerts observe it, so the job does not know about either of them.
 *
 * @param trigger who started it: {@code schedule}, or {@code manual} when no trigger was given
 * @param status the batch status at the end (COMPLETED, FAILED, STOPPED)
 * @param exitStatus e.g. COMPLETED, COMPLETED_WITH_FAILURES, DRY_RUN, AWAITING_APPROVAL
 * @param failed the mailboxes that failed in this run
 */
public record RunEnded(
    long executionId,
    String trigger,
    String status,
    String exitStatus,
    Instant started,
    Instant ended,
    long created,
    long updated,
    long deleted,
    long plannedCreates,
    long plannedUpdates,
    long plannedDeletes,
    int mailboxes,
    List<FailedMailbox> failed) {

  /** A mailbox that failed, with CYNC's advice (which names Graph's error code). */
  public record FailedMailbox(String mailboxId, String displayName, String message) {}

  public RunEnded {
    failed = List.copyOf(failed);
  }

  /** One of {@link RunOutcomes}' names, for metric labels and alert subjects. */
  public String outcome() {
    return RunOutcomes.of(status, exitStatus);
  }

  public Duration duration() {
    return started == null || ended == null ? Duration.ZERO : Duration.between(started, ended);
  }
}
