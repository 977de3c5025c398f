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

/**
 * Ready only while both stores answer: Derby or PostgreSQL (application data, keyed {@code derby}
 * either way so that monitors keep their key) and H2 or PostgreSQL (batch job repository).
 */
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

  /**
   * UP when the store answers. PostgreSQL's {@code max_prepared_transactions} is not asked for: on
   * PostgreSQL both stores share one pool, so a chunk commits in one phase and prepares nothing
   * (the tests' PostgreSQL runs with 0, its default; see stores.md).
   */
  private static String state(DataSource store) {
    try (Connection connection = store.getConnection()) {
      if (!connection.isValid(2)) {
        return "DOWN: no answer within 2 s";
      }
      return UP;
    } catch (Exception e) {
      return "DOWN: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
