package org.cync.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.cync.connection.Connection;
import org.cync.connection.certificate.Expiry;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class CertificateReadinessTest {
  static CertificateReadiness with(Optional<Expiry> expiry) {
    CertificateReadiness r = new CertificateReadiness();
    r.connection =
        new Connection() {
          @Override
          public Optional<Expiry> expiry() {
            return expiry;
          }
        };
    return r;
  }

  static final Instant END = Instant.parse("2027-01-01T00:00:00Z");

  @Test
  void anExpiredCertificateMakesCyncNotReady() {
    HealthCheckResponse r = with(Optional.of(new Expiry(Expiry.State.EXPIRED, -3, END))).call();
    assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
    assertEquals("EXPIRED", r.getData().orElseThrow().get("state"));
    assertTrue(r.getData().orElseThrow().get("certificate").toString().contains("expired on"));
  }

  @Test
  void aCertificateCloseToExpiryIsReportedButReady() {
    HealthCheckResponse r = with(Optional.of(new Expiry(Expiry.State.WARNING, 12, END))).call();
    assertEquals(HealthCheckResponse.Status.UP, r.getStatus());
    assertEquals("WARNING", r.getData().orElseThrow().get("state"));
  }

  @Test
  void noCertificateYetIsReadySoTheConsoleStaysReachable() {
    HealthCheckResponse r = with(Optional.empty()).call();
    assertEquals(HealthCheckResponse.Status.UP, r.getStatus());
    assertEquals("NOT_CONFIGURED", r.getData().orElseThrow().get("state"));
  }
}
