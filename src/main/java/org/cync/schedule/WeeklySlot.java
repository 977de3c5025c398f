package org.cync.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.cync.settings.ScheduleOptions;

/**
 * The weekly full reconcile's slot, like Sunday 02:00 Europe/Vienna, as instants: java.time's rules
 * for the zone decide summer time, so the slot stays at 02:00 local all year. A time the clocks
 * skip (02:30 on the morning summer time begins) falls on the same time after the jump (03:30); a
 * time that happens twice (the morning it ends) is the first of the two.
 */
public record WeeklySlot(DayOfWeek day, LocalTime time, ZoneId zone) {

  /** The options' slot; empty while the reconcile goes by "every n days". */
  public static Optional<WeeklySlot> of(ScheduleOptions options) {
    return options
        .weeklyReconcileDay()
        .map(d -> new WeeklySlot(d, options.weeklyReconcileTime(), options.zone()));
  }

  /** The latest slot at or before {@code at}. */
  public Instant previous(Instant at) {
    LocalDate day = at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(this.day));
    Instant slot = on(day);
    return slot.isAfter(at) ? on(day.minusWeeks(1)) : slot;
  }

  /** The first slot after {@code at}. */
  public Instant next(Instant at) {
    LocalDate day = at.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(this.day));
    Instant slot = on(day);
    return slot.isAfter(at) ? slot : on(day.plusWeeks(1));
  }

  private Instant on(LocalDate day) {
    return ZonedDateTime.of(day, time, zone).toInstant();
  }
}
