package org.cync.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The test PostgreSQL starts, lets CYNC's user in with its password only, and stops. */
class PostgresServerTest {
  @Test
  void aFreshServerHoldsCyncsDatabaseAndStopsOnClose() throws Exception {
    PostgresServer server = PostgresServer.start("helper");
    try (server) {
      try (Connection c = server.connect();
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE probe (id BIGINT PRIMARY KEY)");
        s.execute("INSERT INTO probe VALUES (1)");
        try (ResultSet r =
            s.executeQuery("SELECT current_user, current_database(), count(*) FROM probe")) {
          r.next();
          assertEquals(PostgresServer.USER, r.getString(1));
          assertEquals(PostgresServer.DATABASE, r.getString(2));
          assertEquals(1, r.getInt(3));
        }
        try (ResultSet r = s.executeQuery("SHOW max_prepared_transactions")) {
          r.next();
          assertEquals("0", r.getString(1), "PostgreSQL's default: CYNC prepares nothing");
        }
      }
      assertThrows(
          SQLException.class,
          () -> DriverManager.getConnection(server.url(), PostgresServer.USER, "wrong").close());
    }
    assertThrows(SQLException.class, () -> server.connect().close(), "stopped");
  }
}
