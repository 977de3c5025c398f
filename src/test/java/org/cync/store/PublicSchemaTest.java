package org.cync.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.cync.testing.PostgresServer;
import org.junit.jupiter.api.Test;

class PublicSchemaTest {
  @Test
  void onlyThePublicSchemaIsAcceptedAndAnyOtherIsNamedWithTheFix() {
    assertEquals(Optional.empty(), PublicSchema.problem("public"));
    String cync = PublicSchema.problem("cync").orElseThrow();
    assertTrue(cync.contains("schema cync"), cync);
    assertTrue(cync.contains("ALTER ROLE <user> SET search_path = public"), cync);
    assertTrue(PublicSchema.problem(null).orElseThrow().contains("names no existing schema"));
  }

  @Test
  void aSchemaNamedAfterTheRoleIsRefusedOnARealPostgresql() throws SQLException {
    try (PostgresServer postgres = PostgresServer.start("public-schema")) {
      try (Connection c = postgres.connect()) {
        assertDoesNotThrow(() -> PublicSchema.require(c));
      }
      try (Connection c = postgres.connect();
          Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + PostgresServer.USER); // "$user" comes first in search_path
      }
      try (Connection c = postgres.connect()) {
        SQLException refused = assertThrows(SQLException.class, () -> PublicSchema.require(c));
        assertTrue(
            refused.getMessage().contains("schema " + PostgresServer.USER), refused.getMessage());
      }
    }
  }
}
