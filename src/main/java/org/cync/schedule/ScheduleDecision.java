package org.cync.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.cync.settings.ScheduleOptions;

/**
 * What the timer does when it fires, decided from the facts alone so that every case is a plain
 * unit test: nothing when the schedule is off or paused; skip when no tenant is connected or a run
 * is still going; otherwise a full reconcile when one is due, else an ordinary (delta) run.
 *
 * <p>With "every n days", a reconcile is due when the newest finished one started {@code
 * reconcileEveryDays} ago or more, or none ever finished. Half an interval of slack keeps a weekly
 * reconcile on the same tick every week: measured to the minute, a reconcile that started a few
 * seconds after Monday's tick would only be due at the tick after next Monday's, and would slip by
 * one interval a week.
 *
 * <p>With a weekly slot ({@link WeeklySlot}), a reconcile is due when none finished that started
 * after the latest slot (less a minute, for a timer that fires a moment early). The slot's own
 * firing is therefore a reconcile, and a slot missed while CYNC was down or paused makes the next
 * firing one, as with "every n days".
 */
public final class ScheduleDecision {
  /** The five things a firing of the timer can do. */
  public enum Verdict {
    DISABLED,
    PAUSED,
    NO_CONNECTION,
    RUN_RUNNING,
    DELTA,
    RECONCILE
  }

  /**
   * What the decision looks at.
   *
   * @param connected whether a tenant is connected
   * @param running the execution ID of a run that is still going, if any
   * @param lastReconcileSince the start of the newest finished full reconcile that started at or
   *     after the given moment; asked only when the answer matters (it reads the run history)
   */
  public record Facts(
      boolean connected,
      OptionalLong running,
      Function<Instant, Optional<Instant>> lastReconcileSince) {}

  /** How early a timer may fire and still count as its slot's firing. */
  static final Duration SLOT_EARLY = Duration.ofMinutes(1);

  private final Clock clock;

  public ScheduleDecision(Clock clock) {
    this.clock = clock;
  }

  public Verdict decide(ScheduleOptions options, Facts facts) {
    if (!options.enabled()) {
      return Verdict.DISABLED;
    }
    if (options.pausedAt(clock.instant())) {
      return Verdict.PAUSED;
    }
    if (!facts.connected()) {
      return Verdict.NO_CONNECTION;
    }
    if (facts.running().isPresent()) {
      return Verdict.RUN_RUNNING;
    }
    return reconcileDue(options, facts.lastReconcileSince(), clock.instant())
        ? Verdict.RECONCILE
        : Verdict.DELTA;
  }

  /** Whether a scheduled run starting at {@code at} is a full reconcile. */
  public static boolean reconcileDue(
      ScheduleOptions options,
      Function<Instant, Optional<Instant>> lastReconcileSince,
      Instant at) {
    Optional<WeeklySlot> slot = WeeklySlot.of(options);
    if (slot.isPresent()) {
      Instant latest = slot.get().previous(at.plus(SLOT_EARLY));
      return lastReconcileSince.apply(latest.minus(SLOT_EARLY)).isEmpty();
    }
    if (options.reconcileEveryDays() == 0) {
      return false;
    }
    Instant counts =
        at.minus(Duration.ofDays(options.reconcileEveryDays()))
            .plus(Duration.ofMinutes(options.everyMinutes()).dividedBy(2));
    return lastReconcileSince.apply(counts).isEmpty();
  }
}
