package org.cync.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
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
import java.util.Date;
import java.util.Optional;
import java.util.logging.Logger;
import org.cync.settings.ScheduleOptions;
import org.cync.settings.SyncSettingsSaved;
import org.cync.settings.SyncSettingsStore;
import org.cync.testhooks.TestHooks;

/**
 * The timer that starts runs by itself, and nothing more: one interval timer built from the stored
 * schedule at start-up, and built again when a save changes the schedule, so the first run comes
 * one interval after the server's start or the change (or when a pause ends); with a weekly
 * reconcile slot, a one-off timer at the next slot besides. What a firing does is {@link
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
@DependsOn("StoreSchema") // the store's schema is migrated first
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Scheduler {
  private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());
  static final String INTERVAL = "contact-sync schedule";
  static final String SLOT = "contact-sync weekly reconcile";

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

  private synchronized void arm(ScheduleOptions options) {
    timers.getTimers().forEach(Scheduler::cancel);
    if (!options.enabled()) {
      LOG.info("Schedule off: runs start only from the console or the API");
      return;
    }
    Instant now = Instant.now();
    Optional<Instant> resume = options.pauseEnd().filter(now::isBefore);
    long interval = options.everyMinutes() * hooks.scheduleMinute().toMillis();
    Instant first = resume.orElse(now.plusMillis(interval));
    timers.createIntervalTimer(Date.from(first), interval, new TimerConfig(INTERVAL, false));
    Optional<Instant> slot = armSlot(options, resume.orElse(now));
    LOG.info(
        () ->
            "Schedule: a run every "
                + options.everyMinutes()
                + " minute(s), a full reconcile "
                + WeeklySlot.of(options)
                    .map(s -> "every " + s.day() + " at " + s.time() + " " + s.zone())
                    .orElse(
                        options.reconcileEveryDays() == 0
                            ? "never"
                            : "every " + options.reconcileEveryDays() + " day(s)")
                + resume.map(r -> "; paused until " + r).orElse("")
                + "; the next at "
                + slot.filter(first::isAfter).orElse(first));
  }

  /**
   * A one-off timer at the weekly slot after {@code after}, computed with java.time so that summer
   * time is the zone's (an interval timer would drift by an hour twice a year); re-armed when it
   * fires.
   */
  private Optional<Instant> armSlot(ScheduleOptions options, Instant after) {
    Optional<Instant> at = WeeklySlot.of(options).map(s -> s.next(after));
    at.ifPresent(a -> timers.createSingleActionTimer(Date.from(a), new TimerConfig(SLOT, false)));
    return at;
  }

  @Timeout
  void fire(Timer timer) {
    try {
      start.fire();
    } finally {
      if (SLOT.equals(info(timer))) {
        rearmSlot();
      }
    }
  }

  /** After the slot's firing: the next slot, from the settings as they are now. */
  private synchronized void rearmSlot() {
    timers.getTimers().stream().filter(t -> SLOT.equals(info(t))).forEach(Scheduler::cancel);
    ScheduleOptions options = settings.current().schedule();
    if (options.enabled()) {
      Instant after = Instant.now().plus(ScheduleDecision.SLOT_EARLY);
      armSlot(options, options.pauseEnd().filter(after::isBefore).orElse(after));
    }
  }

  private static Object info(Timer t) {
    try {
      return t.getInfo();
    } catch (NoSuchObjectLocalException | IllegalStateException gone) {
      return null;
    }
  }

  private static void cancel(Timer t) {
    try {
      t.cancel();
    } catch (NoSuchObjectLocalException | IllegalStateException gone) {
      // fired or cancelled just now
    }
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
