package org.cync.history;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.cync.sync.SyncJobParameters;

/**
 * Reads the run numbers ({@link RunNumbering}) from the job repository: the JobOperator cannot list
 * executions without their partitions' sub-jobs cheaply, two queries can. Runs that retention
 * removed still count ({@link RunRetention#removedBelow}), so numbers never change.
 */
@ApplicationScoped
public class RunNumbers {
  private static final String TOP_LEVEL =
      " FROM "
          + OrphanedRunRecovery.TABLE_PREFIX
          + "EXECUTIONINSTANCEDATA A JOIN "
          + OrphanedRunRecovery.TABLE_PREFIX
          + "JOBINSTANCEDATA B ON A.JOBINSTANCEID = B.JOBINSTANCEID WHERE B.NAME = ?"
          + " AND A.JOBEXECID ";

  @Resource(lookup = "jdbc/cync-batch")
  DataSource batchRepository;

  /** The run number of each of the executions (unknown ids are left out). */
  public Map<Long, Integer> of(Collection<Long> executionIds) {
    if (executionIds.isEmpty()) {
      return Map.of();
    }
    long from = Collections.min(executionIds);
    try (Connection c = batchRepository.getConnection();
        PreparedStatement count = c.prepareStatement("SELECT COUNT(*)" + TOP_LEVEL + "< ?");
        PreparedStatement ids =
            c.prepareStatement("SELECT A.JOBEXECID" + TOP_LEVEL + ">= ? ORDER BY A.JOBEXECID")) {
      count.setString(1, SyncJobParameters.JOB_NAME);
      count.setLong(2, from);
      long before;
      try (ResultSet r = count.executeQuery()) {
        r.next();
        before = r.getLong(1);
      }
      before += RunRetention.removedBelow(c, from);
      ids.setString(1, SyncJobParameters.JOB_NAME);
      ids.setLong(2, from);
      List<Long> ascending = new ArrayList<>();
      try (ResultSet r = ids.executeQuery()) {
        while (r.next()) {
          ascending.add(r.getLong(1));
        }
      }
      return RunNumbering.number(before, ascending);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the run numbers from the job repository", e);
    }
  }

  /** The run number of one execution, or 0 if it is not a run of the contact-sync job. */
  public int of(long executionId) {
    return of(List.of(executionId)).getOrDefault(executionId, 0);
  }
}
