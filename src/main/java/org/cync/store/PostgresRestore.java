package org.cync.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Puts a {@link PostgresBackup} back into CYNC's PostgreSQL database, CYNC stopped ({@code java
 * -Dcync.restore=backup-… -jar cync.jar} with the PostgreSQL settings; the launcher calls {@link
 * #run} by name, as it calls the move). Refused before anything changes when a file's digest is
 * wrong or the database's schema version is not the backup's; an empty database first gets the
 * schema of the backup's version. Then one transaction empties the tables, copies the rows in, lets
 * the job repository's counters continue after them, checks every row count and writes the audit
 * line: a failure rolls all of it back. What else may use the database ({@link DatabaseInUse}) is
 * refused before, and again once the {@code TRUNCATE} holds its locks; a lock held by someone else
 * ends the restore after {@link #LOCK_TIMEOUT} instead of letting it wait forever.
 */
public final class PostgresRestore {
  static final String ACTION = "Backup restored";

  /** How long a statement of the restore waits for a lock another connection holds. */
  static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);

  private PostgresRestore() {}

  /** Restores {@code folder}; answers the lines to print (one per table). */
  public static List<String> run(String folder, String url, String user, String password) {
    Path from = Path.of(folder).toAbsolutePath().normalize();
    String actor = System.getProperty("user.name", "?") + " (operating-system user, cync.restore)";
    try (Connection pg = StoreMove.target(url, user, password)) {
      return restore(from, pg, Instant.now(), actor, LOCK_TIMEOUT, () -> {});
    } catch (SQLException e) {
      throw new StoreRefused(SourceStores.reason(e, from, url, user, "restore"));
    } catch (IOException e) {
      throw new StoreRefused(
          "cannot read the backup " + from + " (" + e.getMessage() + "); nothing was restored.");
    }
  }

  /** {@code afterTruncate} runs once the tables are emptied (the tests connect as CYNC then). */
  static List<String> restore(
      Path folder,
      Connection pg,
      Instant now,
      String actor,
      Duration lockTimeout,
      Runnable afterTruncate)
      throws SQLException, IOException {
    BackupManifest manifest = BackupManifest.readVerified(folder);
    DatabaseInUse.requireCyncStopped(pg, false);
    DatabaseInUse.requireNoPreparedTransactions(pg);
    pg.setAutoCommit(false);
    try {
      try (Statement s = pg.createStatement()) {
        s.execute("SET LOCAL lock_timeout = '" + lockTimeout.toMillis() + "ms'");
      }
      prepareSchema(pg, manifest.schema().tag());
      SchemaVersion here = SchemaVersion.of(pg);
      if (!here.sha256().equals(manifest.schema().sha256())) {
        throw new StoreRefused(
            "the backup's schema ("
                + manifest.schema().text()
                + ") is not the database's ("
                + here.text()
                + "): restore a backup of an older version into an empty database, or use the CYNC"
                + " version that took it. Nothing was restored.");
      }
      sameTables(pg, manifest);
      List<String> names = manifest.tables().stream().map(BackupManifest.Table::name).toList();
      try (Statement s = pg.createStatement()) {
        s.execute("TRUNCATE " + String.join(", ", names.stream().map(n -> '"' + n + '"').toList()));
      }
      afterTruncate.run();
      // Whoever connects from now on waits for the commit and then reads only the restored rows;
      // a CYNC that connected since the first look may have read the old ones.
      DatabaseInUse.requireCyncStopped(pg, true);
      CopyManager copy = pg.unwrap(PGConnection.class).getCopyAPI();
      for (BackupManifest.Table t : manifest.tables()) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(folder.resolve(t.file())))) {
          copy.copyIn("COPY " + target(t.name(), t.columns()) + " FROM STDIN", in);
        }
      }
      List<String> lines = counted(pg, manifest);
      MoveAudit.record(
          pg,
          now,
          actor,
          ACTION,
          folder + " (taken " + manifest.taken() + "), " + lines.size() + " tables");
      // Last before the commit: PostgreSQL does not roll back setval, so nothing may fail after it.
      JobRepositoryTables.continueCounters(pg);
      pg.commit();
      return lines;
    } catch (SQLException | IOException | RuntimeException e) {
      pg.rollback();
      if (DatabaseInUse.lockTimedOut(e)) {
        throw DatabaseInUse.lockedFor(lockTimeout);
      }
      throw e;
    }
  }

  /**
   * An empty database gets the schema of the backup's version (its tag), not this version's: the
   * rows fit it, and the next start of CYNC brings it to the newest as an upgrade does. The job
   * repository's tables are made when missing.
   */
  private static void prepareSchema(Connection pg, String tag) throws SQLException {
    List<String> present = StoreTables.all(pg, pg.getSchema());
    if (present.isEmpty()) {
      try {
        SchemaMigration.migrate(NoCommit.wrap(pg), tag);
      } catch (SQLException e) {
        throw e;
      } catch (Exception e) {
        throw new SQLException("the schema could not be made: " + e.getMessage(), e);
      }
    } else if (!present.contains("databasechangelog")) {
      throw new StoreRefused(
          "the database has tables but no Liquibase history (databasechangelog): it is not"
              + " CYNC's. Name CYNC's database, or an empty one. Nothing was restored.");
    }
    if (StoreTables.jobRepository(pg).isEmpty()) {
      JobRepositoryTables.create(pg);
    }
  }

  /**
   * The manifest must name exactly CYNC's and the job repository's tables, each with the columns
   * the database has: a manifest missing a table would restore part of the store, one naming
   * another table would empty it.
   */
  private static void sameTables(Connection pg, BackupManifest manifest) throws SQLException {
    List<String> here = StoreTables.stores(pg);
    List<String> named = manifest.tables().stream().map(BackupManifest.Table::name).toList();
    if (!new java.util.TreeSet<>(here).equals(new java.util.TreeSet<>(named))
        || here.size() != named.size()) {
      throw new StoreRefused(
          "the backup's tables "
              + new java.util.TreeSet<>(named)
              + " are not the database's "
              + new java.util.TreeSet<>(here)
              + ". Nothing was restored.");
    }
    for (BackupManifest.Table t : manifest.tables()) {
      List<String> columns = StoreTables.columns(pg, t.name());
      if (!columns.equals(t.columns())) {
        throw new StoreRefused(
            "the backup's columns of "
                + t.name()
                + " "
                + t.columns()
                + " are not the database's "
                + columns
                + ". Nothing was restored.");
      }
    }
  }

  /** Each table's count as PostgreSQL has it now, which must be the manifest's. */
  private static List<String> counted(Connection pg, BackupManifest manifest) throws SQLException {
    List<String> lines = new ArrayList<>();
    for (BackupManifest.Table t : manifest.tables()) {
      long rows;
      try (Statement s = pg.createStatement();
          ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"" + t.name() + "\"")) {
        r.next();
        rows = r.getLong(1);
      }
      if (rows != t.rows()) {
        throw new StoreRefused(
            t.name()
                + " has "
                + rows
                + " rows after the copy, the backup "
                + t.rows()
                + ": nothing was restored (the database is as before). Please report it.");
      }
      lines.add(t.name() + ": " + rows + " rows");
    }
    return lines;
  }

  /** {@code "table" ("a", "b")}: the names come from the catalog or a checked manifest. */
  static String target(String table, List<String> columns) {
    return '"'
        + table
        + "\" ("
        + String.join(", ", columns.stream().map(c -> '"' + c + '"').toList())
        + ")";
  }
}
