package org.cync.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Counts each start in Derby; the start page shows it, and it proves the data survives restarts.
 */
@Singleton
@Startup
@DependsOn("StoreSchema") // the store's schema is migrated first
public class InstallationRecorder {
  private static final Logger LOG = Logger.getLogger(InstallationRecorder.class.getName());

  @PersistenceContext EntityManager em;
  Clock clock = Clock.systemUTC();

  @PostConstruct
  void recordStart() {
    Installation installation = em.find(Installation.class, Installation.SINGLETON_ID);
    if (installation == null) {
      installation = new Installation(clock.instant());
      em.persist(installation);
    }
    installation.started(clock.instant());
    long starts = installation.getStarts();
    LOG.info(() -> "CYNC start number " + starts + " on this data directory");
  }

  public Installation current() {
    return em.find(Installation.class, Installation.SINGLETON_ID);
  }
}
