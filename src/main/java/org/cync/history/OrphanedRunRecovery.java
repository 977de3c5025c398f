package org.cync.history;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Ends the runs the last process left unfinished, so they can be restarted from their checkpoint.
 * The batch runtime only knows runs of its own JVM: it would report them as STARTED forever and
 * refuse to restart them. One CYNC process owns a data directory, so at start-up no run of it can
 * really be running. A run a graceful shutdown stopped ({@link StopAtShutdown}) becomes STOPPED
 * with exit status {@value #STOPPED_AT_SHUTDOWN}; a run of a process that died becomes FAILED,
 * {@value #CRASHED}. Both are restartable. Only runs are counted, not their partitions ({@link
 * Interruptions}).
 */
@Singleton
@Startup
@DependsOn("StoreSchema") // the store's schema is migrated first
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrphanedRunRecovery {
  private static final Logger LOG = Logger.getLogger(OrphanedRunRecovery.class.getName());
  static final String UNFINISHED = "('STARTING','STARTED','STOPPING')";
  static final String STOPPED_AT_SHUTDOWN = "STOPPED_AT_SHUTDOWN";
  static final String CRASHED = "CRASHED";

  /** The table prefix set in server-config/post-boot-commands.asadmin (also Payara's default). */
  static final String TABLE_PREFIX = "JBATCH";

  @Resource(lookup = "jdbc/cync-batch")
  DataSource batchRepository;

  @PostConstruct
  void recover() {
    StoppedAtShutdown marker = StoppedAtShutdown.inDataDirectory();
    try (Connection connection = batchRepository.getConnection()) {
      if (!RunRetention.hasTable(connection, TABLE_PREFIX + "EXECUTIONINSTANCEDATA")) {
        marker.clear();
        return;
      }
      Set<Long> stopped = marker.read();
      Interruptions.Verdict verdict = Interruptions.judge(unfinished(connection), stopped);
      end(connection, verdict.stoppedRuns(), "STOPPED", STOPPED_AT_SHUTDOWN);
      end(connection, verdict.stoppedParts(), "STOPPED", STOPPED_AT_SHUTDOWN);
      end(connection, verdict.crashedRuns(), "FAILED", CRASHED);
      end(connection, verdict.crashedParts(), "FAILED", CRASHED);
      // A run the stop ended in time is STOPPED already; it says why, like the others.
      relabelStopped(connection, stopped);
      marker.clear();
      endInHistory(verdict);
      if (!stopped.isEmpty()) {
        LOG.info(
            () ->
                "Run(s) with executionId "
                    + stopped
                    + " were stopped by the last shutdown; they are STOPPED ("
                    + STOPPED_AT_SHUTDOWN
                    + ") and restartable");
      }
      if (!verdict.crashedRuns().isEmpty()) {
        LOG.warning(
            () ->
                verdict.crashedRuns().size()
                    + " run(s) (executionId "
                    + verdict.crashedRuns()
                    + ") were interrupted by a crash; they are FAILED ("
                    + CRASHED
                    + ") and restartable");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot check the batch job repository for interrupted runs", e);
    }
  }

  private static List<Interruptions.Unfinished> unfinished(Connection c) throws SQLException {
    List<Interruptions.Unfinished> rows = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT A.JOBEXECID, A.JOBINSTANCEID, B.NAME FROM "
                    + TABLE_PREFIX
                    + "EXECUTIONINSTANCEDATA A JOIN "
                    + TABLE_PREFIX
                    + "JOBINSTANCEDATA B ON A.JOBINSTANCEID = B.JOBINSTANCEID"
                    + " WHERE A.BATCHSTATUS IN "
                    + UNFINISHED);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        rows.add(new Interruptions.Unfinished(r.getLong(1), r.getLong(2), r.getString(3)));
      }
    }
    return rows;
  }

  @jakarta.inject.Inject RunSummaries summaries;

  /** The run history says the same: its rows of these runs would otherwise stay "running". */
  private void endInHistory(Interruptions.Verdict verdict) {
    try {
      java.time.Instant now = java.time.Instant.now();
      summaries.interrupted(
          verdict.stoppedRuns(),
          org.cync.sync.RunOutcomes.STOPPED,
          "STOPPED",
          STOPPED_AT_SHUTDOWN,
          now);
      summaries.interrupted(
          verdict.crashedRuns(), org.cync.sync.RunOutcomes.FAILED, "FAILED", CRASHED, now);
    } catch (RuntimeException e) {
      LOG.log(java.util.logging.Level.WARNING, "Interrupted runs not ended in the run history", e);
    }
  }

  /** Ends the executions and their unfinished steps with the status and exit status given. */
  private static void end(Connection c, List<Long> executions, String status, String exit)
      throws SQLException {
    try (PreparedStatement job =
            c.prepareStatement(
                "UPDATE "
                    + TABLE_PREFIX
                    + "EXECUTIONINSTANCEDATA SET BATCHSTATUS=?, EXITSTATUS=?,"
                    + " ENDTIME=CURRENT_TIMESTAMP, UPDATETIME=CURRENT_TIMESTAMP"
                    + " WHERE JOBEXECID=? AND BATCHSTATUS IN "
                    + UNFINISHED);
        PreparedStatement steps =
            c.prepareStatement(
                "UPDATE "
                    + TABLE_PREFIX
                    + "STEPEXECUTIONINSTANCEDATA SET BATCHSTATUS=?, EXITSTATUS=?,"
                    + " ENDTIME=CURRENT_TIMESTAMP WHERE JOBEXECID=? AND BATCHSTATUS IN "
                    + UNFINISHED)) {
      for (long id : executions) {
        for (PreparedStatement s : List.of(job, steps)) {
          s.setString(1, status);
          s.setString(2, exit);
          s.setLong(3, id);
          s.executeUpdate();
        }
      }
    }
  }

  private static void relabelStopped(Connection c, Set<Long> executions) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE "
                + TABLE_PREFIX
                + "EXECUTIONINSTANCEDATA SET EXITSTATUS=? WHERE JOBEXECID=? AND BATCHSTATUS='STOPPED'"
                + " AND (EXITSTATUS IS NULL OR EXITSTATUS='STOPPED')")) {
      for (long id : executions) {
        s.setString(1, STOPPED_AT_SHUTDOWN);
        s.setLong(2, id);
        s.executeUpdate();
      }
    }
  }
}
