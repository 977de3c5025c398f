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

  /** A run's mailboxes and writes, counted in the database (for live progress). */
  public record Totals(long mailboxes, long mailboxesDone, long writesDone, long writesPlanned) {}

  /** The totals of one execution's rows, in one aggregate query (no row is loaded). */
  public Totals totals(long executionId) {
    Object[] r =
        em.createQuery(
                "select count(r), sum(case when r.outcome = 'PLANNED' then 0 else 1 end),"
                    + " sum(r.created + r.updated + r.deleted),"
                    + " sum(r.plannedCreates + r.plannedUpdates + r.plannedDeletes)"
                    + " from RunMailbox r where r.executionId = :e",
                Object[].class)
            .setParameter("e", executionId)
            .getSingleResult();
    return new Totals(number(r[0]), number(r[1]), number(r[2]), number(r[3]));
  }

  private static long number(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
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
