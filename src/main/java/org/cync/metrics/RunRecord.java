package org.cync.metrics;

import java.time.Instant;

/**
 * A run as the stored gauges need it; {@code failedMailboxes} is -1 when it was not looked up.
 *
 * @param status batch status (COMPLETED, FAILED, STOPPED, STARTED, ...)
 * @param exitStatus exit status (COMPLETED, COMPLETED_WITH_FAILURES, DRY_RUN, ...)
 */
public record RunRecord(
    String status, String exitStatus, Instant started, Instant ended, long failedMailboxes) {

  boolean isEnded() {
    return ended != null && started != null;
  }

  /** Every mailbox written: COMPLETED, exit COMPLETED (a dry run or a held run is not). */
  boolean isSuccess() {
    return isEnded() && "COMPLETED".equals(status) && "COMPLETED".equals(exitStatus);
  }
}
