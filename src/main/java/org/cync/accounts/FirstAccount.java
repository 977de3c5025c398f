package org.cync.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.Clock;
import org.cync.store.DataDirectory;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes sure, once at start, that the {@code admin} account exists ({@link FirstAdministrator}). It
 * has no business methods, so the singleton's lock never sits in front of a sign-in.
 */
@Singleton
@Startup
@DependsOn("StoreSchema") // the store's schema is migrated first
public class FirstAccount {
  @PersistenceContext EntityManager em;
  Path dataDir = DataDirectory.path();
  Clock clock = Clock.systemUTC();

  @PostConstruct
  void setUp() {
    String configured =
        ConfigProvider.getConfig()
            .getOptionalValue("cync.admin.password", String.class)
            .orElse(null);
    FirstAdministrator first = new FirstAdministrator(dataDir, configured);
    long accounts = em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    if (accounts == 0) {
      em.persist(first.create(clock.instant()));
      return;
    }
    java.util.List<Account> admin =
        em.createQuery("select a from Account a where a.nameKey = :k", Account.class)
            .setParameter("k", FirstAdministrator.NAME)
            .getResultList();
    first.update(admin.isEmpty() ? null : admin.get(0));
  }
}
