package org.cync.contacts;

import com.google.gson.Gson;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The desired contacts in Derby: replaced as a whole by each run's computation (only rows that
 * changed are written), read by the mailbox step a page at a time. An EJB: each call is its own
 * transaction unless the caller's (a chunk's) is under way.
 */
@Stateless
public class DesiredContacts {
  private static final Gson GSON = new Gson();
  @PersistenceContext EntityManager em;

  /** How many contacts were added, changed and removed by {@link #replaceAll}. */
  public record Changes(int added, int changed, int removed) {}

  /** A desired contact with the version it replaced (null when it never changed). */
  public record Versions(ContactCard card, ContactCard previous, String previousFingerprint) {}

  public Changes replaceAll(Map<String, ContactCard> cards) {
    Map<String, String> held = fingerprints();
    int added = 0;
    int changed = 0;
    for (ContactCard card : cards.values()) {
      String old = held.get(card.sourceId());
      if (old == null) {
        em.persist(new DesiredContactEntry(card, GSON.toJson(card)));
        added++;
      } else if (!old.equals(card.fingerprint())) {
        em.find(DesiredContactEntry.class, card.sourceId()).change(card, GSON.toJson(card));
        changed++;
      }
    }
    Set<String> gone = new HashSet<>(held.keySet());
    gone.removeAll(cards.keySet());
    for (String id : gone) {
      em.remove(em.find(DesiredContactEntry.class, id));
    }
    return new Changes(added, changed, gone.size());
  }

  /** Source ID → the version (card and photo) of every desired contact. */
  public Map<String, Wanted> wanted() {
    Map<String, Wanted> out = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select d.sourceId, d.fingerprint, d.photoTag from DesiredContactEntry d",
                Object[].class)
            .getResultList()) {
      out.put((String) r[0], new Wanted((String) r[1], (String) r[2]));
    }
    return out;
  }

  /** Source ID → photo tag, of the desired contacts whose tag is set. */
  public Map<String, String> photoTags() {
    Map<String, String> out = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select d.sourceId, d.photoTag from DesiredContactEntry d"
                    + " where d.photoTag is not null",
                Object[].class)
            .getResultList()) {
      out.put((String) r[0], (String) r[1]);
    }
    return out;
  }

  /**
   * Sets the photo tags: {@code tags} maps source IDs to their tag (null: photos off); contacts not
   * named keep theirs. Only rows whose tag differs are written.
   *
   * @return how many changed
   */
  public int photoTags(Map<String, String> tags) {
    Map<String, String> held = photoTags();
    int changed = 0;
    for (Map.Entry<String, String> e : tags.entrySet()) {
      if (!java.util.Objects.equals(held.get(e.getKey()), e.getValue())) {
        changed +=
            em.createQuery(
                    "update DesiredContactEntry d set d.photoTag = :t where d.sourceId = :id")
                .setParameter("t", e.getValue())
                .setParameter("id", e.getKey())
                .executeUpdate();
      }
    }
    return changed;
  }

  /** Photos are off: no contact wants one any more (nor wants one removed). */
  public int clearPhotoTags() {
    return em.createQuery(
            "update DesiredContactEntry d set d.photoTag = null where d.photoTag is not null")
        .executeUpdate();
  }

  /** Source ID → fingerprint of every desired contact. */
  public Map<String, String> fingerprints() {
    Map<String, String> out = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select d.sourceId, d.fingerprint from DesiredContactEntry d", Object[].class)
            .getResultList()) {
      out.put((String) r[0], (String) r[1]);
    }
    return out;
  }

  public long size() {
    return em.createQuery("select count(d) from DesiredContactEntry d", Long.class)
        .getSingleResult();
  }

  /**
   * The cards (and their previous versions) of these source users; missing ones are absent. Read as
   * plain columns, not entities: the mailbox step asks for a page of 100 in every chunk, and
   * managed entities would join the chunk's persistence context, to be compared field by field when
   * it commits.
   */
  public Map<String, Versions> versions(Collection<String> sourceIds) {
    Map<String, Versions> out = new HashMap<>();
    List<String> ids = new ArrayList<>(sourceIds);
    for (int from = 0; from < ids.size(); from += 500) {
      for (Object[] r :
          em.createQuery(
                  "select d.sourceId, d.cardJson, d.previousCardJson, d.previousFingerprint"
                      + " from DesiredContactEntry d where d.sourceId in :ids",
                  Object[].class)
              .setParameter("ids", ids.subList(from, Math.min(from + 500, ids.size())))
              .getResultList()) {
        out.put(
            (String) r[0],
            new Versions(
                GSON.fromJson((String) r[1], ContactCard.class),
                r[2] == null ? null : GSON.fromJson((String) r[2], ContactCard.class),
                (String) r[3]));
      }
    }
    return out;
  }
}
