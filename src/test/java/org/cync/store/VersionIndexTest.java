package org.cync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The index MAILBOX_CONTACT_VERSION does what it is there for, on Derby: the plan's contacts per
 * source and version (org.cync.mailbox.MailboxPlanner, the SQL EclipseLink makes of its JPQL) come
 * from the index alone, without reading the table or sorting (Derby makes the group-by without an
 * aggregate a "Distinct Scan" of the index: one hash entry per group); and the contacts of a few
 * sources are found through it, not by a scan.
 */
class VersionIndexTest {
  static Path database;
  static Connection c;

  @BeforeAll
  static void storeWithContacts() throws Exception {
    database = DerbyFiles.fresh("version-index").resolve("derby");
    SchemaMigration.migrate(DerbyFiles.open(database));
    c = DerbyFiles.open(database);
    c.setAutoCommit(false);
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO MAILBOX_CONTACT (ID, MAILBOXID, SOURCEID, CONTACTID, FINGERPRINT, PHOTOTAG)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int m = 0; m < 40; m++) {
        for (int u = 0; u < 100; u++) {
          s.setString(1, "mailbox-" + m + "|source-" + u);
          s.setString(2, "mailbox-" + m);
          s.setString(3, "source-" + u);
          s.setString(4, "AAMkA" + m + "x" + u);
          s.setString(5, "fingerprint-" + (u + m % 2)); // two versions of each source
          s.setString(6, u % 3 == 0 ? null : "etag-" + u);
          s.addBatch();
        }
      }
      s.executeBatch();
    }
    c.commit();
    try (Statement s = c.createStatement()) {
      s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'MAILBOX_CONTACT', NULL)");
      s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
    }
  }

  @AfterAll
  static void close() throws Exception {
    c.rollback();
    c.close();
    DerbyFiles.shutdown(database);
  }

  @Test
  void groupsBySourceAndVersionFromTheIndexAlone() throws Exception {
    List<String> rows =
        rows(
            "SELECT SOURCEID, FINGERPRINT, PHOTOTAG FROM MAILBOX_CONTACT"
                + " GROUP BY SOURCEID, FINGERPRINT, PHOTOTAG");
    String plan = plan();
    assertEquals(200, rows.size());
    assertTrue(plan.contains("using index MAILBOX_CONTACT_VERSION"), plan);
    assertFalse(plan.contains("Table Scan ResultSet"), plan);
    assertFalse(plan.contains("Index Row to Base Row ResultSet"), plan); // the table not read
    assertFalse(plan.contains("Sort ResultSet"), plan);
  }

  @Test
  void findsAFewSourcesContactsThroughTheIndex() throws Exception {
    List<String> rows =
        rows(
            "SELECT MAILBOXID, SOURCEID, FINGERPRINT, PHOTOTAG FROM MAILBOX_CONTACT"
                + " WHERE (SOURCEID IN ('source-7', 'source-42', 'source-99'))");
    String plan = plan();
    assertEquals(3 * 40, rows.size());
    assertTrue(plan.contains("using index MAILBOX_CONTACT_VERSION"), plan);
    assertFalse(plan.contains("Table Scan ResultSet"), plan);
  }

  private static List<String> rows(String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        rows.add(r.getString(1) + "|" + r.getString(2));
      }
    }
    return rows;
  }

  /** Derby's description of how it ran the last statement of {@link #c}. */
  private static String plan() throws Exception {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
      assertTrue(r.next());
      return r.getString(1);
    }
  }
}
