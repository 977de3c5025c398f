package org.cync.sync;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.cync.mailbox.MailboxPlan;

/** Per-run (job execution), per-mailbox plan and results in Derby. */
@Stateless
public class RunMailboxes {
  @PersistenceContext EntityManager em;

  /** The plan of a run's execution (a restart plans again what is left, in rows of its own). */
  public void planned(long executionId, long instanceId, List<MailboxPlan> plans) {
    for (MailboxPlan p : plans) {
      row(executionId, instanceId, p.mailboxId())
          .planned(p.displayName(), p.creates(), p.updates(), p.deletes());
    }
  }

  /** What one chunk wrote; in the chunk's transaction, so counts match what is recorded. */
  public void add(
      long executionId,
      long instanceId,
      String mailboxId,
      long creates,
      long updates,
      long deletes,
      long failed) {
    row(executionId, instanceId, mailboxId).add(creates, updates, deletes, failed);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void outcome(
      long executionId, long instanceId, String mailboxId, String outcome, String message) {
    row(executionId, instanceId, mailboxId).outcome(outcome, message);
  }

  /** The outcome of a failed mailbox with Graph's code and the failing answer's trace. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(
      long executionId,
      long instanceId,
      String mailboxId,
      String outcome,
      String message,
      String code,
      org.cync.graphbatch.GraphTrace trace) {
    row(executionId, instanceId, mailboxId).outcome(outcome, message, code, trace);
  }

  /**
   * The rows of one execution; for an execution of an older CYNC (which kept rows per instance),
   * its instance's rows.
   */
  public List<RunMailbox> of(long executionId, long instanceId) {
    List<RunMailbox> rows =
        em.createQuery(
                "select r from RunMailbox r where r.executionId = :e"
                    + " order by r.displayName, r.mailboxId",
                RunMailbox.class)
            .setParameter("e", executionId)
            .getResultList();
    if (!rows.isEmpty()) {
      return rows;
    }
    return em.createQuery(
            "select r from RunMailbox r where r.executionId = 0 and r.instanceId = :i"
                + " order by r.displayName, r.mailboxId",
            RunMailbox.class)
        .setParameter("i", instanceId)
        .getResultList();
  }

  private RunMailbox row(long executionId, long instanceId, String mailboxId) {
    RunMailbox r = em.find(RunMailbox.class, RunMailbox.key(executionId, mailboxId));
    if (r == null) {
      r = new RunMailbox(executionId, instanceId, mailboxId);
      em.persist(r);
    }
    return r;
  }
}
