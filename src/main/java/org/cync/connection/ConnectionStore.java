package org.cync.connection;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cync.audit.AuditTrail;

/**
 * Reads and changes the connection settings; every change is audited in the same transaction and
 * announced ({@link ConnectionChanged}) so the Graph client is rebuilt without a restart. An EJB,
 * not a CDI bean: health checks and timers call it from threads where a CDI bean's persistence
 * context cannot be looked up.
 */
@Stateless
public class ConnectionStore {
  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Event<ConnectionChanged> changed;
  Clock clock = Clock.systemUTC();

  /** A detached copy of the current settings (defaults when nothing is saved yet). */
  public ConnectionSettings current() {
    ConnectionSettings s = em.find(ConnectionSettings.class, ConnectionSettings.SINGLETON_ID);
    return s == null ? new ConnectionSettings() : s.copy();
  }

  /** Saves {@code wanted} (already tidied by {@link ConnectionRules}) and audits what changed. */
  public ConnectionSettings save(ConnectionSettings wanted, String action) {
    ConnectionSettings s = em.find(ConnectionSettings.class, ConnectionSettings.SINGLETON_ID);
    if (s == null) {
      s = new ConnectionSettings();
      em.persist(s);
    }
    List<String> diff = differences(s, wanted);
    if (diff.isEmpty()) {
      return s.copy();
    }
    s.copyFrom(wanted);
    s.touched(clock.instant());
    audit.record(action, String.join("; ", diff));
    changed.fire(new ConnectionChanged());
    return s.copy();
  }

  static List<String> differences(ConnectionSettings before, ConnectionSettings after) {
    List<String> d = new ArrayList<>();
    diff(d, "Tenant ID", before.getTenantId(), after.getTenantId());
    diff(d, "Client ID", before.getClientId(), after.getClientId());
    diff(d, "Certificate thumbprint", before.getThumbprint(), after.getThumbprint());
    diff(d, "New certificate", before.getPendingThumbprint(), after.getPendingThumbprint());
    diff(d, "Retired certificate", before.getRetiredThumbprint(), after.getRetiredThumbprint());
    diff(d, "Authority host", before.getAuthorityHost(), after.getAuthorityHost());
    diff(d, "Graph base URL", before.getGraphBaseUrl(), after.getGraphBaseUrl());
    diff(d, "Trusted CA file", before.getTrustedCaFile(), after.getTrustedCaFile());
    return d;
  }

  private static void diff(List<String> d, String label, String before, String after) {
    if (!Objects.equals(before, after)) {
      d.add(
          label
              + ": "
              + (before == null ? "(none)" : before)
              + " → "
              + (after == null ? "(none)" : after));
    }
  }

  public void remember(org.cync.connection.check.Checklist c) {
    LastTest fresh = new LastTest(c);
    LastTest row = em.find(LastTest.class, LastTest.SINGLETON_ID);
    if (row == null) {
      em.persist(fresh);
    } else {
      row.replaceWith(fresh);
    }
  }

  public java.util.Optional<org.cync.connection.check.Checklist> lastTest() {
    return java.util.Optional.ofNullable(em.find(LastTest.class, LastTest.SINGLETON_ID))
        .map(LastTest::checklist);
  }
}
