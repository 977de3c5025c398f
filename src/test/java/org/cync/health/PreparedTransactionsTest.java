package org.cync.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.Optional;
import org.cync.testing.PostgresServer;
import org.junit.jupiter.api.Test;

/** PostgreSQL without prepared transactions is named by the readiness check, with the fix. */
class PreparedTransactionsTest {
  @Test
  void zeroPreparedTransactionsIsAProblemNamingTheSetting() {
    assertTrue(
        PreparedTransactions.problem(0).orElseThrow().contains("max_prepared_transactions is 0"));
    assertEquals(Optional.empty(), PreparedTransactions.problem(64));
  }

  @Test
  void aRealPostgresAllowingThemIsFine() throws Exception {
    try (PostgresServer server = PostgresServer.start("prepared");
        Connection c = server.connect()) {
      assertEquals(Optional.empty(), PreparedTransactions.problem(c));
    }
  }
}
