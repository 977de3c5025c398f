package org.cync.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.cync.schedule.ScheduleDecision.Facts;
import org.cync.schedule.ScheduleDecision.Verdict;
import org.cync.settings.ScheduleOptions;
import org.junit.jupiter.api.Test;

/**
 * Sunday 02:00 Europe/Vienna through both summer-time changes of 2026 (29 March: 02:00 → 03:00; 25
 * October: 03:00 → 02:00), the reconcile decision at and after the slot, and a pause.
 */
class WeeklySlotTest {
  static final ScheduleOptions SUNDAY_2_VIENNA =
      new ScheduleOptions(true, 60, 7, "SUNDAY", "02:00", "Europe/Vienna", null, true);
  static final WeeklySlot SLOT = WeeklySlot.of(SUNDAY_2_VIENNA).orElseThrow();

  static Instant at(String utc) {
    return Instant.parse(utc);
  }

  @Test
  void theSlotStaysAtTwoLocalAcrossSummerTime() {
    assertEquals(at("2026-03-22T01:00:00Z"), SLOT.next(at("2026-03-20T12:00:00Z")), "CET, +1");
    assertEquals(
        at("2026-03-29T01:00:00Z"),
        SLOT.next(at("2026-03-22T01:00:00Z")),
        "02:00 is skipped that morning: the same time after the jump, 03:00 CEST");
    assertEquals(at("2026-04-05T00:00:00Z"), SLOT.next(at("2026-03-29T01:00:00Z")), "CEST, +2");
    assertEquals(
        at("2026-10-25T00:00:00Z"),
        SLOT.next(at("2026-10-20T00:00:00Z")),
        "02:00 happens twice that morning: the first, still CEST");
    assertEquals(at("2026-11-01T01:00:00Z"), SLOT.next(at("2026-10-25T00:00:00Z")), "CET again");
  }

  @Test
  void aTimeInTheSpringGapRunsAfterTheJump() {
    WeeklySlot half =
        WeeklySlot.of(
                new ScheduleOptions(true, 60, 7, "SUNDAY", "02:30", "Europe/Vienna", null, true))
            .orElseThrow();
    assertEquals(at("2026-03-29T01:30:00Z"), half.next(at("2026-03-28T00:00:00Z")), "03:30 CEST");
  }

  @Test
  void previousIsTheLatestSlotAtOrBefore() {
    assertEquals(at("2026-03-29T01:00:00Z"), SLOT.previous(at("2026-03-29T01:00:00Z")));
    assertEquals(at("2026-03-22T01:00:00Z"), SLOT.previous(at("2026-03-29T00:59:59Z")));
    assertEquals(at("2026-04-05T00:00:00Z"), SLOT.previous(at("2026-04-08T09:00:00Z")));
  }

  @Test
  void noDayIsEveryNDaysAsBefore() {
    assertTrue(WeeklySlot.of(ScheduleOptions.defaults()).isEmpty());
  }

  final List<Instant> asked = new ArrayList<>();

  Verdict decide(ScheduleOptions options, Instant now, Instant lastReconcile) {
    return new ScheduleDecision(Clock.fixed(now, ZoneOffset.UTC))
        .decide(
            options,
            new Facts(
                true,
                OptionalLong.empty(),
                since -> {
                  asked.add(since);
                  return Optional.ofNullable(lastReconcile).filter(a -> !a.isBefore(since));
                }));
  }

  @Test
  void theSlotsFiringIsAReconcileAndTheTicksAfterItAreNot() {
    Instant slot = at("2026-04-05T00:00:00Z");
    Instant lastWeek = at("2026-03-29T01:00:04Z");
    assertEquals(Verdict.RECONCILE, decide(SUNDAY_2_VIENNA, slot.plusMillis(10), lastWeek));
    assertEquals(List.of(slot.minusSeconds(60)), asked, "since the slot, less a minute");
    assertEquals(
        Verdict.RECONCILE,
        decide(SUNDAY_2_VIENNA, slot.minusSeconds(30), lastWeek),
        "a timer that fires a moment early still makes the slot's reconcile");
    assertEquals(
        Verdict.DELTA, decide(SUNDAY_2_VIENNA, at("2026-04-05T00:37:00Z"), slot.plusSeconds(1)));
    assertEquals(
        Verdict.DELTA,
        decide(SUNDAY_2_VIENNA, at("2026-04-04T23:00:00Z"), lastWeek),
        "the hour before the slot: last week's still counts");
  }

  @Test
  void aSlotMissedWhileDownRunsAtTheNextFiring() {
    assertEquals(
        Verdict.RECONCILE,
        decide(SUNDAY_2_VIENNA, at("2026-04-06T09:00:00Z"), at("2026-03-29T01:00:04Z")),
        "CYNC was down on Sunday: Monday's first firing reconciles");
    assertTrue(
        ScheduleDecision.reconcileDue(
            SUNDAY_2_VIENNA, since -> Optional.empty(), at("2026-04-06T09:00:00Z")),
        "the first firing ever too");
  }

  @Test
  void aPauseStartsNothingAndReadsNoHistory() {
    ScheduleOptions paused =
        new ScheduleOptions(
            true, 60, 7, "SUNDAY", "02:00", "Europe/Vienna", "2026-12-24T08:00", true);
    assertEquals(Verdict.PAUSED, decide(paused, at("2026-12-20T01:00:00Z"), null));
    assertEquals(Verdict.PAUSED, decide(paused, at("2026-12-24T06:59:59Z"), null));
    assertTrue(asked.isEmpty());
    assertEquals(
        Verdict.RECONCILE,
        decide(paused, at("2026-12-24T07:00:00Z"), at("2026-12-13T01:00:00Z")),
        "08:00 Vienna ends it; the Sunday slot missed in the pause makes the first run a reconcile");
    assertEquals(
        Verdict.DISABLED,
        decide(
            new ScheduleOptions(false, 60, 7, null, null, null, "2026-12-24T08:00", true),
            at("2026-12-20T01:00:00Z"),
            null));
    assertFalse(paused.withoutPause().pausedAt(at("2026-12-20T01:00:00Z")), "lifted");
  }
}
