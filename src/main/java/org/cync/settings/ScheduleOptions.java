package org.cync.settings;

/**
 * When CYNC runs by itself: an ordinary (delta) run every {@code everyMinutes}, and a full
 * reconcile instead of it once the last finished reconcile is {@code reconcileEveryDays} old.
 *
 * @param enabled whether the timer starts runs at all
 * @param everyMinutes minutes between the start of two scheduled runs, 1 to 1440
 * @param reconcileEveryDays 0 for never, else 1 to 365
 */
public record ScheduleOptions(boolean enabled, int everyMinutes, int reconcileEveryDays) {
  public static final int DEFAULT_MINUTES = 60;
  public static final int MAX_MINUTES = 24 * 60;
  public static final int DEFAULT_RECONCILE_DAYS = 7;
  public static final int MAX_RECONCILE_DAYS = 365;

  public ScheduleOptions {
    if (everyMinutes < 1 || everyMinutes > MAX_MINUTES) {
      throw new IllegalArgumentException("everyMinutes must be 1.." + MAX_MINUTES);
    }
    if (reconcileEveryDays < 0 || reconcileEveryDays > MAX_RECONCILE_DAYS) {
      throw new IllegalArgumentException("reconcileEveryDays must be 0.." + MAX_RECONCILE_DAYS);
    }
  }

  /** Hourly, with a full reconcile once a week. */
  public static ScheduleOptions defaults() {
    return new ScheduleOptions(true, DEFAULT_MINUTES, DEFAULT_RECONCILE_DAYS);
  }
}
