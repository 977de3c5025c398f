package org.cync.schedule;

import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cync.audit.AuditTrail;
import org.cync.connection.ConnectionStore;
import org.cync.history.RunConflict;
import org.cync.history.SyncRuns;
import org.cync.settings.ScheduleOptions;
import org.cync.settings.SyncSettingsStore;
import org.cync.sync.SyncJobParameters;

/**
 * What happens when the timer fires: gathers the facts, lets {@link ScheduleDecision} decide, and
 * starts the run or notes the skip. A skip because a run is still going is written to the audit log
 * (the design promises "skipped and recorded"); a skip for want of a tenant is only logged, once,
 * as it would otherwise repeat every interval on a fresh installation.
 *
 * <p>A run the deletion guard stopped ({@code AWAITING_APPROVAL}) is not running, so the schedule
 * goes on: each scheduled run plans again and stops again while the deletions are still too many,
 * and goes through by itself once they are not (a filter mistake mended in Entra ID or in the
 * settings). That is how Entra Connect's own "prevent accidental deletes" behaves, and an
 * administrator always approves the newest plan, not one that is days old. Skipping instead would
 * keep new hires off every phone until someone acts.
 */
@ApplicationScoped
public class ScheduledStart {
  static final String TRIGGER = "schedule";
  static final String AUDIT_ACTION = "Schedule";
  private static final Logger LOG = Logger.getLogger(ScheduledStart.class.getName());

  @Inject ConnectionStore connection;
  @Inject SyncRuns runs;
  @Inject AuditTrail audit;
  @Inject SyncSettingsStore settings;
  @Inject org.cync.history.RunHistoryRecorder history;
  Clock clock = Clock.systemUTC();

  private volatile Started lastStarted;
  private volatile Skipped lastSkipped;
  private volatile boolean toldNoConnection;

  /** A run the schedule started. */
  public record Started(Instant at, long executionId, boolean reconcile) {}

  /** A firing that started nothing, and why. */
  public record Skipped(Instant at, String reason) {}

  /** Reads the stored schedule (the truth, whatever the timer was built from) and acts on it. */
  void fire() {
    try {
      ScheduleOptions options = settings.current().schedule();
      boolean connected = connection.current().isComplete();
      OptionalLong running = running();
      ScheduleDecision.Verdict verdict =
          new ScheduleDecision(clock)
              .decide(
                  options,
                  new ScheduleDecision.Facts(connected, running, runs::lastReconcileSince));
      toldNoConnection &= !connected;
      switch (verdict) {
        case DISABLED, PAUSED -> {}
        case NO_CONNECTION -> noConnection();
        case RUN_RUNNING -> {
          skip("run " + running.getAsLong() + " is still running");
          history.skipped(lastSkipped.at(), lastSkipped.reason());
        }
        case DELTA, RECONCILE -> start(verdict == ScheduleDecision.Verdict.RECONCILE);
      }
    } catch (RuntimeException e) {
      lastSkipped = new Skipped(clock.instant(), "it failed: " + e);
      LOG.log(Level.WARNING, "Scheduled run not started; the schedule tries again next time", e);
    }
  }

  private OptionalLong running() {
    try {
      List<Long> ids =
          BatchRuntime.getJobOperator().getRunningExecutions(SyncJobParameters.JOB_NAME);
      return ids.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ids.get(0));
    } catch (NoSuchJobException noRunYet) {
      return OptionalLong.empty();
    }
  }

  private void start(boolean reconcile) {
    Map<String, String> parameters =
        reconcile
            ? Map.of(SyncJobParameters.TRIGGER, TRIGGER, SyncJobParameters.RECONCILE, "true")
            : Map.of(SyncJobParameters.TRIGGER, TRIGGER);
    try {
      long id = runs.start(parameters);
      lastStarted = new Started(clock.instant(), id, reconcile);
      LOG.info(() -> "Scheduled run " + id + " started" + (reconcile ? " (full reconcile)" : ""));
    } catch (RunConflict raced) {
      skip("another run started at the same moment (" + raced.getMessage() + ")");
      history.skipped(lastSkipped.at(), lastSkipped.reason());
    }
  }

  private void skip(String why) {
    lastSkipped = new Skipped(clock.instant(), why);
    audit.record(AUDIT_ACTION, "Scheduled run skipped: " + why + ".");
    LOG.info(() -> "Scheduled run skipped: " + why);
  }

  private void noConnection() {
    lastSkipped = new Skipped(clock.instant(), "no tenant is connected");
    if (!toldNoConnection) {
      toldNoConnection = true;
      LOG.info(
          "Scheduled runs are skipped until a tenant is connected (Connection page, or Use the"
              + " simulated tenant)");
    }
  }

  public Started lastStarted() {
    return lastStarted;
  }

  public Skipped lastSkipped() {
    return lastSkipped;
  }
}
