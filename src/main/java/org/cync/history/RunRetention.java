package org.cync.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Removes the runs {@link RetentionRule} allows from CYNC's store (Derby) and from the batch job
 * repository (Payara's JBatch tables in H2), in passes of {@link #PASS} runs. Plain JDBC on two
 * connections, so it is tested on real database files without a server. CYNC's rows go first: if
 * the repository part fails, the run is still listed and the next pass removes it.
 *
 * <p>The repository tables and keys are those Payara 7's {@code JBatchJDBCPersistenceManager}
 * creates for H2: JOBINSTANCEDATA (jobinstanceid, name), EXECUTIONINSTANCEDATA (jobexecid,
 * jobinstanceid), STEPEXECUTIONINSTANCEDATA (stepexecid, jobexecid), STEPSTATUS (id = stepexecid),
 * JOBSTATUS (id = jobinstanceid), CHECKPOINTDATA (id = "jobinstanceid,step,stream"). A mailbox
 * partition is a sub-job named ":instance:step:partition" with an instance of its own.
 *
 * <p>Run numbers ({@link RunNumbering}) count the runs before a run; {@link #REMOVED_TABLE} keeps
 * how many removed runs lay below each kept one, so numbers do not change when old runs go.
 */
public final class RunRetention {
  /** Runs removed per transaction. */
  static final int PASS = 100;

  /**
   * CYNC's per-run tables in Derby. ONE LINE PER TABLE: a new per-run table (a run summary, say) is
   * added here and its rows go with their run.
   */
  static final List<PerRunTable> PER_RUN_TABLES =
      List.of(
          new PerRunTable("RUN_MAILBOX", "INSTANCEID", Key.INSTANCE),
          new PerRunTable("RUN_SUMMARY", "INSTANCEID", Key.INSTANCE));

  /** Which id a per-run table's column holds. */
  enum Key {
    /** The run's job instance id: rows of all its executions (restarts, approvals). */
    INSTANCE,
    /** An execution id of the run (any of its executions). */
    EXECUTION
  }

  record PerRunTable(String table, String column, Key key) {}

  /** What one call removed. */
  public record Removed(int runs, List<Long> executionIds, long cyncRows, long repositoryRows) {
    Removed plus(Removed o) {
      List<Long> ids = new ArrayList<>(executionIds);
      ids.addAll(o.executionIds);
      return new Removed(
          runs + o.runs, ids, cyncRows + o.cyncRows, repositoryRows + o.repositoryRows);
    }

    /** The removed runs' execution ids for the audit log: all, or the first and last 10. */
    public String described() {
      List<Long> sorted = executionIds.stream().sorted().toList();
      return sorted.size() <= 25
          ? sorted.toString()
          : sorted.subList(0, 10) + " ... " + sorted.subList(sorted.size() - 10, sorted.size());
    }
  }

  static final String REMOVED_TABLE = "CYNC_REMOVED_RUNS";

  private final String prefix;
  private final String jobName;

  public RunRetention(String tablePrefix, String jobName) {
    this.prefix = tablePrefix;
    this.jobName = jobName;
  }

  /** Removes every run that ended before {@code cutoff} (and is neither running nor held). */
  public Removed removeBefore(Connection cync, Connection batch, Instant cutoff)
      throws SQLException {
    Removed total = new Removed(0, List.of(), removeSkippedFirings(cync, cutoff), 0);
    if (!hasTable(batch, prefix + "EXECUTIONINSTANCEDATA")) {
      return total;
    }
    List<Long> instances = RetentionRule.removable(executions(batch), cutoff);
    for (int from = 0; from < instances.size(); from += PASS) {
      total =
          total.plus(
              remove(
                  cync, batch, instances.subList(from, Math.min(from + PASS, instances.size()))));
    }
    return total;
  }

  /** Skipped scheduled firings have no job: their history rows (negative keys) go by time. */
  private static long removeSkippedFirings(Connection cync, Instant cutoff) throws SQLException {
    if (!hasTable(cync, "RUN_SUMMARY")) {
      return 0;
    }
    try (PreparedStatement s =
        cync.prepareStatement(
            "DELETE FROM RUN_SUMMARY WHERE EXECUTIONID < 0 AND STARTEDMILLIS < ?")) {
      s.setLong(1, cutoff.toEpochMilli());
      return s.executeUpdate();
    }
  }

  private Removed remove(Connection cync, Connection batch, List<Long> runs) throws SQLException {
    List<Long> topExecutions =
        ids(
            batch,
            "SELECT jobexecid FROM "
                + prefix
                + "EXECUTIONINSTANCEDATA WHERE jobinstanceid IN "
                + in(runs));
    List<Long> instances = new ArrayList<>(runs);
    for (long run : runs) {
      try (PreparedStatement s =
          batch.prepareStatement(
              "SELECT jobinstanceid FROM " + prefix + "JOBINSTANCEDATA WHERE name LIKE ?")) {
        s.setString(1, ":" + run + ":%");
        instances.addAll(ids(s));
      }
    }
    List<Long> executions =
        ids(
            batch,
            "SELECT jobexecid FROM "
                + prefix
                + "EXECUTIONINSTANCEDATA WHERE jobinstanceid IN "
                + in(instances));
    long cyncRows = removeCyncRows(cync, runs, executions);
    long repositoryRows = removeRepositoryRows(batch, instances, executions, topExecutions);
    return new Removed(runs.size(), topExecutions, cyncRows, repositoryRows);
  }

  private static long removeCyncRows(Connection c, List<Long> runs, List<Long> executions)
      throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    long n = 0;
    try (Statement s = c.createStatement()) {
      for (PerRunTable t : PER_RUN_TABLES) {
        if (hasTable(c, t.table())) {
          List<Long> ids = t.key() == Key.INSTANCE ? runs : executions;
          n +=
              s.executeUpdate(
                  "DELETE FROM " + t.table() + " WHERE " + t.column() + " IN " + in(ids));
        }
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
    return n;
  }

  private long removeRepositoryRows(
      Connection c, List<Long> instances, List<Long> executions, List<Long> topExecutions)
      throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    long n = 0;
    try (Statement s = c.createStatement()) {
      noteRemoved(c, topExecutions);
      String steps =
          "(SELECT stepexecid FROM "
              + prefix
              + "STEPEXECUTIONINSTANCEDATA WHERE jobexecid IN "
              + in(executions)
              + ")";
      n += s.executeUpdate("DELETE FROM " + prefix + "STEPSTATUS WHERE id IN " + steps);
      for (long instance : instances) {
        try (PreparedStatement p =
            c.prepareStatement("DELETE FROM " + prefix + "CHECKPOINTDATA WHERE id LIKE ?")) {
          p.setString(1, instance + ",%");
          n += p.executeUpdate();
        }
      }
      n +=
          s.executeUpdate(
              "DELETE FROM "
                  + prefix
                  + "STEPEXECUTIONINSTANCEDATA WHERE jobexecid IN "
                  + in(executions));
      n +=
          s.executeUpdate(
              "DELETE FROM "
                  + prefix
                  + "EXECUTIONINSTANCEDATA WHERE jobexecid IN "
                  + in(executions));
      n += s.executeUpdate("DELETE FROM " + prefix + "JOBSTATUS WHERE id IN " + in(instances));
      n +=
          s.executeUpdate(
              "DELETE FROM " + prefix + "JOBINSTANCEDATA WHERE jobinstanceid IN " + in(instances));
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
    return n;
  }

  /**
   * Keeps run numbers: one row (BELOW = id, REMOVED = 1) per removed run, then every row below the
   * oldest kept run folded into one, so the table holds a row or two, not one per run ever removed.
   */
  private void noteRemoved(Connection c, List<Long> removed) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS "
              + REMOVED_TABLE
              + " (BELOW BIGINT PRIMARY KEY, REMOVED BIGINT NOT NULL)");
    }
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO " + REMOVED_TABLE + " VALUES (?, 1)")) {
      for (long id : removed) {
        p.setLong(1, id);
        p.addBatch();
      }
      p.executeBatch();
    }
    List<Long> kept =
        ids(c, topLevel("SELECT MIN(A.jobexecid)") + " AND A.jobexecid NOT IN " + in(removed));
    long oldestKept = kept.isEmpty() || kept.get(0) == 0 ? Long.MAX_VALUE : kept.get(0);
    long folded;
    long highest;
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT COALESCE(SUM(REMOVED), 0), MAX(BELOW) FROM "
                + REMOVED_TABLE
                + " WHERE BELOW < ?")) {
      p.setLong(1, oldestKept);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        folded = r.getLong(1);
        highest = r.getLong(2);
      }
    }
    try (PreparedStatement p =
        c.prepareStatement("DELETE FROM " + REMOVED_TABLE + " WHERE BELOW < ?")) {
      p.setLong(1, oldestKept);
      p.executeUpdate();
    }
    if (folded > 0) {
      try (PreparedStatement p =
          c.prepareStatement("INSERT INTO " + REMOVED_TABLE + " VALUES (?, ?)")) {
        p.setLong(1, highest);
        p.setLong(2, folded);
        p.executeUpdate();
      }
    }
  }

  /** How many removed runs lay below {@code executionId}: what its run number must add. */
  public static long removedBelow(Connection c, long executionId) throws SQLException {
    if (!hasTable(c, REMOVED_TABLE)) {
      return 0;
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT COALESCE(SUM(REMOVED), 0) FROM " + REMOVED_TABLE + " WHERE BELOW < ?")) {
      p.setLong(1, executionId);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private List<RetentionRule.Execution> executions(Connection c) throws SQLException {
    List<RetentionRule.Execution> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            topLevel(
                "SELECT A.jobinstanceid, A.jobexecid, A.batchstatus, A.exitstatus,"
                    + " COALESCE(A.endtime, A.updatetime, A.createtime)"))) {
      s.setString(1, jobName);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Timestamp last = r.getTimestamp(5);
          out.add(
              new RetentionRule.Execution(
                  r.getLong(1),
                  r.getLong(2),
                  r.getString(3),
                  r.getString(4),
                  last == null ? null : last.toInstant()));
        }
      }
    }
    return out;
  }

  private String topLevel(String select) {
    return select
        + " FROM "
        + prefix
        + "EXECUTIONINSTANCEDATA A JOIN "
        + prefix
        + "JOBINSTANCEDATA B ON A.jobinstanceid = B.jobinstanceid WHERE B.name = ?";
  }

  private List<Long> ids(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      if (sql.contains("?")) {
        s.setString(1, jobName);
      }
      return ids(s);
    }
  }

  private static List<Long> ids(PreparedStatement s) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(r.getLong(1));
      }
    }
    return out;
  }

  /** "(1,2,3)" of ids the database gave (numbers, never text from outside); "(-1)" for none. */
  private static String in(List<Long> ids) {
    return ids.isEmpty()
        ? "(-1)"
        : ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
  }

  /**
   * Whether the table is there, named as H2 and Derby keep it (upper case) or PostgreSQL (lower).
   */
  static boolean hasTable(Connection c, String table) throws SQLException {
    for (String name : new String[] {table, table.toLowerCase(java.util.Locale.ROOT)}) {
      try (ResultSet r = c.getMetaData().getTables(null, null, name, null)) {
        if (r.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
