package org.cync.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
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

class ScheduleDecisionTest {
  static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  static final ScheduleOptions HOURLY_WEEKLY = ScheduleOptions.defaults();
  final ScheduleDecision decision = new ScheduleDecision(Clock.fixed(NOW, ZoneOffset.UTC));

  /** The run history: one finished reconcile (or none), and every question asked of it. */
  final List<Instant> asked = new ArrayList<>();

  Facts facts(boolean connected, Long running, Instant lastReconcile) {
    return new Facts(
        connected,
        running == null ? OptionalLong.empty() : OptionalLong.of(running),
        since -> {
          asked.add(since);
          return Optional.ofNullable(lastReconcile).filter(at -> !at.isBefore(since));
        });
  }

  Verdict decide(ScheduleOptions options, Instant lastReconcile) {
    return decision.decide(options, facts(true, null, lastReconcile));
  }

  @Test
  void offDoesNothingWhateverTheFacts() {
    ScheduleOptions off = new ScheduleOptions(false, 60, 7);
    assertEquals(Verdict.DISABLED, decision.decide(off, facts(true, null, null)));
    assertEquals(Verdict.DISABLED, decision.decide(off, facts(false, 4L, null)));
    assertTrue(asked.isEmpty(), "no history read");
  }

  @Test
  void withoutATenantItSkipsBeforeLookingAtRuns() {
    assertEquals(Verdict.NO_CONNECTION, decision.decide(HOURLY_WEEKLY, facts(false, 4L, null)));
    assertEquals(Verdict.NO_CONNECTION, decision.decide(HOURLY_WEEKLY, facts(false, null, null)));
    assertTrue(asked.isEmpty());
  }

  @Test
  void aRunStillGoingIsSkipped() {
    assertEquals(Verdict.RUN_RUNNING, decision.decide(HOURLY_WEEKLY, facts(true, 4L, null)));
    assertTrue(asked.isEmpty());
  }

  @Test
  void theFirstScheduledRunEverIsAFullReconcile() {
    assertEquals(Verdict.RECONCILE, decide(HOURLY_WEEKLY, null));
  }

  @Test
  void aRecentReconcileMakesADeltaRun() {
    assertEquals(Verdict.DELTA, decide(HOURLY_WEEKLY, NOW.minus(Duration.ofDays(3))));
    assertEquals(
        List.of(NOW.minus(Duration.ofDays(7)).plus(Duration.ofMinutes(30))),
        asked,
        "a reconcile counts for 7 days less half an interval");
  }

  @Test
  void aWeeklyReconcileStaysOnItsTick() {
    Instant lastWeeksTick = NOW.minus(Duration.ofDays(7));
    assertEquals(
        Verdict.RECONCILE,
        decide(HOURLY_WEEKLY, lastWeeksTick.plusSeconds(20)),
        "started 20 s after last week's tick: due now, not an hour later");
    assertEquals(
        Verdict.DELTA,
        decide(HOURLY_WEEKLY, lastWeeksTick.plus(Duration.ofMinutes(31))),
        "more than half an interval short of a week: the next tick is nearer");
    assertEquals(
        Verdict.RECONCILE, decide(HOURLY_WEEKLY, NOW.minus(Duration.ofDays(30))), "overdue");
  }

  @Test
  void zeroDaysIsNeverWithoutReadingTheHistory() {
    assertEquals(Verdict.DELTA, decide(new ScheduleOptions(true, 60, 0), null));
    assertTrue(asked.isEmpty());
  }

  @Test
  void aDailyScheduleWithADailyReconcileReconcilesEveryRun() {
    ScheduleOptions daily = new ScheduleOptions(true, 1440, 1);
    assertEquals(Verdict.RECONCILE, decide(daily, NOW.minus(Duration.ofDays(1)).plusSeconds(5)));
    assertFalse(
        ScheduleDecision.reconcileDue(
            daily, facts(true, null, NOW.minusSeconds(60)).lastReconcileSince(), NOW),
        "but not right after one");
  }
}
