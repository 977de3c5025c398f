package org.cync.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The two file stores of a data directory as the move opens them (Derby's without creating it, H2's
 * only if it exists), and what a failing connection means for the operator: CYNC still running on
 * the files, PostgreSQL unreachable, a wrong password, a missing database.
 */
final class SourceStores {
  private SourceStores() {}

  static Connection derby(Path database) throws SQLException {
    return DriverManager.getConnection("jdbc:derby:" + database);
  }

  /** The H2 job repository, if CYNC ever started on these files. */
  static Optional<Connection> jobRepository(Path batch) throws SQLException {
    Path file = batch.resolve("jobs");
    if (!Files.exists(batch.resolve("jobs.mv.db"))) {
      return Optional.empty();
    }
    return Optional.of(DriverManager.getConnection("jdbc:h2:file:" + file + ";IFEXISTS=TRUE"));
  }

  /** Closes Derby's files, so that they can be moved (and CYNC can open them again). */
  static void shutdown(Path database) {
    try {
      DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
    } catch (SQLException expected) {
      // Derby answers a shutdown with 08006, and with XJ004 when it was never booted
    }
  }

  /**
   * The operator's reading of a failure of the move or the restore ({@code command}, "move" or
   * "restore"); it is refused, nothing changed.
   */
  static String reason(SQLException e, Path dir, String url, String user, String command) {
    List<String> states = new ArrayList<>();
    String first = null;
    for (Throwable t = e; t != null; t = next(t)) {
      if (t instanceof SQLException s && s.getSQLState() != null) {
        states.add(s.getSQLState());
      }
      if (first == null && t.getMessage() != null) {
        first = t.getMessage().strip().lines().findFirst().orElse("");
      }
    }
    String nothing = " Nothing was " + command + "d."; // moved, restored
    if (states.contains("XSDB6") || states.contains("90020")) {
      return "CYNC (or another program) has the stores of "
          + dir
          + " open: stop CYNC, then "
          + command
          + "."
          + nothing;
    }
    if (states.contains("28P01") || states.contains("28000")) {
      return "PostgreSQL refused user "
          + user
          + " with the password given: check cync.store.user (CYNC_STORE_USER) and the password"
          + " (CYNC_STORE_PASSWORD or the file of cync.store.password.file)."
          + nothing;
    }
    if (states.contains("3D000")) {
      return "the database of "
          + url
          + " does not exist: create it (CREATE DATABASE … OWNER "
          + user
          + ", see stores.md) or fix cync.store.url."
          + nothing;
    }
    if (states.stream().anyMatch(s -> s.startsWith("08"))) {
      return "cannot reach PostgreSQL at "
          + url
          + " ("
          + first
          + "): check cync.store.url (CYNC_STORE_URL) and that the server runs and accepts"
          + " connections from this machine."
          + nothing;
    }
    return "the "
        + command
        + " failed: "
        + first
        + " (SQL state "
        + String.join(", ", states)
        + ")."
        + nothing
        + " PostgreSQL is as before.";
  }

  private static Throwable next(Throwable t) {
    if (t instanceof SQLException s && s.getNextException() != null) {
      return s.getNextException();
    }
    return t.getCause() == t ? null : t.getCause();
  }
}
