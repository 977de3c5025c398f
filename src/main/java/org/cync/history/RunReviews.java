package org.cync.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cync.mailbox.DeletionReview;
import org.cync.mailbox.MailboxPlanner;
import org.cync.settings.SyncOptions;
import org.cync.settings.SyncSettingsStore;
import org.cync.sync.RunMailboxes;

/**
 * Makes the {@link RunReview} of a held run, for the review page and {@code GET
 * /api/runs/{id}/review}: the run's planned deletions, the contacts held, the guard's limits and
 * the reasons in force now.
 */
@ApplicationScoped
public class RunReviews {
  @Inject RunMailboxes mailboxes;
  @Inject MailboxPlanner planner;
  @Inject DeletionReview deletions;
  @Inject SyncSettingsStore settings;

  /** Whether the run is held for approval (and so can be reviewed, approved or rejected). */
  public static boolean held(RunView run) {
    return SyncRuns.AWAITING_APPROVAL.equals(run.getExitStatus()) && run.isApprovable();
  }

  /**
   * The one source of a held run's counts, the deletions it planned and in how many mailboxes: the
   * dashboard's to-do and buttons, the run page and the review page all ask here.
   */
  public RunMailboxes.PlannedDeletes planned(long executionId) {
    return mailboxes.plannedDeletes(executionId);
  }

  /** The review of a held run ({@link #held}). */
  public RunReview of(RunView run) {
    RunMailboxes.PlannedDeletes planned = planned(run.getExecutionId());
    long deletes = planned.contacts();
    long in = planned.mailboxes();
    long held = planner.heldPerMailbox().values().stream().mapToLong(Long::longValue).sum();
    SyncOptions options = settings.current();
    return new RunReview(
        run.getExecutionId(),
        run.getRun(),
        deletes,
        in,
        held,
        options.guard(),
        deletions.figures(options.sources()));
  }

  /** Why a run cannot be reviewed, for a 409 and the page. */
  public static String notHeld(RunView run) {
    return "Nothing to review: "
        + run.approvalRefusal().orElse("Run " + run.getRun() + " is not held for approval.");
  }
}
