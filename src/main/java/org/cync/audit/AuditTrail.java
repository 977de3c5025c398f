package org.cync.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.util.List;

/**
 * Records changes in the caller's transaction, so a change and its audit line are written together
 * or not at all. The actor is the signed-in user, or "cync" for what CYNC does on its own.
 */
@Stateless
public class AuditTrail {
  @PersistenceContext EntityManager em;
  @Inject SecurityContext security;
  Clock clock = Clock.systemUTC();

  public void record(String action, String detail) {
    em.persist(new AuditEntry(clock.instant(), actor(), action, detail));
  }

  /**
   * Records with an explicit actor, for what happens before anyone is signed in (a failed sign-in
   * names the account as typed) or on behalf of a script's token.
   */
  public void recordAs(String actor, String action, String detail) {
    em.persist(new AuditEntry(clock.instant(), actor, action, detail));
  }

  public List<AuditEntry> recent(int max) {
    return em.createQuery(
            "select a from AuditEntry a order by a.atMillis desc, a.id desc", AuditEntry.class)
        .setMaxResults(max)
        .getResultList();
  }

  private String actor() {
    try {
      Principal p = security.getCallerPrincipal();
      return p == null ? "cync" : p.getName();
    } catch (RuntimeException outsideARequest) {
      return "cync";
    }
  }
}
