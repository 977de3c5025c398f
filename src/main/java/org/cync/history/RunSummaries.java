package org.cync.history;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cync.sync.RunEnded;
import org.cync.sync.RunStarted;

/** The run history in Derby ({@link RunSummary}): written at a run's start and end, paged. */
@Stateless
public class RunSummaries {
  @PersistenceContext EntityManager em;

  public void started(RunStarted s, int runNumber) {
    RunSummary row = em.find(RunSummary.class, s.executionId());
    if (row == null) {
      em.persist(new RunSummary(s, runNumber));
    }
  }

  /** Records the end; a run whose start was not recorded gets a row now. */
  public void ended(RunEnded e, long instanceId, boolean dryRun, int runNumber) {
    RunSummary row = em.find(RunSummary.class, e.executionId());
    if (row == null) {
      row =
          new RunSummary(
              new RunStarted(
                  e.executionId(),
                  instanceId,
                  e.trigger(),
                  dryRun,
                  e.started() == null ? e.ended() : e.started()),
              runNumber);
      em.persist(row);
    }
    row.ended(e);
  }

  public void skipped(Instant at, String reason) {
    if (em.find(RunSummary.class, -at.toEpochMilli()) == null) {
      em.persist(RunSummary.skipped(at, reason));
    }
  }

  /** Ends the rows of runs a crash or shutdown left unfinished. */
  public void interrupted(
      Collection<Long> executionIds, String outcome, String status, String exit, Instant at) {
    for (long id : executionIds) {
      RunSummary row = em.find(RunSummary.class, id);
      if (row != null) {
        row.interrupted(outcome, status, exit, at);
      }
    }
  }

  public RunSummary find(long executionId) {
    return em.find(RunSummary.class, executionId);
  }

  /** The rows of these executions, by id (unknown ones left out). */
  public Map<Long, RunSummary> of(Collection<Long> executionIds) {
    if (executionIds.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("select r from RunSummary r where r.executionId in :ids", RunSummary.class)
        .setParameter("ids", executionIds)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(RunSummary::getExecutionId, Function.identity()));
  }

  /** One page of the history, newest first, filtered. */
  public List<RunSummary> page(HistoryQuery q) {
    return where(
            q,
            "select r from RunSummary r",
            " order by r.startedMillis desc, r.executionId desc",
            RunSummary.class)
        .setFirstResult(q.offset())
        .setMaxResults(q.size())
        .getResultList();
  }

  /** How many rows the filter matches. */
  public long count(HistoryQuery q) {
    return where(q, "select count(r) from RunSummary r", "", Long.class).getSingleResult();
  }

  /** The newest ended runs (not skipped firings), newest first. */
  public List<RunSummary> lastEnded(int max) {
    return em.createQuery(
            "select r from RunSummary r where r.endedMillis is not null and r.executionId > 0"
                + " order by r.startedMillis desc",
            RunSummary.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** Whether any run ended with one of these outcomes (for the dashboard's first steps). */
  public boolean anyEnded(String... outcomes) {
    return em.createQuery(
                "select count(r) from RunSummary r where r.outcome in :o and r.executionId > 0",
                Long.class)
            .setParameter("o", List.of(outcomes))
            .getSingleResult()
        > 0;
  }

  private <T> TypedQuery<T> where(HistoryQuery q, String select, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
    if (q.outcome() != null) {
      jpql.append(" and r.outcome = :outcome");
    }
    if (q.from() != null) {
      jpql.append(" and r.startedMillis >= :from");
    }
    if (q.toExclusive() != null) {
      jpql.append(" and r.startedMillis < :to");
    }
    TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
    if (q.outcome() != null) {
      query.setParameter("outcome", q.outcome());
    }
    if (q.from() != null) {
      query.setParameter("from", q.from().toEpochMilli());
    }
    if (q.toExclusive() != null) {
      query.setParameter("to", q.toExclusive().toEpochMilli());
    }
    return query;
  }
}
