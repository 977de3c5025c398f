package org.cync.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.cync.mailbox.DeletionReview;
import org.cync.mailbox.MailboxPlanner;
import org.cync.settings.SyncOptions;
import org.cync.settings.SyncSettingsStore;
import org.cync.sync.RunMailbox;
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

  /** The review of a held run ({@link #held}). */
  public RunReview of(RunView run) {
    List<RunMailbox> rows = mailboxes.of(run.getExecutionId(), run.getInstanceId());
    long deletes = rows.stream().mapToLong(RunMailbox::getPlannedDeletes).sum();
    long in = rows.stream().filter(r -> r.getPlannedDeletes() > 0).count();
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
