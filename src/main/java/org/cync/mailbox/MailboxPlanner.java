package org.cync.mailbox;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cync.contacts.Wanted;

/**
 * The plan of a run: per mailbox, how many contacts to create, update and delete, counted in Derby
 * with a few aggregate queries whatever the size of the tenant. Read-only and the costliest query
 * of a run, so it stands apart from what the steps write.
 */
@Stateless
public class MailboxPlanner {
  /**
   * Sources with unwanted or outdated contacts up to which a plan reads those contacts one by one
   * (each source costs a comparison per contact in Derby's scan) rather than join every contact.
   */
  private static final int FEW_SOURCES = 20;

  @PersistenceContext EntityManager em;

  /**
   * The plan of every mailbox with something to do, from a few aggregate queries whatever the size
   * of the tenant. With {@code everyTarget} (a full reconcile) every target is listed, those
   * without a mailbox too, so they are tried again.
   */
  public List<MailboxPlan> plan(boolean everyTarget) {
    return plan(everyTarget, heldPerMailbox());
  }

  /**
   * The same, with the contacts held per mailbox ({@link #heldPerMailbox}) the caller has already
   * read for its own use (the deletion guard's total): one scan of every contact less.
   */
  public List<MailboxPlan> plan(boolean everyTarget, Map<String, Long> held) {
    Map<String, String[]> versions = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select d.sourceId, d.fingerprint, d.photoTag from DesiredContactEntry d",
                Object[].class)
            .getResultList()) {
      versions.put((String) r[0], new String[] {(String) r[1], (String) r[2]});
    }
    long desired = versions.size();
    Map<String, Long> matched = new HashMap<>();
    Map<String, Long> stale = new HashMap<>();
    if (!countFewOffVersion(versions, held, matched, stale)) {
      countByJoin(matched, stale);
    }
    List<MailboxPlan> plans = new ArrayList<>();
    for (TargetMailbox t :
        em.createQuery("select t from TargetMailbox t order by t.userId", TargetMailbox.class)
            .getResultList()) {
      String id = t.getUserId();
      long h = held.getOrDefault(id, 0L);
      long m = matched.getOrDefault(id, 0L);
      boolean attention = t.isInProgress() || t.isNeedsScan();
      MailboxPlan p;
      if (!t.isWanted()) {
        // A former target that could not be reached is looked at again by a full reconcile.
        boolean again = everyTarget && t.getStatus() == TargetMailbox.Status.NO_MAILBOX;
        p = new MailboxPlan(id, t.getDisplayName(), false, 0, 0, h, h, attention || again);
      } else if (t.getStatus() == TargetMailbox.Status.NO_MAILBOX && !everyTarget) {
        continue;
      } else {
        p =
            new MailboxPlan(
                id,
                t.getDisplayName(),
                true,
                desired - m,
                stale.getOrDefault(id, 0L),
                h - m,
                h,
                attention || everyTarget);
      }
      if (p.hasWork()) {
        plans.add(p);
      }
    }
    return plans;
  }

  /**
   * Contacts still wanted ({@code matched}) and those of them at another version ({@code stale}),
   * per mailbox, without joining every contact to its desired version: the contacts are grouped by
   * source and version (a row or two per source), and only the contacts of the few sources found
   * unwanted or at another version are then read with their mailbox. False when those sources are
   * too many for that ({@link #countByJoin} is cheaper then).
   */
  private boolean countFewOffVersion(
      Map<String, String[]> versions,
      Map<String, Long> held,
      Map<String, Long> matched,
      Map<String, Long> stale) {
    Set<String> off = new HashSet<>();
    for (Object[] r :
        em.createQuery(
                "select c.sourceId, c.fingerprint, c.photoTag from MailboxContact c"
                    + " group by c.sourceId, c.fingerprint, c.photoTag",
                Object[].class)
            .getResultList()) {
      if (!current(versions.get((String) r[0]), (String) r[1], (String) r[2])) {
        off.add((String) r[0]);
      }
    }
    if (off.size() > FEW_SOURCES) {
      return false;
    }
    matched.putAll(held);
    if (!off.isEmpty()) {
      for (Object[] r : contactsOf(off, held)) {
        String[] wanted = versions.get((String) r[1]);
        if (wanted == null) {
          matched.merge((String) r[0], -1L, Long::sum);
        } else if (!current(wanted, (String) r[2], (String) r[3])) {
          stale.merge((String) r[0], 1L, Long::sum);
        }
      }
    }
    return true;
  }

  /** Keys looked up in one query (well under any database's limit of parameters). */
  private static final int KEYS_PER_QUERY = 500;

  /**
   * Mailbox, source, fingerprint and photo tag of every contact of these sources. There is no index
   * on the source, so a query by source reads the whole table (1.1 million rows in scenario 5-7's
   * store); a contact's ID is its mailbox and source ({@link MailboxContact#key}), so while the
   * keys to try (every mailbox holding contacts × these sources) are few beside the contacts, they
   * are looked up by ID instead: the same rows, through the primary key's index.
   */
  private List<Object[]> contactsOf(Set<String> sources, Map<String, Long> held) {
    long contacts = held.values().stream().mapToLong(Long::longValue).sum();
    if (!byKey(held.size(), sources.size(), contacts)) {
      return em.createQuery(
              "select c.mailboxId, c.sourceId, c.fingerprint, c.photoTag from MailboxContact c"
                  + " where c.sourceId in :ids",
              Object[].class)
          .setParameter("ids", List.copyOf(sources))
          .getResultList();
    }
    List<String> keys = new ArrayList<>();
    for (String mailbox : held.keySet()) {
      for (String source : sources) {
        keys.add(MailboxContact.key(mailbox, source));
      }
    }
    List<Object[]> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i += KEYS_PER_QUERY) {
      out.addAll(
          em.createQuery(
                  "select c.mailboxId, c.sourceId, c.fingerprint, c.photoTag from MailboxContact c"
                      + " where c.id in :keys",
                  Object[].class)
              .setParameter("keys", keys.subList(i, Math.min(i + KEYS_PER_QUERY, keys.size())))
              .getResultList());
    }
    return out;
  }

  /**
   * Whether looking the contacts of {@code sources} up by ID (one probe per mailbox and source) is
   * cheaper than reading all {@code contacts}: when the probes are under a tenth of the rows.
   */
  static boolean byKey(int mailboxes, int sources, long contacts) {
    return (long) mailboxes * sources < contacts / 10; // at most 2^62: no overflow
  }

  /**
   * Whether a contact held at this version is the desired one ({@code {fingerprint, photoTag}},
   * null when its source is not wanted): of the card, and of the photo when photos are on.
   */
  private static boolean current(String[] wanted, String fingerprint, String photoTag) {
    return wanted != null
        && fingerprint != null
        && fingerprint.equals(wanted[0])
        && (wanted[1] == null || wanted[1].equals(photoTag == null ? Wanted.NO_PHOTO : photoTag));
  }

  /** The same counts in one pass over the join of every contact with its desired version. */
  private void countByJoin(Map<String, Long> matched, Map<String, Long> stale) {
    // '-' is Wanted.NO_PHOTO.
    for (Object[] r :
        em.createQuery(
                "select c.mailboxId, count(c), sum(case when c.fingerprint = d.fingerprint"
                    + " and (d.photoTag is null or coalesce(c.photoTag, '-') = d.photoTag)"
                    + " then 0 else 1 end) from MailboxContact c, DesiredContactEntry d"
                    + " where c.sourceId = d.sourceId group by c.mailboxId",
                Object[].class)
            .getResultList()) {
      matched.put((String) r[0], ((Number) r[1]).longValue());
      stale.put((String) r[0], r[2] == null ? 0 : ((Number) r[2]).longValue());
    }
  }

  /**
   * Contacts held per mailbox (mailboxes holding none are absent). Counts the mailbox column, not
   * the entity (its ID), so that the mailbox index alone answers, without reading the table.
   */
  public Map<String, Long> heldPerMailbox() {
    return grouped(
        "select c.mailboxId, count(c.mailboxId) from MailboxContact c group by c.mailboxId");
  }

  private Map<String, Long> grouped(String jpql) {
    Map<String, Long> out = new HashMap<>();
    for (Object[] r : em.createQuery(jpql, Object[].class).getResultList()) {
      out.put((String) r[0], ((Number) r[1]).longValue());
    }
    return out;
  }
}
