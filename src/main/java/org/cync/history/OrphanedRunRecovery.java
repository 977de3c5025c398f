package org.cync.history;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Marks runs that were in progress when the process died as FAILED, so they can be restarted from
 * their checkpoint. The batch runtime only knows runs of its own JVM: after a crash it would report
 * them as STARTED forever and refuse to restart them. One CYNC process owns a data directory, so at
 * start-up no run of it can really be running.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrphanedRunRecovery {
  private static final Logger LOG = Logger.getLogger(OrphanedRunRecovery.class.getName());
  static final String UNFINISHED = "('STARTING','STARTED','STOPPING')";

  /** The table prefix set in server-config/post-boot-commands.asadmin (also Payara's default). */
  static final String TABLE_PREFIX = "JBATCH";

  @Resource(lookup = "jdbc/cync-batch")
  DataSource batchRepository;

  @PostConstruct
  void recover() {
    try (Connection connection = batchRepository.getConnection()) {
      if (!hasTable(connection, TABLE_PREFIX + "EXECUTIONINSTANCEDATA")) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        int runs =
            statement.executeUpdate(
                "UPDATE "
                    + TABLE_PREFIX
                    + "EXECUTIONINSTANCEDATA SET BATCHSTATUS='FAILED', EXITSTATUS='CRASHED',"
                    + " ENDTIME=CURRENT_TIMESTAMP, UPDATETIME=CURRENT_TIMESTAMP WHERE BATCHSTATUS IN "
                    + UNFINISHED);
        statement.executeUpdate(
            "UPDATE "
                + TABLE_PREFIX
                + "STEPEXECUTIONINSTANCEDATA SET BATCHSTATUS='FAILED', EXITSTATUS='CRASHED',"
                + " ENDTIME=CURRENT_TIMESTAMP WHERE BATCHSTATUS IN "
                + UNFINISHED);
        if (runs > 0) {
          LOG.warning(
              () ->
                  runs
                      + " run(s) interrupted by the last shutdown or crash are now FAILED and restartable");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot check the batch job repository for interrupted runs", e);
    }
  }

  private static boolean hasTable(Connection connection, String table) throws SQLException {
    try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
      return tables.next();
    }
  }
}
