package org.cync.directory;

import com.google.gson.Gson;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Reads and writes the directory mirror (every user as last read) and the delta link in Derby. An
 * EJB: the batch steps, the API and tests call it from threads where a CDI bean's persistence
 * context can be closed under it (seen after another EJB call on the same thread).
 */
@Stateless
public class MirrorRepository {
  private static final Gson GSON = new Gson();
  @PersistenceContext EntityManager em;

  /** Stores the user as read, in the caller's transaction (the chunk's). */
  public void save(SourceUser user, long execution, long round) {
    String json = GSON.toJson(user);
    em.merge(new MirrorEntry(user, json, DigestUtils.sha256Hex(json), execution, round));
  }

  /** {@link #save} for each user, in order, in one call (the caller's transaction). */
  public void saveAll(List<SourceUser> users, long execution, long round) {
    for (SourceUser user : users) {
      save(user, execution, round);
    }
  }

  public long size() {
    return em.createQuery("select count(s) from MirrorEntry s", Long.class).getSingleResult();
  }

  /** Every user of the mirror, by object ID. */
  public Map<String, SourceUser> users() {
    Map<String, SourceUser> users = new LinkedHashMap<>();
    for (String json :
        em.createQuery("select s.userJson from MirrorEntry s order by s.sourceId", String.class)
            .getResultList()) {
      SourceUser u = GSON.fromJson(json, SourceUser.class);
      users.put(u.id(), u);
    }
    return users;
  }

  /** Every user of the mirror with the fingerprint of what was read. */
  public Map<String, MirrorUsers.Kept> readAll() {
    return kept(
        em.createQuery(
                "select s.sourceId, s.fingerprint, s.userJson from MirrorEntry s", Object[].class)
            .getResultList());
  }

  /** The users of the mirror with these IDs (those it holds), as {@link #readAll}. */
  public Map<String, MirrorUsers.Kept> read(Collection<String> ids) {
    List<String> list = new ArrayList<>(ids);
    Map<String, MirrorUsers.Kept> out = new HashMap<>();
    for (int from = 0; from < list.size(); from += 500) {
      out.putAll(
          kept(
              em.createQuery(
                      "select s.sourceId, s.fingerprint, s.userJson from MirrorEntry s"
                          + " where s.sourceId in :ids",
                      Object[].class)
                  .setParameter("ids", list.subList(from, Math.min(from + 500, list.size())))
                  .getResultList()));
    }
    return out;
  }

  private static Map<String, MirrorUsers.Kept> kept(List<Object[]> rows) {
    Map<String, MirrorUsers.Kept> out = new HashMap<>();
    for (Object[] r : rows) {
      out.put(
          (String) r[0],
          new MirrorUsers.Kept((String) r[1], GSON.fromJson((String) r[2], SourceUser.class)));
    }
    return out;
  }

  /** Each user's fingerprint: it changes whenever anything read about the user changes. */
  public Map<String, String> fingerprints() {
    return em
        .createQuery("select s.sourceId, s.fingerprint from MirrorEntry s", Object[].class)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
  }

  /** The user's fingerprint, or null when the user is not in the mirror. */
  public String fingerprintOf(String id) {
    MirrorEntry e = em.find(MirrorEntry.class, id);
    return e == null ? null : e.getFingerprint();
  }

  /** How many entries each job execution wrote last. */
  public Map<Long, Long> countByExecution() {
    return em
        .createQuery(
            "select s.writtenByExecution, count(s) from MirrorEntry s group by s.writtenByExecution",
            Object[].class)
        .getResultList()
        .stream()
        .collect(
            Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
  }

  public void remove(String sourceId) {
    MirrorEntry e = em.find(MirrorEntry.class, sourceId);
    if (e != null) {
      em.remove(e);
    }
  }

  /** After a full round: removes the users that round did not see; returns how many. */
  public int removeNotSeenIn(long round) {
    return em.createQuery("delete from MirrorEntry s where s.seenInRound <> :round")
        .setParameter("round", round)
        .executeUpdate();
  }

  /** The saved {@code /users/delta} link, or null before the first complete round. */
  public String deltaLink() {
    DirectoryState s = em.find(DirectoryState.class, DirectoryState.SINGLETON_ID);
    return s == null ? null : s.deltaLink();
  }

  /** Which directory the mirror and its delta link belong to, or null when not known. */
  public String mirrorOf() {
    DirectoryState s = em.find(DirectoryState.class, DirectoryState.SINGLETON_ID);
    return s == null ? null : s.mirrorOf();
  }

  public void saveDeltaLink(String link, String mirrorOf) {
    DirectoryState s = em.find(DirectoryState.class, DirectoryState.SINGLETON_ID);
    if (s == null) {
      s = new DirectoryState(link);
      em.persist(s);
    } else {
      s.deltaLink(link);
    }
    s.mirrorOf(mirrorOf);
  }
}
