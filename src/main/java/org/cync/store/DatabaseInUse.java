package org.cync.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What may still use CYNC's database while {@link PostgresRestore} replaces its rows, each refused
 * in one line naming the fix: a running CYNC (its pools name their connections, StoreCommands'
 * ApplicationName), which would keep its caches of the old rows and write into the restored ones; a
 * prepared transaction a stopped CYNC left (its transaction log is moved aside by the restore, so
 * nothing would ever end it, and its locks would hold the {@code TRUNCATE}); and any other lock
 * held longer than the restore's {@code lock_timeout}, which would otherwise make it wait forever.
 */
final class DatabaseInUse {
  /** PostgreSQL's SQL state for "canceling statement due to lock timeout". */
  static final String LOCK_NOT_AVAILABLE = "55P03";

  private DatabaseInUse() {}

  /** Refuses when CYNC has a connection open to this database ({@code during}: or opened one). */
  static void requireCyncStopped(Connection pg, boolean during) throws SQLException {
    try (Statement s = pg.createStatement()) {
      // PostgreSQL keeps one view of pg_stat_activity per transaction: a fresh one, so that the
      // look after the TRUNCATE sees connections opened since the first.
      s.execute("SELECT pg_stat_clear_snapshot()");
    }
    try (Statement s = pg.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND"
                    + " application_name IN ('cync', 'cync-batch') AND pid <> pg_backend_pid()")) {
      r.next();
      long open = r.getLong(1);
      if (open > 0 && !during) {
        throw new StoreRefused(
            "CYNC is running on this database ("
                + open
                + " of its connections are open): stop it, then restore. Nothing was restored.");
      }
      if (open > 0) {
        throw new StoreRefused(
            "CYNC connected to this database while the restore ran ("
                + open
                + " of its connections are open): stop it, then restore again. Nothing was"
                + " restored.");
      }
    }
  }

  /** Refuses when PostgreSQL holds prepared (two-phase) transactions of this database. */
  static void requireNoPreparedTransactions(Connection pg) throws SQLException {
    List<String> gids = new ArrayList<>();
    try (Statement s = pg.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT gid FROM pg_prepared_xacts WHERE database = current_database()"
                    + " ORDER BY prepared")) {
      while (r.next()) {
        gids.add(r.getString(1));
      }
    }
    if (!gids.isEmpty()) {
      throw new StoreRefused(
          "PostgreSQL holds "
              + gids.size()
              + " prepared transaction(s) of this database (pg_prepared_xacts), left by a CYNC that"
              + " stopped in the middle of a chunk: start CYNC once and stop it again (its"
              + " transaction recovery ends them), or end each as the database owner with ROLLBACK"
              + " PREPARED '<gid>' (gid "
              + cut(gids.get(0))
              + (gids.size() > 1 ? ", …" : "")
              + "), then restore. Nothing was restored.");
    }
  }

  /** Whether {@code e} is the {@code lock_timeout} expiring. */
  static boolean lockTimedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException s && LOCK_NOT_AVAILABLE.equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** The refusal for a lock held longer than {@code timeout}. */
  static StoreRefused lockedFor(Duration timeout) {
    return new StoreRefused(
        "a table of the store stayed locked by another connection for more than "
            + timeout.toSeconds()
            + " s: stop CYNC and any other program using this database (pg_stat_activity, pg_locks"
            + " name it), end a left-over prepared transaction (pg_prepared_xacts), then restore."
            + " Nothing was restored.");
  }

  /** A gid is Payara's XA identifier: long, but not secret; cut so the line stays one line. */
  private static String cut(String gid) {
    return gid.length() <= 80 ? gid : gid.substring(0, 79) + "…";
  }
}
