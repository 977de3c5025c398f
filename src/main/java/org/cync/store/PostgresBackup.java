package org.cync.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The online backup of CYNC's stores on PostgreSQL, made the way pg_dump makes its own (which this
 * machine and CI need not have): one {@code REPEATABLE READ, READ ONLY} transaction, so every table
 * is read from one snapshot however CYNC writes meanwhile, and {@code COPY … TO STDOUT} of each of
 * CYNC's and the job repository's tables into a gzip'd file, then the {@link BackupManifest}. Both
 * stores are in the one database (the launcher gives both one pool), so one snapshot holds both.
 */
public final class PostgresBackup {
  private static final Logger LOG = Logger.getLogger(PostgresBackup.class.getName());

  private PostgresBackup() {}

  /** Writes the tables and the manifest into {@code folder}; answers the manifest's summary. */
  public static String write(Connection pg, Path folder, Instant now)
      throws SQLException, IOException {
    return write(pg, folder, now, () -> {});
  }

  /** {@code afterSnapshot} runs once the snapshot is taken (the tests write rows then). */
  static String write(Connection pg, Path folder, Instant now, Runnable afterSnapshot)
      throws SQLException, IOException {
    boolean autoCommit = pg.getAutoCommit();
    int isolation = pg.getTransactionIsolation();
    pg.setAutoCommit(false);
    pg.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    pg.setReadOnly(true);
    try {
      SchemaVersion schema = SchemaVersion.of(pg); // the first read: the snapshot is taken here
      afterSnapshot.run();
      CopyManager copy = pg.unwrap(PGConnection.class).getCopyAPI();
      List<BackupManifest.Table> tables = new ArrayList<>();
      for (String name : StoreTables.stores(pg)) {
        tables.add(table(pg, copy, name, folder));
      }
      String manifest = new BackupManifest(now, schema, tables).text();
      try {
        BackupManifest.parse(manifest); // what a restore would refuse fails the backup now
      } catch (StoreRefused e) {
        throw new IOException("it could not be restored: " + e.getMessage());
      }
      Files.writeString(folder.resolve(BackupManifest.FILE), manifest, StandardCharsets.UTF_8);
      long rows = tables.stream().mapToLong(BackupManifest.Table::rows).sum();
      return tables.size() + " tables, " + rows + " rows, schema " + schema.tag();
    } finally {
      giveBack(pg, autoCommit, isolation);
    }
  }

  /**
   * Ends the read-only transaction and sets the connection back as it came, for the pool lends it
   * out again: its validation (auto-commit) would not notice a connection left read-only, in
   * repeatable read or in a transaction. When that fails, the connection is aborted, which makes
   * the pool drop it. The backup's files are complete by then, so this alone does not fail it.
   */
  static void giveBack(Connection pg, boolean autoCommit, int isolation) {
    try {
      pg.rollback(); // read only: nothing to keep
      pg.setReadOnly(false);
      pg.setTransactionIsolation(isolation);
      pg.setAutoCommit(autoCommit);
    } catch (SQLException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "The backup''s connection could not be set back ({0}); it is closed, not reused.",
          e.getMessage());
      try {
        pg.abort(Runnable::run);
      } catch (SQLException | RuntimeException f) {
        LOG.log(Level.WARNING, "Aborting the backup''s connection failed: {0}", f.getMessage());
      }
    }
  }

  private static BackupManifest.Table table(
      Connection pg, CopyManager copy, String name, Path folder) throws SQLException, IOException {
    List<String> columns = StoreTables.columns(pg, name);
    BackupManifest.requireName(name); // a catalog name goes into COPY and a file name
    for (String column : columns) {
      BackupManifest.requireName(column);
    }
    BackupManifest.Table planned = new BackupManifest.Table(name, columns, 0, "");
    Path file = folder.resolve(planned.file());
    MessageDigest sha256 = DigestUtils.getSha256Digest(); // of the file as written, in one pass
    long rows;
    try (OutputStream out =
        new GZIPOutputStream(new DigestOutputStream(Files.newOutputStream(file), sha256))) {
      rows = copy.copyOut("COPY " + PostgresRestore.target(name, columns) + " TO STDOUT", out);
    }
    return new BackupManifest.Table(name, columns, rows, Hex.encodeHexString(sha256.digest()));
  }
}
