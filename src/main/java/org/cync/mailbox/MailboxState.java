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
import org.cync.contacts.Wanted;
import org.cync.directory.SourceUser;
import org.cync.graphbatch.ContactPaths;

/**
 * What CYNC knows of every mailbox it writes to: targets, folders, the contacts it holds there, and
 * the counts a plan is made of. Markers that must survive a crash of the write that follows ({@link
 * #begin}, {@link #folder}) commit at once; recording what a chunk wrote joins the chunk's
 * transaction.
 */
@Stateless
public class MailboxState {
  /** Graph's answers for a user whose mailbox cannot be written at all. */
  public static final Set<String> NO_MAILBOX_CODES =
      Set.of("MailboxNotEnabledForRESTAPI", "ErrorInvalidUser");

  /**
   * Sources with unwanted or outdated contacts up to which a plan reads those contacts one by one
   * (each source costs a comparison per contact in Derby's scan) rather than join every contact.
   */
  private static final int FEW_SOURCES = 20;

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
   * Forgets those of these former targets that hold no contact of ours and are not being written;
   * returns the others. Contacts are looked up only for these, so a run whose targets stay as they
   * were reads none.
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
      if (t.isInProgress() || holding.contains(t.getUserId())) {
        kept.add(t);
      } else {
        em.remove(t);
      }
    }
    return kept;
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

  /**
   * The plan of every mailbox with something to do, from a few aggregate queries whatever the size
   * of the tenant. With {@code everyTarget} (a full reconcile) every target is listed, those
   * without a mailbox too, so they are tried again.
   */
  public List<MailboxPlan> plan(boolean everyTarget) {
    return plan(everyTarget, heldPerMailbox());
  }

  /**
   * The same, with the contacts held per mailbox ({@link #heldPerMailbox}) the caller has already
   * read for its own use (the deletion guard's total): one scan of every contact less.
   */
  public List<MailboxPlan> plan(boolean everyTarget, Map<String, Long> held) {
    Map<String, String[]> versions = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select d.sourceId, d.fingerprint, d.photoTag from DesiredContactEntry d",
                Object[].class)
            .getResultList()) {
      versions.put((String) r[0], new String[] {(String) r[1], (String) r[2]});
    }
    long desired = versions.size();
    Map<String, Long> matched = new HashMap<>();
    Map<String, Long> stale = new HashMap<>();
    if (!countFewOffVersion(versions, held, matched, stale)) {
      countByJoin(matched, stale);
    }
    List<MailboxPlan> plans = new ArrayList<>();
    for (TargetMailbox t :
        em.createQuery("select t from TargetMailbox t order by t.userId", TargetMailbox.class)
            .getResultList()) {
      String id = t.getUserId();
      long h = held.getOrDefault(id, 0L);
      long m = matched.getOrDefault(id, 0L);
      boolean attention = t.isInProgress() || t.isNeedsScan();
      MailboxPlan p;
      if (!t.isWanted()) {
        p = new MailboxPlan(id, t.getDisplayName(), false, 0, 0, h, h, attention);
      } else if (t.getStatus() == TargetMailbox.Status.NO_MAILBOX && !everyTarget) {
        continue;
      } else {
        p =
            new MailboxPlan(
                id,
                t.getDisplayName(),
                true,
                desired - m,
                stale.getOrDefault(id, 0L),
                h - m,
                h,
                attention || everyTarget);
      }
      if (p.hasWork()) {
        plans.add(p);
      }
    }
    return plans;
  }

  /**
   * Contacts still wanted ({@code matched}) and those of them at another version ({@code stale}),
   * per mailbox, without joining every contact to its desired version: the contacts are grouped by
   * source and version (a row or two per source), and only the contacts of the few sources found
   * unwanted or at another version are then read with their mailbox. False when those sources are
   * too many for that ({@link #countByJoin} is cheaper then).
   */
  private boolean countFewOffVersion(
      Map<String, String[]> versions,
      Map<String, Long> held,
      Map<String, Long> matched,
      Map<String, Long> stale) {
    Set<String> off = new HashSet<>();
    for (Object[] r :
        em.createQuery(
                "select c.sourceId, c.fingerprint, c.photoTag from MailboxContact c"
                    + " group by c.sourceId, c.fingerprint, c.photoTag",
                Object[].class)
            .getResultList()) {
      if (!current(versions.get((String) r[0]), (String) r[1], (String) r[2])) {
        off.add((String) r[0]);
      }
    }
    if (off.size() > FEW_SOURCES) {
      return false;
    }
    matched.putAll(held);
    if (!off.isEmpty()) {
      for (Object[] r :
          em.createQuery(
                  "select c.mailboxId, c.sourceId, c.fingerprint, c.photoTag from MailboxContact c"
                      + " where c.sourceId in :ids",
                  Object[].class)
              .setParameter("ids", List.copyOf(off))
              .getResultList()) {
        String[] wanted = versions.get((String) r[1]);
        if (wanted == null) {
          matched.merge((String) r[0], -1L, Long::sum);
        } else if (!current(wanted, (String) r[2], (String) r[3])) {
          stale.merge((String) r[0], 1L, Long::sum);
        }
      }
    }
    return true;
  }

  /**
   * Whether a contact held at this version is the desired one ({@code {fingerprint, photoTag}},
   * null when its source is not wanted): of the card, and of the photo when photos are on.
   */
  private static boolean current(String[] wanted, String fingerprint, String photoTag) {
    return wanted != null
        && fingerprint != null
        && fingerprint.equals(wanted[0])
        && (wanted[1] == null || wanted[1].equals(photoTag == null ? Wanted.NO_PHOTO : photoTag));
  }

  /** The same counts in one pass over the join of every contact with its desired version. */
  private void countByJoin(Map<String, Long> matched, Map<String, Long> stale) {
    // '-' is Wanted.NO_PHOTO.
    for (Object[] r :
        em.createQuery(
                "select c.mailboxId, count(c), sum(case when c.fingerprint = d.fingerprint"
                    + " and (d.photoTag is null or coalesce(c.photoTag, '-') = d.photoTag)"
                    + " then 0 else 1 end) from MailboxContact c, DesiredContactEntry d"
                    + " where c.sourceId = d.sourceId group by c.mailboxId",
                Object[].class)
            .getResultList()) {
      matched.put((String) r[0], ((Number) r[1]).longValue());
      stale.put((String) r[0], r[2] == null ? 0 : ((Number) r[2]).longValue());
    }
  }

  /** Contacts held per mailbox (mailboxes holding none are absent). */
  public Map<String, Long> heldPerMailbox() {
    return grouped("select c.mailboxId, count(c) from MailboxContact c group by c.mailboxId");
  }

  private Map<String, Long> grouped(String jpql) {
    Map<String, Long> out = new HashMap<>();
    for (Object[] r : em.createQuery(jpql, Object[].class).getResultList()) {
      out.put((String) r[0], ((Number) r[1]).longValue());
    }
    return out;
  }

  public List<TargetMailbox> all() {
    return em.createQuery(
            "select t from TargetMailbox t order by t.displayName, t.userId", TargetMailbox.class)
        .getResultList();
  }

  public TargetMailbox find(String mailboxId) {
    return em.find(TargetMailbox.class, mailboxId);
  }

  /** What CYNC holds in the mailbox. */
  public List<MailboxDiff.Held> held(String mailboxId) {
    List<MailboxDiff.Held> out = new ArrayList<>();
    for (Object[] r :
        em.createQuery(
                "select c.sourceId, c.contactId, c.fingerprint, c.photoTag from MailboxContact c"
                    + " where c.mailboxId = :m",
                Object[].class)
            .setParameter("m", mailboxId)
            .getResultList()) {
      out.add(new MailboxDiff.Held((String) r[0], (String) r[1], (String) r[2], (String) r[3]));
    }
    return out;
  }

  /** Writing starts: until {@link #finish}, a crash means some writes may be unrecorded. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void begin(String mailboxId) {
    find(mailboxId).inProgress(true);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void folder(String mailboxId, String folderId, String folderName) {
    find(mailboxId).folder(folderId, folderName);
  }

  /**
   * The mailbox is done for this run. Only a mailbox that ended well is no longer in progress: one
   * that failed may hold writes that were never recorded, so its next attempt scans first. A
   * mailbox that is no longer a target and cannot be written at all (no Exchange Online any more)
   * is forgotten with its contacts: they cannot be removed, and would count against the deletion
   * guard at every run.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void finish(
      String mailboxId, TargetMailbox.Status status, String message, String noMailboxFp) {
    TargetMailbox t = find(mailboxId);
    t.status(status, message, noMailboxFp);
    if (status == TargetMailbox.Status.OK) {
      t.inProgress(false);
      if (!t.isWanted() && countHeld(mailboxId) == 0) {
        em.remove(t);
      }
    } else if (status == TargetMailbox.Status.NO_MAILBOX && !t.isWanted()) {
      em.createQuery("delete from MailboxContact c where c.mailboxId = :m")
          .setParameter("m", mailboxId)
          .executeUpdate();
      em.remove(t);
    }
  }

  private long countHeld(String mailboxId) {
    return em.createQuery(
            "select count(c) from MailboxContact c where c.mailboxId = :m", Long.class)
        .setParameter("m", mailboxId)
        .getSingleResult();
  }

  /** A create's answer was lost: the mailbox must be scanned for a duplicate (chunk's tx). */
  public void needsScan(String mailboxId) {
    find(mailboxId).needsScan(true);
  }

  /** Records a contact CYNC just created: the diff found none, so no lookup is needed. */
  public void created(String mailboxId, String sourceId, String contactId, String fingerprint) {
    em.persist(new MailboxContact(mailboxId, sourceId, contactId, fingerprint));
  }

  /** Records a contact CYNC adopted or updated (chunk's transaction). */
  public void written(String mailboxId, String sourceId, String contactId, String fingerprint) {
    MailboxContact c = em.find(MailboxContact.class, MailboxContact.key(mailboxId, sourceId));
    if (c == null) {
      em.persist(new MailboxContact(mailboxId, sourceId, contactId, fingerprint));
    } else {
      c.written(contactId, fingerprint);
    }
  }

  /** Records the photo CYNC just put on a contact (chunk's transaction). */
  public void photo(String mailboxId, String sourceId, String photoTag) {
    MailboxContact c = em.find(MailboxContact.class, MailboxContact.key(mailboxId, sourceId));
    if (c != null) {
      c.photo(photoTag);
    }
  }

  /** The contact is no longer in the mailbox (deleted by CYNC, or found gone). */
  public void gone(String mailboxId, String sourceId) {
    MailboxContact c = em.find(MailboxContact.class, MailboxContact.key(mailboxId, sourceId));
    if (c != null) {
      em.remove(c);
    }
  }

  /** The folder vanished (deleted by the user): so did every contact in it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void folderLost(String mailboxId) {
    em.createQuery("delete from MailboxContact c where c.mailboxId = :m")
        .setParameter("m", mailboxId)
        .executeUpdate();
    find(mailboxId).folder(null, null);
  }

  /**
   * What a scan found: contacts recorded again (version unknown), and ones found gone. The record
   * now agrees with the folder, so no scan is due any more (until the next lost answer).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void applyScan(String mailboxId, Map<String, String> record, Set<String> forget) {
    record.forEach((source, contact) -> written(mailboxId, source, contact, null));
    forget.forEach(source -> gone(mailboxId, source));
    find(mailboxId).needsScan(false);
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
