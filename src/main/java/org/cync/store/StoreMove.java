package org.cync.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Moves an installation's stores from the files of its data directory (Derby: CYNC's data; H2: the
 * batch job repository) into an empty PostgreSQL database: {@code java
 * -Dcync.move-to-store=postgresql -jar cync.jar} with the PostgreSQL settings of stores.md (the
 * launcher calls {@link #run} by name, in a class loader of its own, before Payara starts). One
 * PostgreSQL transaction holds the schema (Liquibase, the same changelog), the job repository's
 * tables, every row, and the check that each table's row count and digest are equal on both sides;
 * only after its commit are the files moved aside (kept, not deleted) and the move noted, so a
 * failure leaves the data directory as it was and PostgreSQL empty.
 */
public final class StoreMove {
  /** Where the installation went; the launcher refuses a start without the PostgreSQL settings. */
  public static final String NOTE = "moved-to-postgresql";

  static final String DERBY = "derby";
  static final String BATCH = "batch";

  /** Moved aside with the stores: a transaction log of the old stores must not be replayed. */
  static final List<String> MOVED_ASIDE = List.of(DERBY, BATCH, "transactions", "derby.log");

  private StoreMove() {}

  /** Moves; answers the lines to print (one per table, then where the old files are). */
  public static List<String> run(String dataDir, String url, String user, String password) {
    return run(Path.of(dataDir).toAbsolutePath().normalize(), url, user, password, Instant.now());
  }

  static List<String> run(Path dir, String url, String user, String password, Instant now) {
    requireFiles(dir);
    List<String> lines = new ArrayList<>();
    Path derby = dir.resolve(DERBY);
    try {
      SchemaMigration.migrate(SourceStores.derby(derby)); // as a start of this version would
      try (Connection cync = SourceStores.derby(derby);
          Connection jobs = SourceStores.jobRepository(dir.resolve(BATCH)).orElse(null);
          Connection pg = target(url, user, password)) {
        requireEmpty(pg, url);
        pg.setAutoCommit(false);
        try {
          SchemaMigration.migrate(NoCommit.wrap(pg));
          JobRepositoryTables.create(pg);
          List<TableCopy> tables = new ArrayList<>();
          for (String table : cyncTables(cync)) {
            tables.add(TableCopy.of(cync, "APP.\"" + table + "\"", pg, table));
          }
          for (TableCopy t : tables) {
            t.copy(cync, pg);
          }
          List<TableCopy> jobTables = new ArrayList<>();
          if (jobs != null) {
            for (String t : JobRepositoryTables.CREATE.keySet()) {
              String name = JobRepositoryTables.PREFIX + t;
              jobTables.add(TableCopy.of(jobs, name, pg, name));
            }
            for (TableCopy t : jobTables) {
              t.copy(jobs, pg);
            }
          }
          JobRepositoryTables.continueCounters(pg);
          lines.addAll(compare(tables, cync, pg));
          lines.addAll(compare(jobTables, jobs, pg));
          MoveAudit.record(
              pg,
              now,
              System.getProperty("user.name", "?") + " (operating-system user, cync.move-to-store)",
              MoveAudit.ACTION,
              "from the Derby and H2 files of "
                  + dir
                  + " into "
                  + url
                  + "; "
                  + lines.size()
                  + " tables, row counts and digests equal");
          pg.commit();
        } catch (SQLException | RuntimeException e) {
          pg.rollback();
          throw e;
        }
      }
    } catch (SQLException e) {
      throw new StoreRefused(SourceStores.reason(e, dir, url, user, "move"));
    } catch (StoreRefused e) {
      throw e;
    } catch (Exception e) {
      throw new StoreRefused(
          "the move failed, nothing was moved (PostgreSQL is as before): " + e.getMessage());
    } finally {
      SourceStores.shutdown(derby);
    }
    lines.add(moveAside(dir, url, user, now));
    return lines;
  }

  private static void requireFiles(Path dir) {
    if (Files.isDirectory(dir.resolve(DERBY))) {
      return;
    }
    if (Files.exists(dir.resolve(NOTE))) {
      throw new StoreRefused(
          "the data directory "
              + dir
              + " was moved to PostgreSQL already (see "
              + dir.resolve(NOTE)
              + "): start CYNC without cync.move-to-store.");
    }
    throw new StoreRefused(
        "there is no Derby store in "
            + dir
            + ": set cync.data.dir (CYNC_DATA_DIR) to the data directory of the installation to"
            + " move.");
  }

  static Connection target(String url, String user, String password) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", user);
    p.setProperty("password", password);
    p.setProperty("ApplicationName", "cync-move");
    // Liquibase probes for its tables with statements that may fail; in one transaction that would
    // abort it, so the driver rolls a failed statement back to a savepoint of its own instead.
    p.setProperty("autosave", "always");
    p.setProperty("cleanupSavepoints", "true");
    return DriverManager.getConnection(url, p);
  }

  /** Any table at all (CYNC's, Payara's, anyone's) in CYNC's schema refuses the move. */
  private static void requireEmpty(Connection pg, String url) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Statement s = pg.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema ="
                    + " current_schema() ORDER BY table_name LIMIT 4")) {
      while (r.next()) {
        found.add(r.getString(1));
      }
    }
    if (!found.isEmpty()) {
      throw new StoreRefused(
          "the PostgreSQL database "
              + url
              + " is not empty (it has tables "
              + String.join(", ", found)
              + (found.size() == 4 ? ", …" : "")
              + "): CYNC moves into an empty database only. Name a new one, or drop and create"
              + " this one again (DROP DATABASE …; CREATE DATABASE … OWNER …), then move again.");
    }
  }

  /** CYNC's tables in Derby: the APP schema, Liquibase's own tables left out. */
  static List<String> cyncTables(Connection derby) throws SQLException {
    return StoreTables.cync(derby, "APP");
  }

  private static List<String> compare(List<TableCopy> tables, Connection from, Connection pg)
      throws SQLException {
    List<String> lines = new ArrayList<>();
    for (TableCopy t : tables) {
      String before = t.digest(from, false);
      String after = t.digest(pg, true);
      if (!before.equals(after)) {
        throw new StoreRefused(
            "the copy of "
                + t.source()
                + " differs ("
                + before
                + " in the files, "
                + after
                + " in PostgreSQL): nothing was moved (PostgreSQL is as before). Please report"
                + " it, with the log.");
      }
      lines.add(t.target() + ": " + before);
    }
    return lines;
  }

  /** After the commit: the old files go into one folder, and the note says where all went. */
  private static String moveAside(Path dir, String url, String user, Instant now) {
    Path aside =
        dir.resolve(
            NOTE
                + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                    .withZone(ZoneOffset.UTC)
                    .format(now));
    try {
      Files.createDirectories(aside);
      for (String name : MOVED_ASIDE) {
        if (Files.exists(dir.resolve(name))) {
          Files.move(dir.resolve(name), aside.resolve(name));
        }
      }
      Files.writeString(
          dir.resolve(NOTE),
          "Moved to "
              + url
              + " (user "
              + user
              + ") at "
              + now
              + "; the Derby and H2 files are in "
              + aside
              + System.lineSeparator());
      // The folder and the note were made with the umask's modes: owner-only, as the rest.
      PrivateFiles.tighten(dir);
    } catch (IOException e) {
      throw new StoreRefused(
          "the stores are in PostgreSQL now, but moving the old files aside failed: "
              + e.getMessage()
              + ". Move "
              + String.join(", ", MOVED_ASIDE)
              + " out of "
              + dir
              + " yourself and write the file "
              + dir.resolve(NOTE)
              + ", then start CYNC on PostgreSQL.");
    }
    return "The Derby and H2 files are kept in " + aside + ".";
  }
}
