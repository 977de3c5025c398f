package org.cync.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.cync.launcher.Restore;
import org.cync.launcher.StartupProblem;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore on real Derby and H2 files laid out as in a data directory: the online backup
 * is taken while the stores are open, later changes are made, and the launcher's restore brings
 * back exactly what the backup held (and keeps what it replaced).
 */
class BackupRestoreTest {
  @TempDir Path data;

  @Test
  void aRestoreBringsBackTheStoresAndPrivateFilesAsTheBackupHadThem() throws Exception {
    EmbeddedDataSource derby = new EmbeddedDataSource();
    derby.setDatabaseName(data.resolve("derby").toString());
    derby.setCreateDatabase("create");
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + data.resolve("batch/jobs"));
    Files.writeString(data.resolve("keystore-password"), "before\n");
    Files.write(data.resolve("keystore.p12"), new byte[] {1, 2, 3});

    try (Connection d = derby.getConnection();
        Connection h = h2.getConnection()) {
      exec(d, "CREATE TABLE SETTING (NAME VARCHAR(40), VAL VARCHAR(40))");
      exec(d, "INSERT INTO SETTING VALUES ('deltaLink', 'link-1')");
      exec(h, "CREATE TABLE JBATCH_RUN (ID INT)");
      exec(h, "INSERT INTO JBATCH_RUN VALUES (1)");

      Path folder = data.resolve("backups").resolve("backup-20261206T180000Z");
      Files.createDirectories(folder);
      StoreBackup.derby(derby, folder); // online: the connections stay open
      StoreBackup.h2(h2, folder);
      StoreBackup.privateFiles(data, folder);
      assertTrue(Files.isDirectory(folder.resolve("derby")), "Derby's copy");
      assertTrue(Files.size(folder.resolve("batch-jobs.zip")) > 0, "H2's zip");

      exec(d, "UPDATE SETTING SET VAL = 'link-2'");
      exec(h, "INSERT INTO JBATCH_RUN VALUES (2)");
    }
    shutDown(data.resolve("derby"));
    Files.writeString(data.resolve("keystore-password"), "after\n");
    Files.createDirectories(data.resolve("transactions"));

    Path aside =
        Restore.run(data, "backup-20261206T180000Z", Instant.parse("2026-12-07T08:00:00Z"));

    assertEquals(data.resolve("before-restore-20261207T080000Z"), aside);
    assertTrue(Files.isDirectory(aside.resolve("derby")), "the replaced store is kept");
    assertTrue(Files.isDirectory(aside.resolve("transactions")), "the old transaction log too");
    assertEquals("after\n", Files.readString(aside.resolve("keystore-password")));
    assertEquals(
        "before\n", Files.readString(data.resolve("keystore-password"), StandardCharsets.UTF_8));
    try (Connection d = derby.getConnection();
        Connection h = h2.getConnection()) {
      assertEquals(List.of("link-1"), column(d, "SELECT VAL FROM SETTING"));
      assertEquals(List.of("1"), column(h, "SELECT ID FROM JBATCH_RUN"));
    }
    shutDown(data.resolve("derby"));

    StartupProblem again =
        assertThrows(
            StartupProblem.class,
            () -> Restore.run(data, "backup-20261206T180000Z", Instant.now()),
            "a setting left in place does not restore the same backup at every start");
    assertTrue(again.getMessage().contains("was restored already"), again.getMessage());
  }

  @Test
  void aNameThatIsNotAFinishedBackupIsRefusedAndNothingMoves() throws Exception {
    Files.createDirectories(data.resolve("derby"));
    Files.createDirectories(data.resolve("backups/backup-20261206T180000Z.partial/derby"));
    StartupProblem p =
        assertThrows(
            StartupProblem.class,
            () -> Restore.run(data, "backup-20261206T180000Z.partial", Instant.now()));
    assertTrue(p.getMessage().contains("is not a finished backup"), p.getMessage());
    assertTrue(Files.isDirectory(data.resolve("derby")), "the store stays where it was");
    assertThrows(StartupProblem.class, () -> Restore.run(data, " ", Instant.now()));
  }

  static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static List<String> column(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  /** Closes the Derby database, as stopping CYNC does, so its files can be replaced. */
  static void shutDown(Path db) {
    try {
      DriverManager.getConnection("jdbc:derby:" + db + ";shutdown=true").close();
    } catch (SQLException expected) {
      // Derby answers a clean shutdown with SQLState 08006
    }
  }
}
