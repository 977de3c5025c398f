package org.cync.mailbox;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the mailbox step records of one mailbox while it writes there: its folder, the contacts CYNC
 * holds in it, and whether a scan is due. Markers that must survive a crash of the write that
 * follows ({@link #begin}, {@link #folder}) commit at once; recording what a chunk wrote joins the
 * chunk's transaction.
 */
@Stateless
public class MailboxRecords {
  /** Graph's answers for a user whose mailbox cannot be written at all. */
  public static final Set<String> NO_MAILBOX_CODES =
      Set.of("MailboxNotEnabledForRESTAPI", "ErrorInvalidUser");

  @PersistenceContext EntityManager em;
  java.time.Clock clock = java.time.Clock.systemUTC();

  private TargetMailbox find(String mailboxId) {
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
   * mailbox that is no longer a target and cannot be written at all (no Exchange Online any more,
   * its owner deleted) forgets its contacts: they cannot be removed now, and would count against
   * the deletion guard at every run. The mailbox itself (with its folder) is kept, so that a full
   * reconcile looks again: an owner restored within Entra ID's 30 days gets the mailbox back with
   * our contacts in it.
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

  /** Records what one chunk applied, in order (the chunk's transaction). */
  public void apply(String mailboxId, ChunkRecords chunk) {
    for (ChunkRecords.Entry e : chunk.entries()) {
      switch (e.kind()) {
        case CREATED -> created(mailboxId, e.sourceId(), e.contactId(), e.value());
        case WRITTEN -> written(mailboxId, e.sourceId(), e.contactId(), e.value());
        case PHOTO -> photo(mailboxId, e.sourceId(), e.value());
        case GONE -> gone(mailboxId, e.sourceId());
      }
    }
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
    TargetMailbox t = find(mailboxId);
    t.folder(null, null);
    t.confirmed(clock.instant()); // seen gone: nothing of ours is held there now
  }

  /**
   * What a scan found: contacts recorded again (version unknown), and ones found gone. The record
   * now agrees with the folder, so no scan is due any more (until the next lost answer).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void applyScan(String mailboxId, Map<String, String> record, Set<String> forget) {
    record.forEach((source, contact) -> written(mailboxId, source, contact, null));
    forget.forEach(source -> gone(mailboxId, source));
    TargetMailbox t = find(mailboxId);
    t.needsScan(false);
    t.confirmed(clock.instant());
  }
}
