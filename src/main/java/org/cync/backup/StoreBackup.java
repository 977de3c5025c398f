package org.cync.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.cync.store.PostgresBackup;

/**
 * Writes one backup folder: each store through its own online backup (consistent while CYNC runs;
 * Derby's waits for open transactions to end; PostgreSQL's reads one snapshot), then the private
 * files. The caller makes sure no run is going, so that the two stores agree with each other.
 */
final class StoreBackup {
  /** The private files of the data directory that belong in a backup (absent ones are skipped). */
  static final List<String> PRIVATE_FILES =
      List.of("keystore.p12", "keystore-password", "smtp-password");

  /** In the backup folder: Derby's copy (a folder named like the database) and H2's zip. */
  static final String DERBY = "derby";

  static final String BATCH_ZIP = "batch-jobs.zip";

  private StoreBackup() {}

  static void derby(DataSource applicationStore, Path folder) throws SQLException {
    try (Connection c = applicationStore.getConnection();
        CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
      call.setString(1, folder.toAbsolutePath().toString());
      call.execute();
    }
  }

  static void h2(DataSource batchRepository, Path folder) throws SQLException {
    String zip = folder.resolve(BATCH_ZIP).toAbsolutePath().toString();
    if (zip.contains("'")) {
      throw new SQLException("the data directory's path must not contain a quote: " + zip);
    }
    try (Connection c = batchRepository.getConnection();
        Statement s = c.createStatement()) {
      s.execute("BACKUP TO '" + zip + "'");
    }
  }

  /**
   * Both stores on PostgreSQL: one snapshot of all their tables ({@link PostgresBackup}), through
   * the job repository's pool, whose plain connections (not XA) may hold a local transaction; it
   * points at the same database as CYNC's.
   */
  static String postgres(DataSource batchRepository, Path folder, Instant now)
      throws SQLException, IOException {
    try (Connection c = batchRepository.getConnection()) {
      return PostgresBackup.write(c, folder, now);
    }
  }

  static void privateFiles(Path dataDir, Path folder) throws IOException {
    for (String name : PRIVATE_FILES) {
      Path file = dataDir.resolve(name);
      if (Files.isRegularFile(file)) {
        Files.copy(file, folder.resolve(name));
      }
    }
  }
}
