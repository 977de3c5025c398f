package org.cync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The upgrade: a store made by the last version without migrations (main at 64a602d, which let
 * EclipseLink's create-or-extend-tables make the tables) is adopted, not re-created: every row of
 * every table is the same after the migration. The fixture is that version's {@code derby} folder
 * after a sandbox session: settings saved (folder "Fixture Directory", max. 123 deletions), two
 * runs (the second a delta run), 3 mailboxes with 57 contact records, the directory mirror and its
 * delta link, two accounts, the audit log.
 */
class StoreUpgradeTest {
  static final String FIXTURE = "derby-made-by-main-64a602d.zip";

  /** Every table of the fixture and its key, for the row-by-row comparison. */
  static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("SYNC_SETTINGS", "ID");
    TABLES.put("RUN_SUMMARY", "EXECUTIONID");
    TABLES.put("RUN_MAILBOX", "ID");
    TABLES.put("MAILBOX_CONTACT", "ID");
    TABLES.put("TARGET_MAILBOX", "USERID");
    TABLES.put("DESIRED_CONTACT", "SOURCEID");
    TABLES.put("DIRECTORY_USER", "SOURCEID");
    TABLES.put("DIRECTORYSTATE", "ID");
    TABLES.put("ACCOUNT", "ID");
    TABLES.put("APITOKEN", "ID");
    TABLES.put("AUDITENTRY", "ID");
    TABLES.put("INSTALLATION", "ID");
    TABLES.put("CONNECTIONSETTINGS", "ID");
    TABLES.put("LASTTEST", "ID");
    TABLES.put("ALERT_SETTINGS", "ID");
    TABLES.put("ALERT_SENT", "EVENTKEY");
    TABLES.put("SOURCE_PHOTO", "USERID");
    TABLES.put("SIMULATEDTENANTRECORD", "ID");
    TABLES.put("SEQUENCE", "SEQ_NAME");
  }

  Path database;

  @BeforeEach
  void unzipFixture() throws Exception {
    database = DerbyFiles.unzip(FIXTURE, DerbyFiles.fresh("upgrade")).resolve("derby");
  }

  @AfterEach
  void close() {
    DerbyFiles.shutdown(database);
  }

  @Test
  void keepsEveryRowAndMarksVersionOneAsRan() throws Exception {
    Map<String, String> before = digests();
    assertEquals(TABLES.keySet(), columnsOfFixture().keySet(), "the fixture has other tables");

    assertEquals(SchemaMigrationTest.NEWEST, SchemaMigration.migrate(DerbyFiles.open(database)));

    assertEquals(before, digests());
    try (Connection c = DerbyFiles.open(database)) {
      assertEquals(
          0,
          DerbyFiles.count(
              c,
              "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE EXECTYPE <> 'MARK_RAN' AND ID <> '1-tag'"),
          "nothing of version 1 is made again on a store that has it");
    }
  }

  @Test
  void theDataAnOperatorWouldMissIsThere() throws Exception {
    SchemaMigration.migrate(DerbyFiles.open(database));
    try (Connection c = DerbyFiles.open(database)) {
      String settings = text(c, "SELECT JSON FROM SYNC_SETTINGS WHERE ID = 1");
      assertTrue(settings.contains("\"folderName\":\"Fixture Directory\""), settings);
      assertTrue(settings.contains("\"maxDeletes\":123"), settings);
      assertEquals(2, DerbyFiles.count(c, "SELECT COUNT(*) FROM RUN_SUMMARY"));
      assertEquals(57, DerbyFiles.count(c, "SELECT COUNT(*) FROM MAILBOX_CONTACT"));
      assertEquals(3, DerbyFiles.count(c, "SELECT COUNT(*) FROM TARGET_MAILBOX"));
      assertEquals(2, DerbyFiles.count(c, "SELECT COUNT(*) FROM ACCOUNT"));
      // DirectoryReader reads a delta when the mirror has users, the mirror is of the same
      // directory and a delta link is kept: all three survive.
      assertEquals(20, DerbyFiles.count(c, "SELECT COUNT(*) FROM DIRECTORY_USER"));
      assertTrue(text(c, "SELECT MIRROROF FROM DIRECTORYSTATE WHERE ID = 1").startsWith("tenant "));
      String deltaLink = text(c, "SELECT DELTALINK FROM DIRECTORYSTATE WHERE ID = 1");
      assertTrue(deltaLink.contains("/users/delta"), deltaLink);
    }
  }

  @Test
  void anOlderStoreGetsTheRunMailboxIndex() throws Exception {
    try (Connection c = DerbyFiles.open(database);
        Statement s = c.createStatement()) {
      s.execute("DROP INDEX RUN_MAILBOX_EXECUTION");
    }
    SchemaMigration.migrate(DerbyFiles.open(database));
    try (Connection c = DerbyFiles.open(database)) {
      assertEquals(
          "RUN_MAILBOX EXECUTIONID",
          DerbyFiles.indexes(c, java.util.List.of("RUN_MAILBOX")).get("RUN_MAILBOX_EXECUTION"));
      assertEquals(
          "EXECUTED",
          text(
              c,
              "SELECT EXECTYPE FROM DATABASECHANGELOG WHERE ID = '1-index-run_mailbox_execution'"));
    }
  }

  private Map<String, String> digests() throws Exception {
    Map<String, String> digests = new LinkedHashMap<>();
    try (Connection c = DerbyFiles.open(database)) {
      for (Map.Entry<String, String> t : TABLES.entrySet()) {
        digests.put(
            t.getKey(),
            DerbyFiles.count(c, "SELECT COUNT(*) FROM " + t.getKey())
                + " rows "
                + DerbyFiles.digest(c, t.getKey(), t.getValue()));
      }
    }
    return digests;
  }

  private Map<String, Map<String, String>> columnsOfFixture() throws Exception {
    try (Connection c = DerbyFiles.open(database)) {
      return DerbyFiles.columns(c);
    }
  }

  private static String text(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      assertTrue(r.next(), sql);
      String value = r.getString(1);
      assertNotNull(value, sql);
      return value;
    }
  }
}
