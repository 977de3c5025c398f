package org.cync.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads and writes the directory snapshot in Derby. */
@ApplicationScoped
public class SnapshotRepository {
  @PersistenceContext EntityManager em;

  public void save(SnapshotEntry entry) {
    em.merge(entry);
  }

  public long size() {
    return em.createQuery("select count(s) from SnapshotEntry s", Long.class).getSingleResult();
  }

  /** How many entries each job execution wrote last. */
  public Map<Long, Long> countByExecution() {
    return em
        .createQuery(
            "select s.writtenByExecution, count(s) from SnapshotEntry s group by s.writtenByExecution",
            Object[].class)
        .getResultList()
        .stream()
        .collect(
            Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
  }
}
