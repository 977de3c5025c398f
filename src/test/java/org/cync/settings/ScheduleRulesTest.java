package org.cync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The weekly slot, the time zone and the pause: bounded, and each message names its page label. */
class ScheduleRulesTest {
  static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  static SyncSettingsRules.Outcome check(String schedule, SyncOptions current) {
    return SyncSettingsRules.check(
        SyncSettingsJson.parse("{\"schedule\":" + schedule + "}"), current, NOW);
  }

  static String problem(String schedule, String field) {
    SyncSettingsRules.Outcome o = check(schedule, SyncOptions.defaults());
    assertFalse(o.valid(), schedule);
    assertEquals(java.util.Set.of("schedule." + field), o.problems().keySet(), schedule);
    return o.problems().get("schedule." + field);
  }

  @Test
  void aWeeklySlotInAZoneIsSavedAsTyped() {
    SyncSettingsRules.Outcome o =
        check(
            "{\"reconcileDay\":\"sunday\",\"reconcileTime\":\"02:00\","
                + "\"timeZone\":\"Europe/Vienna\"}",
            SyncOptions.defaults());
    assertTrue(o.valid(), o.problems().toString());
    ScheduleOptions s = o.options().schedule();
    assertEquals("SUNDAY", s.reconcileDay());
    assertEquals(java.time.DayOfWeek.SUNDAY, s.weeklyReconcileDay().orElseThrow());
    assertEquals(java.time.ZoneId.of("Europe/Vienna"), s.zone());
    assertTrue(s.connectionCheck(), "the daily connection check is on by default");
    ScheduleOptions none = check("{\"reconcileDay\":null}", o.options()).options().schedule();
    assertTrue(none.weeklyReconcileDay().isEmpty(), "null goes back to every n days");
    assertEquals(7, none.reconcileEveryDays());
  }

  @Test
  void badWeekdayTimeAndZoneAreNamedAsOnThePage() {
    String day = problem("{\"reconcileDay\":\"Sundy\"}", "reconcileDay");
    assertEquals(
        "Weekly full reconcile on: choose a weekday, MONDAY to SUNDAY (or none for a full"
            + " reconcile every n days), not 'Sundy'.",
        day);
    for (String bad : new String[] {"2am", "24:00", "2:00", "02:60", "02:00:00"}) {
      String time = problem("{\"reconcileTime\":\"" + bad + "\"}", "reconcileTime");
      assertTrue(time.startsWith("Weekly full reconcile at (HH:mm): enter"), time);
      assertTrue(time.endsWith("not '" + bad + "'."), time);
    }
    for (String bad : new String[] {"Europe/Wien", "+01:00", "GMT+1", "vienna"}) {
      String zone = problem("{\"timeZone\":\"" + bad + "\"}", "timeZone");
      assertTrue(
          zone.startsWith("Time zone: enter an IANA time zone id, like Europe/Vienna"), zone);
    }
    assertTrue(problem("{\"timeZone\":5}", "timeZone").contains("must be text"));
    assertTrue(
        problem("{\"reconcileDay\":\"" + "x".repeat(300) + "\"}", "reconcileDay")
            .contains("at most 256"));
  }

  @Test
  void aPauseLiesInTheFutureAndAtMostAYearAhead() {
    SyncSettingsRules.Outcome o =
        check(
            "{\"pausedUntil\":\"2026-12-24 08:00\",\"timeZone\":\"Europe/Vienna\"}",
            SyncOptions.defaults());
    assertTrue(o.valid(), o.problems().toString());
    ScheduleOptions s = o.options().schedule();
    assertEquals("2026-12-24T08:00", s.pausedUntil(), "stored as an ISO local date-time");
    assertEquals(Instant.parse("2026-12-24T07:00:00Z"), s.pauseEnd().orElseThrow(), "in Vienna");
    assertTrue(s.pausedAt(NOW));
    assertFalse(s.pausedAt(Instant.parse("2026-12-24T07:00:00Z")), "over at its end");
    assertEquals(
        "2026-12-08T00:00",
        check("{\"pausedUntil\":\"2026-12-08\"}", SyncOptions.defaults())
            .options()
            .schedule()
            .pausedUntil(),
        "a date alone is midnight");

    String past = problem("{\"pausedUntil\":\"2026-12-07 09:59\"}", "pausedUntil");
    assertEquals(
        "Pause scheduled runs until: 2026-12-07 09:59 (UTC) has passed; enter a moment in the"
            + " future, or leave it empty to run on schedule.",
        past);
    String far = problem("{\"pausedUntil\":\"2027-12-07T10:01\"}", "pausedUntil");
    assertTrue(far.startsWith("Pause scheduled runs until: at most a year ahead"), far);
    String garbled = problem("{\"pausedUntil\":\"24.12.2026\"}", "pausedUntil");
    assertTrue(garbled.contains("yyyy-MM-dd HH:mm, like 2026-12-24 08:00"), garbled);
  }

  @Test
  void aPauseThatHasEndedMayStaySavedAndBeLifted() {
    SyncOptions paused =
        check("{\"pausedUntil\":\"2026-12-08 06:00\"}", SyncOptions.defaults()).options();
    SyncSettingsRules.Outcome later =
        SyncSettingsRules.check(
            SyncSettingsJson.parse("{\"schedule\":{\"pausedUntil\":\"2026-12-08T06:00\"}}"),
            paused,
            Instant.parse("2026-12-09T00:00:00Z"));
    assertTrue(later.valid(), "the page sends the ended pause back unchanged: " + later.problems());
    SyncSettingsRules.Outcome lifted = check("{\"pausedUntil\":null}", paused);
    assertTrue(lifted.valid());
    assertTrue(lifted.options().schedule().pauseEnd().isEmpty());
    assertTrue(check("{\"pausedUntil\":\"\"}", paused).options().schedule().pauseEnd().isEmpty());
  }

  @Test
  void oldSettingsWithoutTheNewFieldsKeepTheirBehaviour() {
    SyncOptions old =
        SyncSettingsStore.fromJson(
            "{\"schedule\":{\"enabled\":true,\"everyMinutes\":30,\"reconcileEveryDays\":3}}");
    assertEquals(new ScheduleOptions(true, 30, 3), old.schedule());
    assertTrue(old.schedule().weeklyReconcileDay().isEmpty());
    assertTrue(old.schedule().pauseEnd().isEmpty());
    Map<String, String> none =
        SyncSettingsRules.check(SyncSettingsJson.parse("{}"), old, NOW).problems();
    assertTrue(none.isEmpty(), none.toString());
    assertEquals(
        "2020-01-01T00:00",
        SyncSettingsStore.fromJson("{\"schedule\":{\"pausedUntil\":\"2020-01-01T00:00\"}}")
            .schedule()
            .pausedUntil(),
        "reading what is stored does not judge the pause by the clock");
  }
}
