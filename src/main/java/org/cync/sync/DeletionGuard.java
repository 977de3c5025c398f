package org.cync.sync;

import java.util.List;
import org.cync.mailbox.MailboxPlan;
import org.cync.settings.GuardOptions;

/**
 * Decides, from a run's plan, whether the mailbox step may go: nothing to do, a dry run, more
 * deletions than the administrator allows (the run stops and waits for approval), or go. Pure.
 */
public final class DeletionGuard {
  /**
   * Below this many deletions the percentage limit does not apply: a few leavers in a small tenant
   * are no reason to stop.
   */
  public static final int PERCENT_APPLIES_FROM = 20;

  public static final String GO = "GO";
  public static final String NOTHING_TO_DO = "NOTHING_TO_DO";
  public static final String DRY_RUN = "DRY_RUN";
  public static final String HOLD = "HOLD";

  /** The decision and the sentence an administrator reads. */
  public record Verdict(String decision, String reason) {}

  private DeletionGuard() {}

  /**
   * @param totalHeld contacts CYNC holds over all mailboxes
   * @param approvedDeletes deletions an administrator approved for this run (0: none)
   */
  public static Verdict decide(
      List<MailboxPlan> plans,
      long totalHeld,
      GuardOptions guard,
      boolean dryRun,
      long approvedDeletes) {
    long creates = plans.stream().mapToLong(MailboxPlan::creates).sum();
    long updates = plans.stream().mapToLong(MailboxPlan::updates).sum();
    long deletes = plans.stream().mapToLong(MailboxPlan::deletes).sum();
    String summary =
        "%d creates, %d updates, %d deletes in %d mailboxes"
            .formatted(creates, updates, deletes, plans.size());
    if (dryRun) {
      return new Verdict(DRY_RUN, "Dry run: " + summary + "; nothing was written.");
    }
    if (plans.stream().noneMatch(MailboxPlan::hasWork)) {
      return new Verdict(NOTHING_TO_DO, "Every mailbox is up to date.");
    }
    if (deletes > approvedDeletes) {
      String exceeded = limitExceeded(deletes, totalHeld, guard);
      if (exceeded != null) {
        return hold(deletes, summary, exceeded);
      }
    }
    return new Verdict(GO, summary);
  }

  /**
   * The limit these deletions exceed ("more than the limit of 500"), or null when they exceed none.
   *
   * @param totalHeld contacts CYNC holds over all mailboxes
   */
  public static String limitExceeded(long deletes, long totalHeld, GuardOptions guard) {
    if (guard.maxDeletes() > 0 && deletes > guard.maxDeletes()) {
      return "more than the limit of " + guard.maxDeletes();
    }
    if (guard.maxDeletePercent() > 0
        && deletes >= PERCENT_APPLIES_FROM
        && totalHeld > 0
        && deletes * 100 > guard.maxDeletePercent() * totalHeld) {
      return "more than %d%% of the %d contacts CYNC holds"
          .formatted(guard.maxDeletePercent(), totalHeld);
    }
    return null;
  }

  private static Verdict hold(long deletes, String summary, String why) {
    return new Verdict(
        HOLD,
        ("Stopped before writing: this run would delete %d contacts (%s). Check the plan (%s); if"
                + " it is right, approve the run to let it delete them, otherwise fix the sync"
                + " settings or the directory and start a new run.")
            .formatted(deletes, why, summary));
  }
}
