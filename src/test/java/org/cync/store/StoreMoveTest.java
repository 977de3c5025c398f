package org.cync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cync.testing.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The move of a data directory's stores into a real PostgreSQL (started by the test): the fixture
 * of {@link StoreUpgradeTest} (a store made by an older main, with runs, settings, contacts, the
 * delta link) and a job repository in H2 arrive row for row, compared here with a reading of their
 * own; a refused or failed move leaves the files as they were and PostgreSQL empty.
 */
class StoreMoveTest {
  static final Instant NOW = Instant.parse("2026-12-06T21:00:00Z");
  static PostgresServer postgres;
  Path dir;

  @BeforeAll
  static void startPostgres() {
    postgres = PostgresServer.start("move");
  }

  @AfterAll
  static void stopPostgres() {
    postgres.close();
  }

  @BeforeEach
  void freshStores() throws Exception {
    postgres.emptySchema();
    dir = DerbyFiles.unzip(StoreUpgradeTest.FIXTURE, DerbyFiles.fresh("move"));
  }

  @Test
  void movesEveryRowAndKeepsTheFiles() throws Exception {
    Map<String, List<String>> before;
    try (Connection derby = DerbyFiles.open(dir.resolve("derby"))) {
      before = rows(derby, "");
    } finally {
      DerbyFiles.shutdown(dir.resolve("derby"));
    }
    makeJobRepository(dir.resolve("batch"));
    Map<String, List<String>> jobsBefore;
    try (Connection h2 = h2(dir.resolve("batch"))) {
      jobsBefore = jobRows(h2);
    }

    List<String> lines = move(postgres.password());

    try (Connection pg = postgres.connect()) {
      assertEquals(
          1,
          DerbyFiles.count(
              pg,
              "SELECT COUNT(*) FROM AUDITENTRY WHERE ACTION = 'Stores moved to PostgreSQL' AND"
                  + " ACTOR LIKE '% (operating-system user, cync.move-to-store)' AND DETAIL LIKE"
                  + " '%into "
                  + postgres.url()
                  + "%'"),
          "the move is in the audit log");
      try (Statement s = pg.createStatement()) {
        // That audit line (and the IDs it took) aside, every row is as it was in Derby.
        s.execute("DELETE FROM AUDITENTRY WHERE ACTION = 'Stores moved to PostgreSQL'");
        s.execute("UPDATE SEQUENCE SET SEQ_COUNT = SEQ_COUNT - 50 WHERE SEQ_NAME = 'SEQ_GEN'");
      }
      assertEquals(before, rows(pg, ""), "CYNC's tables, row by row");
      assertEquals(jobsBefore, jobRows(pg), "the job repository, row by row");
      assertEquals(
          List.of("20", "1"),
          List.of(
              "" + DerbyFiles.count(pg, "SELECT COUNT(*) FROM DIRECTORY_USER"),
              ""
                  + DerbyFiles.count(
                      pg,
                      "SELECT COUNT(*) FROM DIRECTORYSTATE WHERE DELTALINK LIKE"
                          + " '%/users/delta%'")));
      assertTrue(
          DerbyFiles.count(
                  pg,
                  "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE TAG = '"
                      + SchemaMigrationTest.NEWEST
                      + "'")
              == 1,
          "Liquibase's history is there: CYNC's start finds the schema made");
      // A new run must not take an old run's number: RUN_SUMMARY's are 1 and 2 in the fixture.
      assertTrue(
          nextExecutionId(pg) > DerbyFiles.count(pg, "SELECT MAX(EXECUTIONID) FROM RUN_SUMMARY"));
    }
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("RUN_SUMMARY: 2 rows")), "" + lines);
    assertFalse(Files.exists(dir.resolve("derby")), "Derby's files moved aside");
    Path aside = dir.resolve("moved-to-postgresql-20261206T210000Z");
    assertTrue(Files.isDirectory(aside.resolve("derby")), "kept");
    assertTrue(Files.isDirectory(aside.resolve("batch")), "kept");
    assertTrue(Files.readString(dir.resolve(StoreMove.NOTE)).contains(postgres.url()));
    assertFalse(Files.readString(dir.resolve(StoreMove.NOTE)).contains(postgres.password()));
    StoreRefused again = assertThrows(StoreRefused.class, () -> move(postgres.password()));
    assertTrue(again.getMessage().contains("was moved to PostgreSQL already"), again.getMessage());
  }

  @Test
  void aNonEmptyDatabaseIsRefusedAndNothingChanges() throws Exception {
    try (Connection c = postgres.connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE someone_elses (id int)");
    }
    StoreRefused refused = assertThrows(StoreRefused.class, () -> move(postgres.password()));
    assertTrue(
        refused.getMessage().contains("is not empty (it has tables someone_elses)"),
        refused.getMessage());
    assertUntouched(List.of("someone_elses"));
  }

  @Test
  void aWrongPasswordIsNamed() throws Exception {
    StoreRefused refused = assertThrows(StoreRefused.class, () -> move("not-the-password"));
    assertTrue(
        refused.getMessage().startsWith("PostgreSQL refused user cync_app"), refused.getMessage());
    assertFalse(refused.getMessage().contains("not-the-password"));
    assertUntouched(List.of());
  }

  @Test
  void anUnreachableServerIsNamed() {
    StoreRefused refused =
        assertThrows(
            StoreRefused.class,
            () -> StoreMove.run(dir, "jdbc:postgresql://127.0.0.1:1/cync", "cync", "pw", NOW));
    assertTrue(refused.getMessage().startsWith("cannot reach PostgreSQL at"), refused.getMessage());
  }

  @Test
  void aFailureHalfWayLeavesPostgresEmpty() throws Exception {
    try (Connection derby = DerbyFiles.open(dir.resolve("derby"));
        Statement s = derby.createStatement()) {
      // A column PostgreSQL's schema has no place for: the copy stops after the schema was made.
      s.execute("ALTER TABLE RUN_SUMMARY ADD COLUMN STRAY INTEGER");
    } finally {
      DerbyFiles.shutdown(dir.resolve("derby"));
    }
    StoreRefused refused = assertThrows(StoreRefused.class, () -> move(postgres.password()));
    assertTrue(refused.getMessage().contains("STRAY"), refused.getMessage());
    assertUntouched(List.of());
  }

  @Test
  void derbyOpenInAnotherProcessIsRefusedAsCyncRunning() throws Exception {
    // Another JVM boots the Derby files and keeps them open, as a running CYNC does.
    Process other =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                "org.apache.derby.tools.ij")
            .redirectErrorStream(true)
            .start();
    try {
      other
          .getOutputStream()
          .write(
              ("connect 'jdbc:derby:"
                      + dir.resolve("derby")
                      + "';\nselect count(*) from"
                      + " run_summary;\n")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      other.getOutputStream().flush();
      awaitOutput(other, "2");
      StoreRefused refused = assertThrows(StoreRefused.class, () -> move(postgres.password()));
      assertTrue(
          refused.getMessage().startsWith("CYNC (or another program) has the stores of"),
          refused.getMessage());
      assertUntouched(List.of());
    } finally {
      other.destroyForcibly().waitFor();
    }
  }

  /** Reads the other process's output until a line is {@code expected} (ij prints the count). */
  private static void awaitOutput(Process p, String expected) throws Exception {
    java.io.BufferedReader out =
        new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
    for (String line; (line = out.readLine()) != null; ) {
      if (line.strip().equals(expected)) {
        return;
      }
      if (line.contains("ERROR")) {
        throw new AssertionError("ij could not open the database: " + line);
      }
    }
    throw new AssertionError("ij ended before it had opened the database");
  }

  @Test
  void cyncStillRunningIsNamed() {
    SQLException locked =
        new SQLException("Failed to start database", "XJ040", new SQLException("x", "XSDB6"));
    assertTrue(
        SourceStores.reason(locked, dir, postgres.url(), "cync", "move")
            .startsWith("CYNC (or another program) has the stores of"));
    assertTrue(
        SourceStores.reason(new SQLException("x", "28P01"), dir, postgres.url(), "cync", "restore")
            .endsWith("Nothing was restored."));
  }

  private List<String> move(String password) {
    return StoreMove.run(dir, postgres.url(), PostgresServer.USER, password, NOW);
  }

  private void assertUntouched(List<String> tables) throws Exception {
    assertTrue(Files.isDirectory(dir.resolve("derby")), "Derby's files stay");
    assertFalse(Files.exists(dir.resolve(StoreMove.NOTE)), "no note");
    assertEquals(tables, postgres.tables(), "PostgreSQL as before");
  }

  /** Every row of CYNC's tables in key order, each value as text (SMALLINT 1 = BOOLEAN true). */
  static Map<String, List<String>> rows(Connection c, String prefix) throws Exception {
    Map<String, List<String>> all = new LinkedHashMap<>();
    for (Map.Entry<String, String> t : StoreUpgradeTest.TABLES.entrySet()) {
      all.put(t.getKey(), rows(c, prefix + t.getKey(), t.getValue()));
    }
    return all;
  }

  static List<String> rows(Connection c, String table, String key) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY " + key)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        Map<String, String> row = new java.util.TreeMap<>(); // the columns' order may differ
        for (int i = 1; i <= n; i++) {
          row.put(
              r.getMetaData().getColumnName(i).toUpperCase(java.util.Locale.ROOT),
              text(r.getObject(i)));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  private static String text(Object v) throws SQLException {
    if (v instanceof Boolean b) {
      return b ? "1" : "0";
    }
    if (v instanceof Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    if (v instanceof Blob blob) {
      return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
    }
    if (v instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    if (v instanceof java.sql.Timestamp t) {
      // PostgreSQL keeps microseconds: Derby's nanoseconds, rounded half up.
      return t.toInstant()
          .plusNanos(500)
          .truncatedTo(java.time.temporal.ChronoUnit.MICROS)
          .toString();
    }
    if (v instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    return String.valueOf(v);
  }

  /** A job repository as Payara's H2 keeps it (its tables, a few rows) beside the fixture. */
  static void makeJobRepository(Path batch) throws Exception {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + batch.resolve("jobs"));
        Statement s = h2.createStatement()) {
      s.execute(
          "CREATE TABLE JBATCHJOBINSTANCEDATA(jobinstanceid BIGINT AUTO_INCREMENT PRIMARY KEY,"
              + " name VARCHAR(512), apptag VARCHAR(512))");
      s.execute(
          "CREATE TABLE JBATCHEXECUTIONINSTANCEDATA(jobexecid BIGINT AUTO_INCREMENT PRIMARY KEY,"
              + " jobinstanceid BIGINT, createtime TIMESTAMP, starttime TIMESTAMP, endtime"
              + " TIMESTAMP, updatetime TIMESTAMP, parameters BLOB, batchstatus VARCHAR(512),"
              + " exitstatus VARCHAR(512))");
      s.execute(
          "CREATE TABLE JBATCHSTEPEXECUTIONINSTANCEDATA(stepexecid BIGINT AUTO_INCREMENT PRIMARY"
              + " KEY, jobexecid BIGINT, batchstatus VARCHAR(512), exitstatus VARCHAR(512),"
              + " stepname VARCHAR(512), readcount INTEGER, writecount INTEGER, commitcount"
              + " INTEGER, rollbackcount INTEGER, readskipcount INTEGER, processskipcount"
              + " INTEGER, filtercount INTEGER, writeskipcount INTEGER, startTime TIMESTAMP,"
              + " endTime TIMESTAMP, persistentData BLOB)");
      s.execute("CREATE TABLE JBATCHJOBSTATUS(id BIGINT, obj BLOB)");
      s.execute("CREATE TABLE JBATCHSTEPSTATUS(id BIGINT, obj BLOB)");
      s.execute("CREATE TABLE JBATCHCHECKPOINTDATA(id VARCHAR(512), obj BLOB)");
      s.execute(
          "INSERT INTO JBATCHJOBINSTANCEDATA VALUES (1, 'contact-sync', 'ROOT'), (2, 'contact-sync', 'ROOT')");
      s.execute(
          "INSERT INTO JBATCHEXECUTIONINSTANCEDATA VALUES (1, 1, TIMESTAMP '2026-12-01 10:00:00',"
              + " NULL, NULL, NULL, X'ACED0005', 'COMPLETED', 'COMPLETED'), (2, 2, NULL, NULL,"
              + " NULL, NULL, X'00FF', 'STOPPED', 'HELD')");
      s.execute(
          "INSERT INTO JBATCHSTEPEXECUTIONINSTANCEDATA (stepexecid, jobexecid, stepname,"
              + " readcount, persistentData) VALUES (7, 2, 'mailboxes', 12, X'0102')");
      s.execute("INSERT INTO JBATCHJOBSTATUS VALUES (1, X'01'), (2, X'02')");
      s.execute("INSERT INTO JBATCHSTEPSTATUS VALUES (7, X'07')");
      s.execute("INSERT INTO JBATCHCHECKPOINTDATA VALUES ('contact-sync,mailboxes,2', X'0A0B')");
    }
  }

  private static Connection h2(Path batch) throws SQLException {
    return DriverManager.getConnection("jdbc:h2:file:" + batch.resolve("jobs") + ";IFEXISTS=TRUE");
  }

  private static Map<String, List<String>> jobRows(Connection c) throws Exception {
    Map<String, List<String>> all = new LinkedHashMap<>();
    for (String t : JobRepositoryTables.CREATE.keySet()) {
      all.put(t, rows(c, JobRepositoryTables.PREFIX + t, "1"));
    }
    return all;
  }

  private static long nextExecutionId(Connection pg) throws Exception {
    return DerbyFiles.count(
        pg, "SELECT nextval(pg_get_serial_sequence('jbatchexecutioninstancedata', 'jobexecid'))");
  }
}
