package org.cync.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and writes the directory snapshot in Derby. The summary queries read uncommitted data
 * ({@code WITH UR}): a dashboard must not wait behind the row locks of a sync that is writing the
 * snapshot.
 */
@ApplicationScoped
public class SnapshotRepository {
  @PersistenceContext EntityManager em;

  public void save(SnapshotEntry entry) {
    em.merge(entry);
  }

  public long size() {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM DIRECTORY_SNAPSHOT WITH UR")
                .getSingleResult())
        .longValue();
  }

  /** How many entries each job execution wrote last. */
  public Map<Long, Long> countByExecution() {
    @SuppressWarnings("unchecked")
    java.util.List<Object[]> rows =
        em.createNativeQuery(
                "SELECT WRITTENBYEXECUTION, COUNT(*) FROM DIRECTORY_SNAPSHOT"
                    + " GROUP BY WRITTENBYEXECUTION WITH UR")
            .getResultList();
    return rows.stream()
        .collect(
            Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
  }
}
