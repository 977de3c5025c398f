package org.cync.history;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cync.audit.AuditTrail;
import org.cync.settings.SyncSettingsStore;
import org.cync.sync.SyncJobParameters;

/**
 * Once a day removes the runs older than the sync settings' {@code history.keepRunsDays} ({@link
 * RunRetention}) and writes what it removed to the audit log. Non-persistent, like every timer of
 * CYNC (Payara Micro keeps persistent timers in Hazelcast memory only); a day missed while the
 * server was down is made up by the next one, as the cutoff is an age, not a date.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RunRetentionTimer {
  private static final Logger LOG = Logger.getLogger(RunRetentionTimer.class.getName());

  @Resource(lookup = "jdbc/cync")
  DataSource cync;

  @Resource(lookup = "jdbc/cync-batch")
  DataSource batchRepository;

  @Inject SyncSettingsStore settings;
  @Inject AuditTrail audit;
  Clock clock = Clock.systemUTC();

  @Schedule(hour = "3", minute = "41", persistent = false)
  void daily() {
    int days = settings.current().history().keepRunsDays();
    Instant cutoff = RetentionRule.cutoff(clock.instant(), days);
    try (Connection c = cync.getConnection();
        Connection b = batchRepository.getConnection()) {
      RunRetention.Removed removed =
          new RunRetention(OrphanedRunRecovery.TABLE_PREFIX, SyncJobParameters.JOB_NAME)
              .removeBefore(c, b, cutoff);
      if (removed.runs() > 0) {
        String what =
            ("%d run(s) that ended before %s removed (kept %d days): executionId %s; %d row(s)"
                    + " of CYNC's store, %d of the batch job repository.")
                .formatted(
                    removed.runs(),
                    cutoff,
                    days,
                    removed.described(),
                    removed.cyncRows(),
                    removed.repositoryRows());
        audit.recordAs("cync", "Runs removed", what);
        LOG.info(what);
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Removing old runs failed; the next day tries again", e);
    }
  }
}
