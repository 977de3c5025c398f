package org.cync.alerts;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cync.audit.AuditTrail;
import org.cync.connection.Connection;
import org.cync.connection.check.CheckLine;
import org.cync.connection.check.Checklist;
import org.cync.settings.SyncSettingsStore;

/**
 * The scheduled connection check: once a day (and after each start, at the first hourly tick) the
 * Test Connection checks run in the background, so an expired secret, a withdrawn consent or a
 * blocked network is found before the next run fails. A failure is mailed (one mail a day while it
 * lasts) and shown on the dashboard. Switched off with the schedule's "connectionCheck"; nothing to
 * check while no tenant is connected. Audited as the scheduler, and kept apart from the last Test
 * Connection, which stays the administrator's own.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConnectionWatch {
  static final String ACTOR = "scheduler";
  static final String AUDIT_ACTION = "Connection check";

  /** A day less the hourly tick's slack, so the check does not slip an hour a day. */
  static final Duration EVERY = Duration.ofHours(23);

  private static final Logger LOG = Logger.getLogger(ConnectionWatch.class.getName());

  @Inject Connection connection;
  @Inject Alerts alerts;
  @Inject AlertStore store;
  @Inject SyncSettingsStore settings;
  @Inject AuditTrail audit;
  Clock clock = Clock.systemUTC();

  private volatile Checklist last;

  @Schedule(hour = "*", minute = "23", persistent = false)
  void tick() {
    try {
      boolean on = settings.current().schedule().connectionCheck();
      if (due(on, connection.current().isComplete(), last, clock.instant())) {
        check();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Scheduled connection check not done; next hour again", e);
    }
  }

  static boolean due(boolean on, boolean connected, Checklist last, Instant now) {
    return on && connected && (last == null || !now.isBefore(last.at().plus(EVERY)));
  }

  /** Runs the checks now, notes the result, and mails a failure. */
  Checklist check() {
    Checklist c = connection.check();
    last = c;
    Optional<CheckLine> failed = failure(c);
    audit.recordAs(
        ACTOR,
        AUDIT_ACTION,
        failed
            .map(f -> "Scheduled connection check failed at " + f.name() + ": " + f.detail())
            .orElse("Scheduled connection check passed."));
    if (failed.isPresent()) {
      LOG.warning(() -> "Scheduled connection check failed at " + failed.get().name());
      alerts.sendOnce(AlertMails.connectionCheckFailed(c, store.current().getConsoleUrl()));
    }
    return c;
  }

  /** The failing check of {@code c}, empty when it passed. */
  static Optional<CheckLine> failure(Checklist c) {
    return c.ok()
        ? Optional.empty()
        : Optional.of(
            c.lines().stream()
                .filter(CheckLine::isFailed)
                .findFirst()
                .orElse(CheckLine.failed("Checks", "no check passed")));
  }

  /** The last scheduled check since the server started; empty before the first. */
  public Optional<Checklist> last() {
    return Optional.ofNullable(last);
  }
}
