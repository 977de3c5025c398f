package org.cync.alerts;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.cync.audit.AuditTrail;

/**
 * The alert settings and the flood guard's last-sent times in Derby; every change of the settings
 * is audited (never the password, which is not stored here). An EJB, so the asynchronous observer
 * and the timer get a transaction.
 */
@Stateless
public class AlertStore {
  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;

  public AlertSettings current() {
    AlertSettings s = em.find(AlertSettings.class, AlertSettings.SINGLETON_ID);
    AlertSettings copy = new AlertSettings();
    if (s != null) {
      copy.copyFrom(s);
    }
    return copy;
  }

  public void save(AlertSettings wanted, String passwordChange) {
    AlertSettings s = em.find(AlertSettings.class, AlertSettings.SINGLETON_ID);
    if (s == null) {
      s = new AlertSettings();
      em.persist(s);
    }
    String before = s.toString();
    s.copyFrom(wanted);
    audit.record(
        "Alert settings saved",
        (before.equals(s.toString()) ? "unchanged: " : "") + s + passwordChange);
  }

  /** Records the send of {@code key} if it is due; true when the caller should send now. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(String key, Instant now) {
    AlertSent row = em.find(AlertSent.class, key);
    if (row == null) {
      em.persist(new AlertSent(key, now));
      return true;
    }
    if (!OncePerDay.due(row.sentAt(), now)) {
      return false;
    }
    row.sent(now);
    return true;
  }

  /** The outcomes of a mailbox's last {@code n} recorded runs, newest first. */
  public List<String> lastOutcomes(String mailboxId, int n) {
    return em.createQuery(
            "select r.outcome from RunMailbox r where r.mailboxId = :m and r.executionId > 0"
                + " order by r.executionId desc",
            String.class)
        .setParameter("m", mailboxId)
        .setMaxResults(n)
        .getResultList();
  }
}
