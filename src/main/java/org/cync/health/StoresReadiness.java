package org.cync.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while both stores answer: Derby (application data) and H2 (batch job repository). */
@Readiness
@ApplicationScoped
public class StoresReadiness implements HealthCheck {
  static final String UP = "UP";

  @Resource(lookup = "jdbc/cync")
  DataSource applicationStore;

  @Resource(lookup = "jdbc/cync-batch")
  DataSource batchRepository;

  @Override
  public HealthCheckResponse call() {
    Map<String, Object> stores = new LinkedHashMap<>();
    stores.put("derby", state(applicationStore));
    stores.put("h2-batch-repository", state(batchRepository));
    boolean allUp = stores.values().stream().allMatch(UP::equals);
    return new HealthCheckResponse(
        "stores",
        allUp ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
        Optional.of(stores));
  }

  private static String state(DataSource store) {
    try (Connection connection = store.getConnection()) {
      return connection.isValid(2) ? UP : "DOWN: no answer within 2 s";
    } catch (Exception e) {
      return "DOWN: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
