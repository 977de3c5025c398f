package org.cync.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class StoresReadinessTest {

  /** A data source whose connections answer isValid with the given value. */
  private static DataSource answering(boolean valid) {
    Connection connection =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "isValid" -> valid;
                      case "getMetaData" -> derby();
                      case "close" -> null;
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    return dataSource(() -> connection);
  }

  private static DatabaseMetaData derby() {
    return (DatabaseMetaData)
        Proxy.newProxyInstance(
            DatabaseMetaData.class.getClassLoader(),
            new Class<?>[] {DatabaseMetaData.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getDatabaseProductName")) {
                return "Apache Derby";
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static DataSource unreachable() {
    return dataSource(
        () -> {
          throw new SQLException("Database '/data/derby' not found.");
        });
  }

  interface ConnectionSource {
    Connection get() throws SQLException;
  }

  private static DataSource dataSource(ConnectionSource source) {
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                return source.get();
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static HealthCheckResponse check(DataSource derby, DataSource h2) {
    StoresReadiness readiness = new StoresReadiness();
    readiness.applicationStore = derby;
    readiness.batchRepository = h2;
    return readiness.call();
  }

  @Test
  void upWhenBothStoresAnswer() {
    HealthCheckResponse response = check(answering(true), answering(true));
    assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
    assertEquals(
        Map.of("derby", "UP", "h2-batch-repository", "UP"), response.getData().orElseThrow());
  }

  @Test
  void downWhenDerbyIsUnreachableAndSaysWhy() {
    HealthCheckResponse response = check(unreachable(), answering(true));
    assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
    assertEquals(
        "DOWN: SQLException: Database '/data/derby' not found.",
        response.getData().orElseThrow().get("derby"));
  }

  @Test
  void downWhenTheBatchRepositoryDoesNotAnswer() {
    HealthCheckResponse response = check(answering(true), answering(false));
    assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
    assertTrue(
        response.getData().orElseThrow().get("h2-batch-repository").toString().startsWith("DOWN"));
  }
}
