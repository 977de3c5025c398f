package org.cync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cync.testing.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The PostgreSQL backup and restore on a real PostgreSQL (started by the test), without CYNC: the
 * stores are filled by the move of {@link StoreMoveTest}'s fixture (CYNC's tables made by the real
 * changelog, and a job repository), backed up while another connection keeps writing, changed, and
 * restored. The truth is a plain SQL reading of every table, not CYNC's classes; a refused restore
 * (another schema version, a damaged file, a failing copy) leaves every table as it was.
 */
class PostgresBackupTest {
  static final Instant NOW = Instant.parse("2026-12-07T00:30:00Z");
  static PostgresServer postgres;
  Path backup;

  @BeforeAll
  static void startPostgres() {
    // Prepared transactions on: one case leaves one behind, as a CYNC before the one pool could.
    postgres = PostgresServer.start("backup", Map.of("max_prepared_transactions", "4"));
  }

  @AfterAll
  static void stopPostgres() {
    postgres.close();
  }

  @BeforeEach
  void filledStores() throws Exception {
    postgres.emptySchema();
    Path dir = DerbyFiles.unzip(StoreUpgradeTest.FIXTURE, DerbyFiles.fresh("pg-backup"));
    StoreMoveTest.makeJobRepository(dir.resolve("batch"));
    StoreMove.run(dir, postgres.url(), PostgresServer.USER, postgres.password(), NOW);
    backup = Files.createDirectories(DerbyFiles.fresh("pg-backup-folder").resolve("backup"));
  }

  @Test
  void theBackupHoldsItsSnapshotAndTheRestoreBringsItBack() throws Exception {
    Map<String, List<String>> atBackup = truth();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger written = new AtomicInteger();
    Thread[] writer = new Thread[1];
    try (Connection pg = postgres.connect()) {
      PostgresBackup.write(
          pg,
          backup,
          NOW,
          () -> {
            // The snapshot is taken: from now on another connection keeps writing, committed.
            writer[0] = new Thread(() -> keepWriting(writing, written));
            writer[0].start();
            awaitWrites(written, 3);
          });
    } finally {
      writing.set(false);
      if (writer[0] != null) {
        writer[0].join();
      }
    }
    assertTrue(written.get() >= 3, "rows were written during the backup: " + written);
    assertTrue(truth().get("auditentry").size() > atBackup.get("auditentry").size());
    BackupManifest manifest = BackupManifest.readVerified(backup);
    assertEquals(
        atBackup.get("auditentry").size(),
        manifest.tables().stream()
            .filter(t -> t.name().equals("auditentry"))
            .findFirst()
            .orElseThrow()
            .rows(),
        "the backup holds the snapshot, not the rows written after it");

    change();
    List<String> lines = restore();

    assertTrue(lines.contains("run_summary: 2 rows"), "" + lines);
    assertEquals(atBackup, truthWithoutRestoreAudit(), "every table as it was at the backup");
    try (Connection pg = postgres.connect()) {
      long next =
          DerbyFiles.count(
              pg,
              "SELECT nextval(pg_get_serial_sequence('jbatchexecutioninstancedata', 'jobexecid'))");
      assertTrue(
          next > DerbyFiles.count(pg, "SELECT MAX(jobexecid) FROM jbatchexecutioninstancedata"),
          "a new run does not take a restored run's number: " + next);
    }
  }

  @Test
  void aRestoreIntoAnEmptyDatabaseMakesTheSchemaFirst() throws Exception {
    Map<String, List<String>> atBackup = truth();
    try (Connection pg = postgres.connect()) {
      PostgresBackup.write(pg, backup, NOW);
    }
    postgres.emptySchema();
    restore();
    assertEquals(atBackup, truthWithoutRestoreAudit());
    try (Connection pg = postgres.connect()) {
      assertTrue(DerbyFiles.count(pg, "SELECT COUNT(*) FROM databasechangelog") > 0);
    }
  }

  @Test
  void theConnectionGoesBackAsItCameOrIsAbortedWhenTheRollbackFails() throws Exception {
    try (Connection pg = postgres.connect()) {
      PostgresBackup.write(pg, backup, NOW);
      assertTrue(pg.getAutoCommit());
      assertEquals(Connection.TRANSACTION_READ_COMMITTED, pg.getTransactionIsolation());
      assertFalse(pg.isReadOnly(), "a pooled connection goes back as it came");
    }
    Path again = Files.createDirectories(backup.resolveSibling("again"));
    try (Connection pg = postgres.connect()) {
      // As a connection lost at the end of the backup: its rollback throws.
      Connection failing =
          (Connection)
              java.lang.reflect.Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (proxy, method, args) -> {
                    if (method.getName().equals("rollback")) {
                      throw new SQLException("An I/O error occurred while sending to the backend.");
                    }
                    try {
                      return method.invoke(pg, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
      String summary = PostgresBackup.write(failing, again, NOW);
      assertTrue(summary.contains(" tables, "), "the files were complete: " + summary);
      assertTrue(
          pg.isClosed(), "not given back read-only, in repeatable read, in a transaction: aborted");
    }
  }

  @Test
  void anotherSchemaVersionIsRefusedAndNothingChanges() throws Exception {
    try (Connection pg = postgres.connect()) {
      PostgresBackup.write(pg, backup, NOW);
    }
    change();
    try (Connection c = postgres.connect();
        Statement s = c.createStatement()) {
      // As a newer CYNC would have it: one more changeset.
      s.execute(
          "INSERT INTO databasechangelog (id, author, filename, dateexecuted, orderexecuted,"
              + " exectype, md5sum) VALUES ('next', 'cync', 'db/changelog.xml', now(), 999,"
              + " 'EXECUTED', '9:0')");
    }
    Map<String, List<String>> before = truth();
    StoreRefused refused = assertThrows(StoreRefused.class, this::restore);
    assertTrue(refused.getMessage().contains("is not the database's"), refused.getMessage());
    assertEquals(before, truth(), "untouched");
  }

  @Test
  void aDamagedFileIsRefusedBeforeAnythingChanges() throws Exception {
    try (Connection pg = postgres.connect()) {
      PostgresBackup.write(pg, backup, NOW);
    }
    Path file = backup.resolve("run_summary.copy.gz");
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 1;
    Files.write(file, bytes);
    change();
    Map<String, List<String>> before = truth();
    StoreRefused refused = assertThrows(StoreRefused.class, this::restore);
    assertTrue(
        refused.getMessage().contains("run_summary.copy.gz does not have the SHA-256"),
        refused.getMessage());
    assertEquals(before, truth(), "untouched");
  }

  @Test
  void aRunningCyncIsRefusedAndNothingChanges() throws Exception {
    try (Connection pg = postgres.connect()) {
      PostgresBackup.write(pg, backup, NOW);
    }
    change();
    Map<String, List<String>> before = truth();
    java.util.Properties asCync = new java.util.Properties();
    asCync.setProperty("user", PostgresServer.USER);
    asCync.setProperty("password", postgres.password());
    asCync.setProperty("ApplicationName", "cync"); // as CYNC's pool names its connections
    try (Connection running = java.sql.DriverManager.getConnection(postgres.url(), asCync)) {
      StoreRefused refused = assertThrows(StoreRefused.class, this::restore);
      assertTrue(
          refused.getMessage().startsWith("CYNC is running on this database (1 of"),
          refused.getMessage());
    }
    assertEquals(before, truth(), "untouched");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aLockHeldByAnotherConnectionEndsTheRestoreAfterTheLockTimeout() throws Exception {
    try (Connection pg = postgres.connect()) {
      PostgresBackup.write(pg, backup, NOW);
    }
    change();
    Map<String, List<String>> before = truth();
    try (Connection holder = postgres.connect();
        Statement s = holder.createStatement()) {
      // Another program (not named as CYNC) reads a table in a transaction it keeps open.
      holder.setAutoCommit(false);
      s.executeQuery("SELECT COUNT(*) FROM run_summary").close();
      long start = System.nanoTime();
      StoreRefused refused =
          assertThrows(StoreRefused.class, () -> restore(Duration.ofSeconds(1), () -> {}));
      assertTrue(
          refused.getMessage().startsWith("a table of the store stayed locked by another"),
          refused.getMessage());
      assertTrue(refused.getMessage().contains("more than 1 s"), refused.getMessage());
      assertTrue(System.nanoTime() - start < 30_000_000_000L, "ended by the lock timeout");
      holder.rollback();
    }
    assertEquals(before, truth(), "untouched");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aLeftOverPreparedTransactionIsRefusedAndNothingChanges() throws Exception {
    try (Connection pg = postgres.connect()) {
      PostgresBackup.write(pg, backup, NOW);
    }
    change();
    Map<String, List<String>> before = truth();
    try (Connection c = postgres.connect();
        Statement s = c.createStatement()) {
      // As a CYNC killed between the two phases of a chunk's commit left it (while the job
      // repository had a pool of its own, or another tool's): locks and all.
      s.execute("BEGIN");
      s.execute("UPDATE directorystate SET deltalink = 'prepared, never committed'");
      s.execute("PREPARE TRANSACTION 'cync-left-over'");
    }
    try {
      StoreRefused refused = assertThrows(StoreRefused.class, this::restore);
      assertTrue(
          refused.getMessage().startsWith("PostgreSQL holds 1 prepared transaction(s)"),
          refused.getMessage());
      assertTrue(refused.getMessage().contains("gid cync-left-over"), refused.getMessage());
      assertEquals(before, truth(), "untouched");
    } finally {
      try (Connection c = postgres.connect();
          Statement s = c.createStatement()) {
        s.execute("ROLLBACK PREPARED 'cync-left-over'");
      }
    }
    assertEquals(before, truth(), "untouched");
  }

  @Test
  void aCyncConnectingDuringTheRestoreIsRefusedAndNothingChanges() throws Exception {
    try (Connection pg = postgres.connect()) {
      PostgresBackup.write(pg, backup, NOW);
    }
    change();
    Map<String, List<String>> before = truth();
    List<Connection> cync = new ArrayList<>();
    try {
      StoreRefused refused =
          assertThrows(
              StoreRefused.class,
              () ->
                  restore(
                      PostgresRestore.LOCK_TIMEOUT,
                      () -> {
                        try {
                          cync.add(asCync()); // CYNC starts after the first look
                        } catch (SQLException e) {
                          throw new IllegalStateException(e);
                        }
                      }));
      assertTrue(
          refused.getMessage().startsWith("CYNC connected to this database while the restore"),
          refused.getMessage());
    } finally {
      for (Connection c : cync) {
        c.close();
      }
    }
    assertEquals(1, cync.size());
    assertEquals(before, truth(), "untouched");
  }

  @Test
  void aCopyFailingHalfWayRollsEverythingBack() throws Exception {
    try (Connection pg = postgres.connect()) {
      PostgresBackup.write(pg, backup, NOW);
    }
    change();
    try (Connection c = postgres.connect();
        Statement s = c.createStatement()) {
      // The same columns, but no row may go in: the copy fails after others were filled.
      s.execute("ALTER TABLE run_summary ADD CONSTRAINT refuse_all CHECK (false) NOT VALID");
    }
    Map<String, List<String>> before = truth();
    assertThrows(SQLException.class, this::restore);
    assertEquals(before, truth(), "the tables emptied and filled before the failure are back");
  }

  @Test
  void anEditedRowCountIsRefusedAndTheCountersStayAsTheyWere() throws Exception {
    try (Connection pg = postgres.connect()) {
      PostgresBackup.write(pg, backup, NOW);
    }
    change();
    edit("table.run_summary.rows=", "table.run_summary.rows=999");
    Map<String, List<String>> before = truth();
    Map<String, Long> counters = counters();
    StoreRefused refused = assertThrows(StoreRefused.class, this::restore);
    assertTrue(refused.getMessage().contains("run_summary has"), refused.getMessage());
    assertEquals(before, truth(), "untouched");
    assertEquals(counters, counters(), "PostgreSQL does not roll back setval");
  }

  @Test
  void aManifestWithoutOneOfTheTablesIsRefused() throws Exception {
    try (Connection pg = postgres.connect()) {
      PostgresBackup.write(pg, backup, NOW);
    }
    change();
    Path manifest = backup.resolve(BackupManifest.FILE);
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(manifest)) {
      lines.add(
          line.startsWith("tables=")
              ? line.replace("run_summary,", "").replace(",run_summary", "")
              : line);
    }
    Files.write(manifest, lines);
    Map<String, List<String>> before = truth();
    StoreRefused refused = assertThrows(StoreRefused.class, this::restore);
    assertTrue(refused.getMessage().contains("are not the database's"), refused.getMessage());
    assertEquals(before, truth(), "untouched");
  }

  /** Replaces the manifest line starting with {@code prefix}. */
  private void edit(String prefix, String line) throws Exception {
    Path manifest = backup.resolve(BackupManifest.FILE);
    List<String> lines = new ArrayList<>();
    for (String l : Files.readAllLines(manifest)) {
      lines.add(l.startsWith(prefix) ? line : l);
    }
    assertTrue(lines.contains(line), "the manifest has a line " + prefix);
    Files.write(manifest, lines);
  }

  /** The job repository's id counters, as PostgreSQL has them. */
  private static Map<String, Long> counters() throws SQLException {
    Map<String, Long> values = new TreeMap<>();
    try (Connection c = postgres.connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT sequencename, COALESCE(last_value, 0) FROM pg_sequences")) {
      while (r.next()) {
        values.put(r.getString(1), r.getLong(2));
      }
    }
    assertTrue(values.keySet().stream().anyMatch(n -> n.startsWith("jbatch")), values.toString());
    return values;
  }

  private List<String> restore() throws Exception {
    return restore(PostgresRestore.LOCK_TIMEOUT, () -> {});
  }

  private List<String> restore(Duration lockTimeout, Runnable afterTruncate) throws Exception {
    try (Connection pg =
        StoreMove.target(postgres.url(), PostgresServer.USER, postgres.password())) {
      return PostgresRestore.restore(backup, pg, NOW, "test", lockTimeout, afterTruncate);
    }
  }

  /** A connection named as CYNC's pools name theirs. */
  private static Connection asCync() throws SQLException {
    java.util.Properties asCync = new java.util.Properties();
    asCync.setProperty("user", PostgresServer.USER);
    asCync.setProperty("password", postgres.password());
    asCync.setProperty("ApplicationName", "cync-batch");
    return java.sql.DriverManager.getConnection(postgres.url(), asCync);
  }

  /** Rows the backup must not bring back, and rows it must: deleted, changed, added. */
  private static void change() throws SQLException {
    try (Connection c = postgres.connect();
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM run_summary");
      s.execute("UPDATE directorystate SET deltalink = 'changed after the backup'");
      s.execute("DELETE FROM jbatchcheckpointdata");
      s.execute("INSERT INTO jbatchjobinstancedata (name, apptag) VALUES ('later', 'ROOT')");
    }
  }

  private static void keepWriting(AtomicBoolean writing, AtomicInteger written) {
    try (Connection c = postgres.connect();
        Statement s = c.createStatement()) {
      for (int id = 1_000_000; writing.get(); id++) {
        s.execute(
            "INSERT INTO auditentry (id, atmillis, actor, action, detail) VALUES ("
                + id
                + ", 0, 'writer', 'During the backup', '')");
        written.incrementAndGet();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitWrites(AtomicInteger written, int n) {
    long end = System.nanoTime() + 20_000_000_000L;
    while (written.get() < n && System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }

  /** Every table but Liquibase's, each row as sorted column=value text, the rows sorted. */
  private static Map<String, List<String>> truth() throws SQLException {
    Map<String, List<String>> all = new TreeMap<>();
    try (Connection c = postgres.connect()) {
      List<String> tables =
          postgres.tables().stream().filter(t -> !t.startsWith("databasechangelog")).toList();
      for (String table : tables) {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
            ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
          int n = r.getMetaData().getColumnCount();
          while (r.next()) {
            Map<String, String> row = new TreeMap<>();
            for (int i = 1; i <= n; i++) {
              row.put(r.getMetaData().getColumnName(i), text(r.getObject(i)));
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        all.put(table, rows);
      }
    }
    assertTrue(all.size() >= 10, "CYNC's and the job repository's tables: " + all.keySet());
    return all;
  }

  /** The truth after a restore, less its audit line and the IDs that line took. */
  private static Map<String, List<String>> truthWithoutRestoreAudit() throws SQLException {
    try (Connection c = postgres.connect();
        Statement s = c.createStatement()) {
      assertEquals(
          1,
          s.executeUpdate(
              "DELETE FROM auditentry WHERE action = 'Backup restored' AND actor = 'test'"),
          "the restore is in the audit log");
      s.execute("UPDATE sequence SET seq_count = seq_count - 50 WHERE seq_name = 'SEQ_GEN'");
    }
    return truth();
  }

  private static String text(Object v) {
    if (v instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return String.valueOf(v);
  }
}
