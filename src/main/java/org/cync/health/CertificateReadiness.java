package org.cync.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.cync.connection.Connection;
import org.cync.connection.certificate.Expiry;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the certificate in use has expired (sign-in fails until it is renewed); a
 * certificate close to expiry is reported but still ready. No connection yet is ready: the console
 * must stay reachable to set one up.
 */
@Readiness
@ApplicationScoped
public class CertificateReadiness implements HealthCheck {
  @Inject Connection connection;

  @Override
  public HealthCheckResponse call() {
    Optional<Expiry> expiry = connection.expiry();
    String state = expiry.map(e -> e.state().name()).orElse("NOT_CONFIGURED");
    boolean down = expiry.map(e -> e.state() == Expiry.State.EXPIRED).orElse(false);
    Map<String, Object> data =
        Map.of(
            "certificate", expiry.map(Expiry::describe).orElse("none in use yet"), "state", state);
    return new HealthCheckResponse(
        "certificate",
        down ? HealthCheckResponse.Status.DOWN : HealthCheckResponse.Status.UP,
        Optional.of(data));
  }
}
