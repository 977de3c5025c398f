package org.cync.sync;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
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

  /** Whether a run's rows are those of an older CYNC, kept per instance (execution 0). */
  public boolean legacy(long executionId, long instanceId) {
    return em.createQuery("select count(r) from RunMailbox r where r.executionId = :e", Long.class)
            .setParameter("e", executionId)
            .getSingleResult()
        == 0;
  }

  /** One page of a run's rows, sorted and filtered in the database. */
  public List<RunMailbox> page(RunMailboxQuery q, int first, int max) {
    jakarta.persistence.TypedQuery<RunMailbox> query =
        em.createQuery(q.select(), RunMailbox.class)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(max, 1000)));
    q.parameters().forEach(query::setParameter);
    return query.getResultList();
  }

  public long count(RunMailboxQuery q) {
    jakarta.persistence.TypedQuery<Long> query = em.createQuery(q.count(), Long.class);
    q.parameters().forEach(query::setParameter);
    return query.getSingleResult();
  }

  /** Failed mailboxes of a run per error code (null: a failure without one), most first. */
  public Map<String, Long> failuresByCode(RunMailboxQuery run) {
    RunMailboxQuery failed =
        new RunMailboxQuery(
            run.executionId(),
            run.instanceId(),
            run.legacy(),
            Map.of("outcome", "FAILED"),
            null,
            true);
    String jpql =
        failed.count().replace("select count(r)", "select r.errorCode, count(r)")
            + " group by r.errorCode";
    jakarta.persistence.TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
    failed.parameters().forEach(query::setParameter);
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    query.getResultList().stream()
        .sorted((a, b) -> Long.compare(((Number) b[1]).longValue(), ((Number) a[1]).longValue()))
        .forEach(r -> out.put((String) r[0], ((Number) r[1]).longValue()));
    return out;
  }

  /** The contacts a run planned to delete, and in how many mailboxes. */
  public record PlannedDeletes(long contacts, long mailboxes) {}

  /** What one execution planned to delete (for a held run), in one aggregate query. */
  public PlannedDeletes plannedDeletes(long executionId) {
    Object[] r =
        em.createQuery(
                "select sum(r.plannedDeletes), count(r) from RunMailbox r"
                    + " where r.executionId = :e and r.plannedDeletes > 0",
                Object[].class)
            .setParameter("e", executionId)
            .getSingleResult();
    return new PlannedDeletes(number(r[0]), number(r[1]));
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
