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
 * @param figures the rest of what the run did, for the run history
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
    List<FailedMailbox> failed,
    Figures figures) {

  /**
   * The run's figures beyond the writes: directory changes read (the directory step's read count),
   * sources (users who are contacts after the run), photos written, mailboxes by outcome, and the
   * run's Graph {@code $batch} calls, throttled answers and time waited before retries.
   */
  public record Figures(
      long directoryRead,
      long sources,
      long photos,
      long mailboxesDone,
      long mailboxesFailed,
      long mailboxesWithoutExchange,
      long graphCalls,
      long throttled,
      long retryWaitMillis) {
    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** Without figures beyond the writes (tests, older callers). */
  public RunEnded(
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
    this(
        executionId,
        trigger,
        status,
        exitStatus,
        started,
        ended,
        created,
        updated,
        deleted,
        plannedCreates,
        plannedUpdates,
        plannedDeletes,
        mailboxes,
        failed,
        Figures.NONE);
  }

  /** A mailbox that failed, with CYNC's advice (which names Graph's error code). */
  public record FailedMailbox(String mailboxId, String displayName, String message) {}

  public RunEnded {
    failed = List.copyOf(failed);
    figures = figures == null ? Figures.NONE : figures;
  }

  /** One of {@link RunOutcomes}' names, for metric labels and alert subjects. */
  public String outcome() {
    return RunOutcomes.of(status, exitStatus);
  }

  public Duration duration() {
    return started == null || ended == null ? Duration.ZERO : Duration.between(started, ended);
  }
}
