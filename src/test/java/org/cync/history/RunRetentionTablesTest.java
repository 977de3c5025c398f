package org.cync.history;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The job repository's tables are found as H2 names them (upper case) and as PostgreSQL does (lower
 * case): crash recovery looked for the upper-case name only and so never ran on PostgreSQL.
 */
class RunRetentionTablesTest {
  private static final String TABLE = OrphanedRunRecovery.TABLE_PREFIX + "EXECUTIONINSTANCEDATA";

  @Test
  void aTableNamedInLowerCaseAsOnPostgresIsFound() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:lower");
        Statement s = c.createStatement()) {
      assertFalse(RunRetention.hasTable(c, TABLE));
      s.execute("CREATE TABLE \"" + TABLE.toLowerCase(java.util.Locale.ROOT) + "\" (ID INT)");
      assertTrue(RunRetention.hasTable(c, TABLE));
    }
  }

  @Test
  void aTableNamedInUpperCaseAsOnH2IsFound() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:upper");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE " + TABLE + " (ID INT)");
      assertTrue(RunRetention.hasTable(c, TABLE));
    }
  }
}
