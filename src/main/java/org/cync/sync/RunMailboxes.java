package org.cync.sync;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.cync.mailbox.MailboxPlan;

/** Per-run, per-mailbox plan and results in Derby. */
@Stateless
public class RunMailboxes {
  @PersistenceContext EntityManager em;

  /** The plan of a run (again after a restart: planned counts are replaced, results kept). */
  public void planned(long instanceId, List<MailboxPlan> plans) {
    for (MailboxPlan p : plans) {
      row(instanceId, p.mailboxId())
          .planned(p.displayName(), p.creates(), p.updates(), p.deletes());
    }
  }

  /** What one chunk wrote; in the chunk's transaction, so counts match what is recorded. */
  public void add(
      long instanceId, String mailboxId, long creates, long updates, long deletes, long failed) {
    row(instanceId, mailboxId).add(creates, updates, deletes, failed);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void outcome(long instanceId, String mailboxId, String outcome, String message) {
    row(instanceId, mailboxId).outcome(outcome, message);
  }

  public List<RunMailbox> of(long instanceId) {
    return em.createQuery(
            "select r from RunMailbox r where r.instanceId = :i order by r.displayName, r.mailboxId",
            RunMailbox.class)
        .setParameter("i", instanceId)
        .getResultList();
  }

  private RunMailbox row(long instanceId, String mailboxId) {
    RunMailbox r = em.find(RunMailbox.class, RunMailbox.key(instanceId, mailboxId));
    if (r == null) {
      r = new RunMailbox(instanceId, mailboxId);
      em.persist(r);
    }
    return r;
  }
}
