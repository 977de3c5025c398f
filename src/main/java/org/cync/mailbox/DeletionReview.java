package org.cync.mailbox;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cync.directory.MirrorRepository;
import org.cync.directory.MirrorUsers;
import org.cync.directory.SourceUser;
import org.cync.settings.SourceOptions;

/**
 * Which contacts the next run deletes, per mailbox and why ({@link DeletionReason}), for the review
 * of a held run. Counted in Derby with grouped queries over the few sources that leave, so a tenant
 * of 10,000 mailboxes is not read contact by contact; the same rule as {@link MailboxPlanner}: a
 * contact goes when its source is no longer wanted, or its mailbox is no longer a target.
 */
@Stateless
public class DeletionReview {
  private static final int CHUNK = 500;

  @PersistenceContext EntityManager em;
  @Inject MirrorRepository mirror;

  public DeletionTally.Figures figures(SourceOptions sources) {
    DeletionTally tally = new DeletionTally();
    Map<String, Long> held = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select c.mailboxId, count(c) from MailboxContact c group by c.mailboxId",
                Object[].class)
            .getResultList()) {
      held.put((String) r[0], ((Number) r[1]).longValue());
    }
    Set<String> wanted = new HashSet<>();
    for (Object[] r :
        em.createQuery(
                "select t.userId, t.displayName, t.wanted from TargetMailbox t", Object[].class)
            .getResultList()) {
      String id = (String) r[0];
      String name = (String) r[1];
      tally.mailbox(id, name);
      if (Boolean.TRUE.equals(r[2])) {
        wanted.add(id);
      } else if (held.getOrDefault(id, 0L) > 0) {
        tally.count(id, DeletionReason.MAILBOX_LEFT_TARGETS, held.get(id));
        tally.person(DeletionReason.MAILBOX_LEFT_TARGETS, name == null ? id : name);
      }
    }
    List<String> gone = gone();
    Map<String, MirrorUsers.Kept> users = mirror.read(gone);
    Map<DeletionReason, List<String>> byReason = new EnumMap<>(DeletionReason.class);
    for (String id : gone) {
      MirrorUsers.Kept k = users.get(id);
      DeletionReason reason = DeletionReason.of(true, k == null ? null : k.user(), sources);
      byReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(id);
    }
    byReason.forEach(
        (reason, ids) -> {
          for (List<String> chunk : chunks(ids)) {
            countPerMailbox(tally, reason, chunk, wanted, users);
          }
        });
    return tally.figures();
  }

  /** The sources CYNC holds contacts of but no longer wants. */
  private List<String> gone() {
    Set<String> desired =
        new HashSet<>(
            em.createQuery("select d.sourceId from DesiredContactEntry d", String.class)
                .getResultList());
    List<String> gone = new ArrayList<>();
    for (String id :
        em.createQuery("select distinct c.sourceId from MailboxContact c", String.class)
            .getResultList()) {
      if (!desired.contains(id)) {
        gone.add(id);
      }
    }
    return gone;
  }

  private void countPerMailbox(
      DeletionTally tally,
      DeletionReason reason,
      List<String> ids,
      Set<String> wanted,
      Map<String, MirrorUsers.Kept> users) {
    for (Object[] r :
        em.createQuery(
                "select c.mailboxId, count(c) from MailboxContact c where c.sourceId in :ids"
                    + " group by c.mailboxId",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      if (wanted.contains((String) r[0])) {
        tally.count((String) r[0], reason, ((Number) r[1]).longValue());
      }
    }
    for (String id :
        em.createQuery(
                "select distinct c.sourceId from MailboxContact c, TargetMailbox t"
                    + " where t.userId = c.mailboxId and t.wanted = true and c.sourceId in :ids",
                String.class)
            .setParameter("ids", ids)
            .getResultList()) {
      tally.person(reason, nameOf(id, users.get(id)));
    }
  }

  /** The name the mirror has, else (a deleted user, forgotten by the mirror) the object ID. */
  static String nameOf(String id, MirrorUsers.Kept kept) {
    SourceUser u = kept == null ? null : kept.user();
    if (u == null || u.displayName() == null || u.displayName().isBlank()) {
      return "object ID " + id;
    }
    return u.mail() == null ? u.displayName() : u.displayName() + " <" + u.mail() + ">";
  }

  private static List<List<String>> chunks(List<String> ids) {
    List<List<String>> out = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      out.add(ids.subList(from, Math.min(from + CHUNK, ids.size())));
    }
    return out;
  }
}
