package org.cync.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cync.store.SchemaMigration;

/**
 * What the index MAILBOX_CONTACT_VERSION (schema version 2) costs and saves on plain Derby, without
 * CYNC or the sandbox: the rows of scenario 5's store (1,000 mailboxes × 1,100 sources) inserted in
 * chunks, mailbox by mailbox as the sync writes them, into a store with and without the index; then
 * the plan's group-by per source and version and its lookup of 20 sources' contacts; then the
 * changeset's time on the store without it (an upgrade). Not a test (run by hand, prints only):
 *
 * <pre>
 * ./mvnw -o -q test-compile
 * java -cp target/classes:target/test-classes:$(./mvnw -o -q dependency:build-classpath \
 *   -Dmdep.outputFile=/dev/stdout) org.cync.benchmark.VersionIndexMeasurement [mailboxes] [sources]
 * </pre>
 */
public final class VersionIndexMeasurement {
  private static final int CHUNK = 500;
  private static final String GROUP_BY =
      "SELECT SOURCEID, FINGERPRINT, PHOTOTAG FROM MAILBOX_CONTACT"
          + " GROUP BY SOURCEID, FINGERPRINT, PHOTOTAG";

  private VersionIndexMeasurement() {}

  public static void main(String[] args) throws Exception {
    int mailboxes = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int sources = args.length > 1 ? Integer.parseInt(args[1]) : 1100;
    Path dir = Path.of("target", "version-index-measurement");
    List<String> sourceIds = new ArrayList<>();
    for (int i = 0; i < sources; i++) {
      sourceIds.add(UUID.nameUUIDFromBytes(("source " + i).getBytes()).toString());
    }
    System.out.printf(
        "rows=%d load1=%s%n",
        (long) mailboxes * sources, Files.readString(Path.of("/proc/loadavg")));
    for (boolean index : new boolean[] {false, true}) {
      Path db = dir.resolve(index ? "with" : "without");
      deleteTree(db);
      try (Connection c = open(db)) {
        SchemaMigration.migrate(open(db));
        if (!index) {
          exec(c, "DROP INDEX MAILBOX_CONTACT_VERSION");
        }
        long insert = insert(c, mailboxes, sourceIds);
        System.out.printf(Locale.ROOT, "index=%s insert_s=%.1f%n", index, insert / 1e9);
      }
      shutdown(db);
      for (int round = 1; round <= 3; round++) { // round 1 right after a start: Derby's cache cold
        try (Connection c = open(db)) {
          long t0 = System.nanoTime();
          int groups = count(c, GROUP_BY, List.of());
          long t1 = System.nanoTime();
          int few = count(c, fewSources(), sourceIds.subList(0, 20));
          long t2 = System.nanoTime();
          System.out.printf(
              Locale.ROOT,
              "index=%s round=%d group_by_s=%.2f groups=%d sources20_s=%.2f rows=%d%n",
              index,
              round,
              (t1 - t0) / 1e9,
              groups,
              (t2 - t1) / 1e9,
              few);
          if (round == 3) {
            printPlan(c);
          }
        }
        if (round == 1) {
          shutdown(db);
        }
      }
      if (!index) {
        try (Connection c = open(db)) { // the store of version 1 an upgrade finds
          exec(c, "DELETE FROM DATABASECHANGELOG WHERE ID LIKE '2-%'");
        }
        shutdown(db);
        long t0 = System.nanoTime();
        String version = SchemaMigration.migrate(open(db));
        System.out.printf(
            Locale.ROOT,
            "upgrade to version %s (the index made): %.1f s%n",
            version,
            (System.nanoTime() - t0) / 1e9);
      }
      shutdown(db);
    }
  }

  /** Mailbox by mailbox, every source, committed every {@value #CHUNK} rows like a chunk. */
  private static long insert(Connection c, int mailboxes, List<String> sources)
      throws SQLException {
    c.setAutoCommit(false);
    long t0 = System.nanoTime();
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO MAILBOX_CONTACT (ID, MAILBOXID, SOURCEID, CONTACTID, FINGERPRINT, PHOTOTAG)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (int m = 0; m < mailboxes; m++) {
        String mailbox = UUID.nameUUIDFromBytes(("mailbox " + m).getBytes()).toString();
        for (String source : sources) {
          s.setString(1, mailbox + "|" + source);
          s.setString(2, mailbox);
          s.setString(3, source);
          s.setString(4, "AAMkA" + mailbox.replace("-", "") + source.replace("-", "") + "AAA=");
          s.setString(5, (source + source).replace("-", "").substring(0, 64));
          s.setString(6, n % 2 == 0 ? "W/\"" + source.substring(0, 8) + "\"" : null);
          s.addBatch();
          if (++n % CHUNK == 0) {
            s.executeBatch();
            c.commit();
          }
        }
      }
      s.executeBatch();
      c.commit();
    }
    return System.nanoTime() - t0;
  }

  private static String fewSources() {
    return "SELECT MAILBOXID, SOURCEID, FINGERPRINT, PHOTOTAG FROM MAILBOX_CONTACT WHERE SOURCEID IN ("
        + "?, ".repeat(19)
        + "?)";
  }

  private static int count(Connection c, String sql, List<String> params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        s.setString(i + 1, params.get(i));
      }
      int n = 0;
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          n++;
        }
      }
      return n;
    }
  }

  /** Derby's plan of the group-by: which index, whether it reads the table, whether it sorts. */
  private static void printPlan(Connection c) throws SQLException {
    exec(c, "CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
    count(c, GROUP_BY, List.of());
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
      r.next();
      System.out.println(r.getString(1));
    }
    exec(c, "CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
  }

  private static Connection open(Path db) throws SQLException {
    return DriverManager.getConnection("jdbc:derby:" + db + ";create=true");
  }

  private static void shutdown(Path db) {
    try {
      DriverManager.getConnection("jdbc:derby:" + db + ";shutdown=true").close();
    } catch (SQLException expected) {
      // Derby reports a shutdown as an exception (SQLState 08006)
    }
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static void deleteTree(Path dir) throws Exception {
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
