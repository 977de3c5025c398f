package org.cync.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while both stores answer: Derby (application data) and H2 (batch job repository). */
@Readiness
@ApplicationScoped
public class StoresReadiness implements HealthCheck {
  @Resource(lookup = "jdbc/cync")
  DataSource applicationStore;

  @Resource(lookup = "jdbc/cync-batch")
  DataSource batchRepository;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("stores").up();
    check(response, "derby", applicationStore);
    check(response, "h2-batch-repository", batchRepository);
    return response.build();
  }

  private static void check(HealthCheckResponseBuilder response, String name, DataSource store) {
    String state;
    try (Connection connection = store.getConnection()) {
      state = connection.isValid(2) ? "UP" : "DOWN: no answer within 2 s";
    } catch (Exception e) {
      state = "DOWN: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    response.withData(name, state);
    if (!"UP".equals(state)) {
      response.down();
    }
  }
}
