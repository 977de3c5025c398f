package org.cync.sync;

import java.util.List;

/**
 * A run's end as one word (metrics label, alert subject, log line), from its batch status and exit
 * status: the two together say whether it completed, completed with mailbox failures, was held for
 * approval, was rejected (a held run an administrator ended: ABANDONED, exit status still {@code
 * AWAITING_APPROVAL}), was a dry run, failed or was stopped.
 */
public final class RunOutcomes {
  public static final String COMPLETED = "completed";
  public static final String COMPLETED_WITH_FAILURES = "completed_with_failures";
  public static final String AWAITING_APPROVAL = "awaiting_approval";
  public static final String DRY_RUN = "dry_run";
  public static final String FAILED = "failed";
  public static final String STOPPED = "stopped";
  public static final String REJECTED = "rejected";
  public static final List<String> ALL =
      List.of(
          COMPLETED,
          COMPLETED_WITH_FAILURES,
          AWAITING_APPROVAL,
          DRY_RUN,
          FAILED,
          STOPPED,
          REJECTED);

  /** Not an end: a run still going, as the run history shows it. */
  public static final String RUNNING = "running";

  /** Not a run: a scheduled firing skipped because a run was still going (run history only). */
  public static final String SKIPPED = "skipped";

  private RunOutcomes() {}

  public static String of(String status, String exitStatus) {
    if ("AWAITING_APPROVAL".equals(exitStatus)) {
      return "ABANDONED".equals(status) ? REJECTED : AWAITING_APPROVAL;
    }
    if ("FAILED".equals(status) || "ABANDONED".equals(status)) {
      return FAILED;
    }
    if ("STOPPED".equals(status) || "STOPPING".equals(status)) {
      return STOPPED;
    }
    if ("DRY_RUN".equals(exitStatus)) {
      return DRY_RUN;
    }
    if (RunLogListener.COMPLETED_WITH_FAILURES.equals(exitStatus)) {
      return COMPLETED_WITH_FAILURES;
    }
    return COMPLETED;
  }
}
