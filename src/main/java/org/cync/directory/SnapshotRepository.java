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

  public void remove(String sourceId) {
    SnapshotEntry e = em.find(SnapshotEntry.class, sourceId);
    if (e != null) {
      em.remove(e);
    }
  }

  /** After a full round: removes the users that round did not see; returns how many. */
  public int removeNotSeenIn(long round) {
    return em.createQuery("delete from SnapshotEntry s where s.seenInRound <> :round")
        .setParameter("round", round)
        .executeUpdate();
  }

  /** The saved {@code /users/delta} link, or null before the first complete round. */
  public String deltaLink() {
    DirectoryState s = em.find(DirectoryState.class, DirectoryState.SINGLETON_ID);
    return s == null ? null : s.deltaLink();
  }

  public void saveDeltaLink(String link) {
    DirectoryState s = em.find(DirectoryState.class, DirectoryState.SINGLETON_ID);
    if (s == null) {
      em.persist(new DirectoryState(link));
    } else {
      s.deltaLink(link);
    }
  }
}
