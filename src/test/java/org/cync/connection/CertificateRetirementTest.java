package org.cync.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cync.audit.AuditTrail;
import org.cync.connection.certificate.CertificateGenerator;
import org.cync.connection.certificate.CertificateStore;
import org.cync.connection.certificate.NewCertificate;
import org.cync.connection.certificate.Pkcs12CertificateStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The certificate a renewal replaced leaves CYNC's key store only after its grace period. */
class CertificateRetirementTest {
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T12:00:00Z"));
  final List<String> audited = new ArrayList<>();
  CertificateStore store;
  final InMemoryConnectionStore settings = new InMemoryConnectionStore();
  Connection connection = new Connection();
  String old;
  String current;

  @BeforeEach
  void setUp() throws Exception {
    store = new Pkcs12CertificateStore(dir.resolve("keystore.p12"), "pw".toCharArray());
    old = new CertificateGenerator(clock).generateInto(store, NewCertificate.defaults());
    current = new CertificateGenerator(clock).generateInto(store, NewCertificate.defaults());
    settings.saved.setThumbprint(current);
    settings.saved.retire(old, clock.instant().plus(Connection.RETIREMENT_GRACE));
    connection.clock = clock;
    connection.settings = settings;
    connection.audit =
        new AuditTrail() {
          @Override
          public void record(String action, String detail) {
            audited.add(action + ": " + detail);
          }
        };
    connection.keys =
        new KeyStoreAccess() {
          @Override
          public CertificateStore store() {
            return store;
          }

          @Override
          public boolean ownsCertificates() {
            return true;
          }
        };
  }

  @Test
  void theOldCertificateStaysDuringTheGracePeriod() throws Exception {
    clock.advance(Connection.RETIREMENT_GRACE.minus(Duration.ofSeconds(1)));
    connection.retireDue();
    assertTrue(store.find(old).isPresent());
    assertEquals(old, settings.saved.getRetiredThumbprint());
  }

  @Test
  void afterTheGracePeriodItIsRemovedAndAudited() throws Exception {
    clock.advance(Connection.RETIREMENT_GRACE);
    connection.retireDue();
    assertTrue(store.find(old).isEmpty());
    assertTrue(store.find(current).isPresent(), "the certificate in use stays");
    assertNull(settings.saved.getRetiredThumbprint());
    assertTrue(audited.contains("Certificate retired: " + old + " removed from the key store"));
  }

  @Test
  void aCertificateInUseAgainIsNeverRemoved() throws Exception {
    settings.saved.setThumbprint(old); // the administrator switched back by hand
    clock.advance(Connection.RETIREMENT_GRACE.plusMinutes(1));
    connection.retireDue();
    assertTrue(store.find(old).isPresent());
    assertNull(settings.saved.getRetiredThumbprint());
  }
}
