package org.cync.settings;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cync.limits.TextLimits;

/**
 * Reads the {@code schedule} object of a settings document into {@link ScheduleOptions}; each
 * message begins with the field's label on the Sync settings page. Kept apart from {@link
 * SyncSettingsRules} because the schedule's fields are times, zones and dates, not lists. A pause
 * must lie in the future and at most a year ahead, but only when it is set or changed ({@code now}
 * given and the value differs from the saved one): a pause that has since ended may stay saved.
 */
final class ScheduleRules {
  static final String DAY_LABEL = SettingsLabels.of("schedule.reconcileDay");
  static final String TIME_LABEL = SettingsLabels.of("schedule.reconcileTime");
  static final String ZONE_LABEL = SettingsLabels.of("schedule.timeZone");
  static final String PAUSE_LABEL = SettingsLabels.of("schedule.pausedUntil");
  private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
  private static final DateTimeFormatter PAUSE_INPUT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd[['T'][' ']HH:mm]");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

  private ScheduleRules() {}

  /** {@code now} is null when reading what is stored (no check against the clock). */
  static ScheduleOptions read(SettingsFields f, ScheduleOptions b, Instant now) {
    String zone = zone(f, b.timeZone());
    return new ScheduleOptions(
        f.bool("schedule.enabled", b.enabled()),
        f.inRange(
            "schedule.everyMinutes",
            b.everyMinutes(),
            1,
            ScheduleOptions.MAX_MINUTES,
            "Enter 1 to "
                + ScheduleOptions.MAX_MINUTES
                + " minutes between scheduled runs ("
                + ScheduleOptions.MAX_MINUTES
                + " = once a day, default "
                + ScheduleOptions.DEFAULT_MINUTES
                + "; to stop them, switch the schedule off), not "),
        f.inRange(
            "schedule.reconcileEveryDays",
            b.reconcileEveryDays(),
            0,
            ScheduleOptions.MAX_RECONCILE_DAYS,
            "Enter 0 to "
                + ScheduleOptions.MAX_RECONCILE_DAYS
                + " days between full reconciles (0 = never, default "
                + ScheduleOptions.DEFAULT_RECONCILE_DAYS
                + "), not "),
        day(f, b.reconcileDay()),
        time(f, b.reconcileTime()),
        zone,
        pause(f, b.pausedUntil(), ZoneId.of(zone), now),
        f.bool("schedule.connectionCheck", b.connectionCheck()));
  }

  private static String day(SettingsFields f, String b) {
    String v = f.text("schedule.reconcileDay", b);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return DayOfWeek.valueOf(v.toUpperCase(Locale.ROOT)).name();
    } catch (IllegalArgumentException e) {
      f.problem(
          "schedule.reconcileDay",
          DAY_LABEL
              + ": choose a weekday, MONDAY to SUNDAY (or none for a full reconcile every n days),"
              + " not '"
              + TextLimits.shown(v)
              + "'.");
      return b;
    }
  }

  private static String time(SettingsFields f, String b) {
    String v = f.text("schedule.reconcileTime", b);
    if (v == null || v.isBlank()) {
      return ScheduleOptions.DEFAULT_TIME;
    }
    if (!HH_MM.matcher(v).matches()) {
      f.problem(
          "schedule.reconcileTime",
          TIME_LABEL
              + ": enter a time of day as HH:mm, 00:00 to 23:59, like 02:00, not '"
              + TextLimits.shown(v)
              + "'.");
      return b;
    }
    return v;
  }

  /** An IANA region id (what the tz database lists); fixed offsets do not follow summer time. */
  private static String zone(SettingsFields f, String b) {
    String v = f.text("schedule.timeZone", b);
    if (v == null || v.isBlank()) {
      return ScheduleOptions.DEFAULT_ZONE;
    }
    if (!ZoneId.getAvailableZoneIds().contains(v)) {
      f.problem(
          "schedule.timeZone",
          ZONE_LABEL
              + ": enter an IANA time zone id, like Europe/Vienna, America/New_York or UTC"
              + " (spelled as in the tz database, not an offset like +01:00), not '"
              + TextLimits.shown(v)
              + "'.");
      return b;
    }
    return v;
  }

  private static String pause(SettingsFields f, String b, ZoneId zone, Instant now) {
    String v = f.text("schedule.pausedUntil", b);
    if (v == null || v.isBlank()) {
      return null;
    }
    LocalDateTime at;
    try {
      at = parsePause(v);
    } catch (DateTimeParseException e) {
      f.problem(
          "schedule.pausedUntil",
          PAUSE_LABEL
              + ": enter a date and time as yyyy-MM-dd HH:mm, like 2026-12-24 08:00 (in the"
              + " schedule's time zone), or leave it empty, not '"
              + TextLimits.shown(v)
              + "'.");
      return b;
    }
    String stored = at.toString();
    if (now == null || stored.equals(b)) {
      return stored;
    }
    ZonedDateTime end = at.atZone(zone);
    ZonedDateTime latest = now.atZone(zone).plusYears(1);
    String problem =
        !end.toInstant().isAfter(now)
            ? ": "
                + SHOWN.format(at)
                + " ("
                + zone
                + ") has passed; enter a moment in the future, or leave it empty to run on"
                + " schedule."
            : end.isAfter(latest)
                ? ": at most a year ahead (until "
                    + SHOWN.format(latest)
                    + " "
                    + zone
                    + "); to stop scheduled runs for longer, switch the schedule off."
                : null;
    if (problem != null) {
      f.problem("schedule.pausedUntil", PAUSE_LABEL + problem);
      return b;
    }
    return stored;
  }

  /** yyyy-MM-dd (midnight), yyyy-MM-dd HH:mm or yyyy-MM-ddTHH:mm. */
  static LocalDateTime parsePause(String v) {
    var parsed = PAUSE_INPUT.parse(v.strip());
    LocalDate day = LocalDate.from(parsed);
    LocalTime time;
    try {
      time = LocalTime.from(parsed);
    } catch (DateTimeException dateOnly) {
      time = LocalTime.MIDNIGHT;
    }
    return LocalDateTime.of(day, time);
  }
}
