package org.cync.settings;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * When CYNC runs by itself: an ordinary (delta) run every {@code everyMinutes}, and a full
 * reconcile instead of it either once the last finished reconcile is {@code reconcileEveryDays} old
 * or, when {@code reconcileDay} is set, at a weekly slot (weekday and time in a time zone). Kept as
 * text in the settings document (Gson cannot reflect on java.time types); the typed accessors below
 * read it. Settings saved before the weekly slot and the pause existed have none of them, which is
 * the old behaviour.
 *
 * @param enabled whether the timer starts runs at all
 * @param everyMinutes minutes between the start of two scheduled runs, 1 to 1440
 * @param reconcileEveryDays 0 for never, else 1 to 365; unused while {@code reconcileDay} is set
 * @param reconcileDay MONDAY to SUNDAY for a weekly full reconcile at {@code reconcileTime}, or
 *     null
 * @param reconcileTime HH:mm in {@code timeZone}
 * @param timeZone an IANA time zone id, like Europe/Vienna; the weekly slot's and the pause's
 * @param pausedUntil yyyy-MM-ddTHH:mm in {@code timeZone}: no scheduled run before it; or null
 * @param connectionCheck whether the Test Connection checks run once a day in the background
 */
public record ScheduleOptions(
    boolean enabled,
    int everyMinutes,
    int reconcileEveryDays,
    String reconcileDay,
    String reconcileTime,
    String timeZone,
    String pausedUntil,
    boolean connectionCheck) {
  public static final int DEFAULT_MINUTES = 60;
  public static final int MAX_MINUTES = 24 * 60;
  public static final int DEFAULT_RECONCILE_DAYS = 7;
  public static final int MAX_RECONCILE_DAYS = 365;
  public static final String DEFAULT_TIME = "02:00";
  public static final String DEFAULT_ZONE = "UTC";

  public ScheduleOptions {
    if (everyMinutes < 1 || everyMinutes > MAX_MINUTES) {
      throw new IllegalArgumentException("everyMinutes must be 1.." + MAX_MINUTES);
    }
    if (reconcileEveryDays < 0 || reconcileEveryDays > MAX_RECONCILE_DAYS) {
      throw new IllegalArgumentException("reconcileEveryDays must be 0.." + MAX_RECONCILE_DAYS);
    }
    reconcileDay = blankToNull(reconcileDay);
    reconcileTime = reconcileTime == null || reconcileTime.isBlank() ? DEFAULT_TIME : reconcileTime;
    timeZone = timeZone == null || timeZone.isBlank() ? DEFAULT_ZONE : timeZone;
    pausedUntil = blankToNull(pausedUntil);
    try {
      if (reconcileDay != null) {
        reconcileDay = DayOfWeek.valueOf(reconcileDay.toUpperCase(Locale.ROOT)).name();
      }
      LocalTime.parse(reconcileTime);
      ZoneId.of(timeZone);
      if (pausedUntil != null) {
        LocalDateTime.parse(pausedUntil);
      }
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new IllegalArgumentException("schedule: " + e.getMessage(), e);
    }
  }

  /** The schedule as it was before weekly slots and pauses: no slot, no pause, daily check on. */
  public ScheduleOptions(boolean enabled, int everyMinutes, int reconcileEveryDays) {
    this(enabled, everyMinutes, reconcileEveryDays, null, null, null, null, true);
  }

  /** Hourly, with a full reconcile once a week. */
  public static ScheduleOptions defaults() {
    return new ScheduleOptions(true, DEFAULT_MINUTES, DEFAULT_RECONCILE_DAYS);
  }

  /** The weekday of the weekly full reconcile; empty for "every n days". */
  public Optional<DayOfWeek> weeklyReconcileDay() {
    return Optional.ofNullable(reconcileDay).map(DayOfWeek::valueOf);
  }

  public LocalTime weeklyReconcileTime() {
    return LocalTime.parse(reconcileTime);
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  /**
   * The moment the pause ends (a local time in a DST gap counts as the same time after the clocks
   * moved on); empty when there is no pause. A pause that has ended is still returned: callers
   * compare it with their clock.
   */
  public Optional<Instant> pauseEnd() {
    return Optional.ofNullable(pausedUntil)
        .map(p -> LocalDateTime.parse(p).atZone(zone()).toInstant());
  }

  /** Whether scheduled runs are paused at {@code now}. */
  public boolean pausedAt(Instant now) {
    return pauseEnd().filter(now::isBefore).isPresent();
  }

  /** The same schedule without its pause. */
  public ScheduleOptions withoutPause() {
    return new ScheduleOptions(
        enabled,
        everyMinutes,
        reconcileEveryDays,
        reconcileDay,
        reconcileTime,
        timeZone,
        null,
        connectionCheck);
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }
}
