package org.cync.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cync.mailbox.DeletionTally;
import org.cync.settings.GuardOptions;
import org.cync.sync.DeletionGuard;

/**
 * What an administrator decides on when the deletion guard holds a run: the deletions it planned,
 * the limit they exceed, and per mailbox how many contacts go and why. The counts to approve are
 * the run's plan (what {@link SyncRuns#approve} allows); the reasons are worked out now, from the
 * directory mirror. Pure.
 *
 * @param deletes the deletions the run planned
 * @param mailboxes the mailboxes it planned to delete in
 * @param held contacts CYNC holds over all mailboxes
 */
public record RunReview(
    long executionId,
    int run,
    long deletes,
    long mailboxes,
    long held,
    GuardOptions guard,
    DeletionTally.Figures figures) {

  /** The limit the planned deletions exceed, or null (the limits were raised since the hold). */
  public String limitExceeded() {
    return DeletionGuard.limitExceeded(deletes, held, guard);
  }

  /** The guard's verdict, a sentence. */
  public String verdict() {
    String limit = limitExceeded();
    return "Run %d is held: it would delete %s in %s, %s. Limits: %s."
        .formatted(
            run,
            contacts(deletes),
            mailboxes(mailboxes),
            limit == null ? "which the limits in force now allow (they were changed since)" : limit,
            limits());
  }

  /** The approval's confirmation: "Delete 57 contacts in 4 mailboxes?". */
  public String approveQuestion() {
    return approveQuestion(deletes, mailboxes);
  }

  /** The same question wherever Approve is offered (dashboard, run page, review page). */
  public static String approveQuestion(long deletes, long mailboxes) {
    return "Delete " + contacts(deletes) + " in " + mailboxes(mailboxes) + "?";
  }

  public String rejectQuestion() {
    return "Reject: nothing is deleted, created or updated by run %d, and it cannot be approved or restarted afterwards; the %s stay. Reject it?"
        .formatted(run, contacts(deletes));
  }

  /** Set when the directory changed since the plan: an approval plans again and may hold again. */
  public String drift() {
    long now = figures.deletes();
    return now == deletes
        ? null
        : ("The directory or the settings changed since this run was planned: %s would go now, not"
                + " %d. An approved run plans again and stops again if it deletes more than"
                + " approved.")
            .formatted(contacts(now), deletes);
  }

  private String limits() {
    String count = guard.maxDeletes() > 0 ? "at most " + guard.maxDeletes() + " deletions" : null;
    String percent =
        guard.maxDeletePercent() > 0
            ? "at most %d%% of the %d contacts CYNC holds (from %d deletions)"
                .formatted(guard.maxDeletePercent(), held, DeletionGuard.PERCENT_APPLIES_FROM)
            : null;
    if (count == null && percent == null) {
      return "none (both are off)";
    }
    return count == null ? percent : percent == null ? count : count + ", and " + percent;
  }

  /** Deletions per reason over all mailboxes: "12: the mailbox left the targets". */
  public List<String> reasons() {
    List<String> out = new ArrayList<>();
    figures.perReason().forEach((r, n) -> out.add(n + ": " + r.text()));
    return out;
  }

  /** The review as the API answers it. */
  public Map<String, Object> json() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("executionId", executionId);
    out.put("run", run);
    out.put("deletes", deletes);
    out.put("mailboxes", mailboxes);
    out.put("heldContacts", held);
    out.put("maxDeletes", guard.maxDeletes());
    out.put("maxDeletePercent", guard.maxDeletePercent());
    String limit = limitExceeded();
    if (limit != null) {
      out.put("limitExceeded", limit);
    }
    out.put("verdict", verdict());
    String drift = drift();
    if (drift != null) {
      out.put("drift", drift);
    }
    Map<String, Long> perReason = new LinkedHashMap<>();
    figures.perReason().forEach((r, n) -> perReason.put(r.name(), n));
    out.put("perReason", perReason);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DeletionTally.Mailbox m : figures.mailboxes()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("mailboxId", m.mailboxId());
      row.put("displayName", m.displayName());
      row.put("deletes", m.deletes());
      Map<String, Long> reasons = new LinkedHashMap<>();
      m.reasons().forEach((r, n) -> reasons.put(r.name(), n));
      row.put("reasons", reasons);
      row.put("summary", m.summary());
      rows.add(row);
    }
    out.put("perMailbox", rows);
    return out;
  }

  static String contacts(long n) {
    return n + (n == 1 ? " contact" : " contacts");
  }

  static String mailboxes(long n) {
    return n + (n == 1 ? " mailbox" : " mailboxes");
  }
}
