package org.cync.mailbox;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cync.directory.SourceUser;
import org.cync.graphbatch.ContactPaths;

/**
 * Which mailboxes CYNC writes to: the desired step marks the targets of this run, forgets former
 * targets once they hold nothing of ours, and remembers who has no mailbox at all. Apart from the
 * plan and the per-run records because it changes once per run, before any mailbox is planned.
 */
@Stateless
public class TargetMailboxes {
  @PersistenceContext EntityManager em;

  /**
   * Marks the wanted mailboxes and un-marks the others; forgets "no mailbox" when the owner changed
   * in the directory since. Rows of mailboxes that are no longer targets stay until their contacts
   * are removed.
   */
  public int applyTargets(Map<String, SourceUser> targets, Map<String, String> userFingerprints) {
    Map<String, TargetMailbox> rows = new HashMap<>();
    for (TargetMailbox t :
        em.createQuery("select t from TargetMailbox t", TargetMailbox.class).getResultList()) {
      rows.put(t.getUserId(), t);
    }
    List<TargetMailbox> leaving =
        rows.values().stream().filter(t -> !targets.containsKey(t.getUserId())).toList();
    for (TargetMailbox t : forgetUnlessHolding(leaving)) {
      t.owner(t.getUserPrincipalName(), t.getDisplayName(), false);
    }
    for (SourceUser u : targets.values()) {
      TargetMailbox t = rows.get(u.id());
      if (t == null) {
        t = new TargetMailbox(u.id());
        em.persist(t);
      }
      t.owner(u.userPrincipalName(), u.displayName(), true);
      if (t.getStatus() == TargetMailbox.Status.NO_MAILBOX
          && !java.util.Objects.equals(
              t.noMailboxUserFingerprint(), userFingerprints.get(u.id()))) {
        t.status(null, null, null); // changed in the directory (a licence?): try again
      }
    }
    return targets.size();
  }

  /**
   * With the targets as they were: forgets the former targets that came to hold nothing since, as
   * {@link #applyTargets} would.
   */
  public void forgetFormerTargetsHoldingNothing() {
    forgetUnlessHolding(
        em.createQuery("select t from TargetMailbox t where t.wanted = false", TargetMailbox.class)
            .getResultList());
  }

  /** How many mailboxes are targets now. */
  public long wantedCount() {
    return em.createQuery("select count(t) from TargetMailbox t where t.wanted = true", Long.class)
        .getSingleResult();
  }

  /**
   * Forgets those of these former targets that hold no contact of ours, are not being written and
   * were not left unreachable; returns the others. Contacts are looked up only for these, so a run
   * whose targets stay as they were reads none.
   */
  private List<TargetMailbox> forgetUnlessHolding(List<TargetMailbox> formerTargets) {
    Set<String> holding =
        holdingAny(
            formerTargets.stream()
                .filter(t -> !t.isInProgress())
                .map(TargetMailbox::getUserId)
                .toList());
    List<TargetMailbox> kept = new ArrayList<>();
    for (TargetMailbox t : formerTargets) {
      if (t.isInProgress() || holding.contains(t.getUserId()) || unreachableWithFolder(t)) {
        kept.add(t);
      } else {
        em.remove(t);
      }
    }
    return kept;
  }

  /**
   * A former target CYNC wrote to that could not be reached to be emptied (its owner deleted, its
   * licence gone): kept, so a full reconcile looks again once it is back (see {@link
   * MailboxRecords#finish}).
   */
  private static boolean unreachableWithFolder(TargetMailbox t) {
    return t.getStatus() == TargetMailbox.Status.NO_MAILBOX && t.getFolderId() != null;
  }

  /** Which of these mailboxes hold any contact of ours. */
  private Set<String> holdingAny(List<String> mailboxIds) {
    Set<String> out = new HashSet<>();
    for (int from = 0; from < mailboxIds.size(); from += 500) {
      out.addAll(
          em.createQuery(
                  "select distinct c.mailboxId from MailboxContact c where c.mailboxId in :ids",
                  String.class)
              .setParameter(
                  "ids", mailboxIds.subList(from, Math.min(from + 500, mailboxIds.size())))
              .getResultList());
    }
    return out;
  }

  /** Users whose mailbox Exchange said does not exist (and who have not changed since). */
  public Set<String> withoutMailbox() {
    return new HashSet<>(
        em.createQuery("select t.userId from TargetMailbox t where t.status = :s", String.class)
            .setParameter("s", TargetMailbox.Status.NO_MAILBOX)
            .getResultList());
  }

  public List<TargetMailbox> all() {
    return em.createQuery(
            "select t from TargetMailbox t order by t.displayName, t.userId", TargetMailbox.class)
        .getResultList();
  }

  public TargetMailbox find(String mailboxId) {
    return em.find(TargetMailbox.class, mailboxId);
  }

  /**
   * After the folder mode changed, every mailbox CYNC wrote in the other place needs a visit,
   * though its plan counts no change: its contacts must move (see the mailbox step). Marked as
   * needing a scan, which the plan always visits.
   *
   * @return how many mailboxes were marked
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int markFolderModeChanges(boolean defaultFolder) {
    int n = 0;
    for (TargetMailbox t :
        em.createQuery(
                "select t from TargetMailbox t where t.wanted = true and t.folderId is not null",
                TargetMailbox.class)
            .getResultList()) {
      if (ContactPaths.isDefault(t.getFolderId()) != defaultFolder && !t.isNeedsScan()) {
        t.needsScan(true);
        n++;
      }
    }
    return n;
  }
}
