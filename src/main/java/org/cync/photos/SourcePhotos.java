package org.cync.photos;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/** The downloaded photos in Derby. An EJB: each call is its own transaction. */
@Stateless
public class SourcePhotos {
  /** The largest photo kept: Exchange refuses a contact photo over 4 MB. */
  public static final int MAX_BYTES = SourcePhoto.MAX_BYTES;

  @PersistenceContext EntityManager em;

  /** User ID → the media etag of the photo held. */
  public Map<String, String> etags() {
    Map<String, String> out = new HashMap<>();
    for (Object[] r :
        em.createQuery("select p.userId, p.etag from SourcePhoto p", Object[].class)
            .getResultList()) {
      out.put((String) r[0], (String) r[1]);
    }
    return out;
  }

  public void save(String userId, String etag, byte[] jpeg) {
    SourcePhoto p = em.find(SourcePhoto.class, userId);
    if (p == null) {
      em.persist(new SourcePhoto(userId, etag, jpeg));
    } else {
      p.replace(etag, jpeg);
    }
  }

  /** Forgets the photos of these users (they have none any more, or are no contacts). */
  public int remove(Collection<String> userIds) {
    int n = 0;
    for (String id : new HashSet<>(userIds)) {
      SourcePhoto p = em.find(SourcePhoto.class, id);
      if (p != null) {
        em.remove(p);
        n++;
      }
    }
    return n;
  }

  /** The photo held for the user, if its etag is still {@code etag}; else null. */
  public byte[] jpeg(String userId, String etag) {
    return em.createQuery(
            "select p.jpeg from SourcePhoto p where p.userId = :u and p.etag = :e", byte[].class)
        .setParameter("u", userId)
        .setParameter("e", etag)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
