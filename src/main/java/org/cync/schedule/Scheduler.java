package org.cync.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.cync.settings.ScheduleOptions;
import org.cync.settings.SyncSettingsSaved;
import org.cync.settings.SyncSettingsStore;
import org.cync.testhooks.TestHooks;

/**
 * The timer that starts runs by itself, and nothing more: one interval timer built from the stored
 * schedule at start-up, and built again when a save changes the schedule, so the first run comes
 * one interval after the server's start or the change; what a firing does is {@link
 * ScheduledStart}'s.
 *
 * <p>Rebuilt on {@link SyncSettingsSaved}, inside the save's transaction (timer creation and
 * cancellation are transactional, so a save that rolls back keeps the old timer), not re-read at
 * each firing: a timer that read its interval only when it fired would keep the old one until then
 * (up to a day), and "off" would leave a timer ticking; with the event a change takes effect at
 * once and the dashboard's "next run" is the timer's own. Non-persistent: Payara Micro keeps
 * persistent timers in Hazelcast memory, not on disk, and they fail without Hazelcast; the schedule
 * itself is kept in Derby with the other settings.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Scheduler {
  private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());

  @Resource TimerService timers;
  @Inject SyncSettingsStore settings;
  @Inject ScheduledStart start;
  @Inject TestHooks hooks;

  @PostConstruct
  void boot() {
    arm(settings.current().schedule());
  }

  /**
   * A business method (public), as CDI requires of an observer on a session bean; in the save's
   * transaction. A save that leaves the schedule as it was leaves the timer alone.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void settingsSaved(@Observes SyncSettingsSaved saved) {
    if (!saved.after().schedule().equals(saved.before().schedule())) {
      arm(saved.after().schedule());
    }
  }

  private void arm(ScheduleOptions options) {
    timers.getTimers().forEach(Timer::cancel);
    if (!options.enabled()) {
      LOG.info("Schedule off: runs start only from the console or the API");
      return;
    }
    long interval = options.everyMinutes() * hooks.scheduleMinute().toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("contact-sync schedule", false));
    LOG.info(
        () ->
            "Schedule: a run every "
                + options.everyMinutes()
                + " minute(s), a full reconcile "
                + (options.reconcileEveryDays() == 0
                    ? "never"
                    : "every " + options.reconcileEveryDays() + " day(s)")
                + "; the next at "
                + Instant.now().plusMillis(interval));
  }

  @Timeout
  void fire() {
    start.fire();
  }

  /** When the timer fires next; empty when the schedule is off. */
  public Optional<Instant> nextRun() {
    Optional<Instant> next = Optional.empty();
    for (Timer t : timers.getTimers()) {
      try {
        Instant at = t.getNextTimeout().toInstant();
        next = next.isPresent() && next.get().isBefore(at) ? next : Optional.of(at);
      } catch (NoSuchObjectLocalException cancelledJustNow) {
        // a save is rebuilding the timer
      }
    }
    return next;
  }
}
