package org.cync.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

class ConsoleTimeTest {
  private static final Instant AT = Instant.parse("2026-12-06T17:04:18.123456789Z");
  private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

  @Test
  void aMomentIsShownToTheMinuteInTheAdministratorsZone() {
    assertEquals("2026-12-06 18:04", ConsoleTime.format(AT, VIENNA));
    assertEquals("2026-12-06 17:04", ConsoleTime.format(AT, ZoneOffset.UTC));
  }

  @Test
  void summerTimeCounts() {
    assertEquals(
        "2026-07-01 14:00", ConsoleTime.format(Instant.parse("2026-07-01T12:00:00Z"), VIENNA));
  }

  @Test
  void everyKindOfMomentABeanHandsOverLooksTheSame() {
    assertEquals("2026-12-06 18:04", ConsoleTime.format((Object) AT, VIENNA));
    assertEquals("2026-12-06 18:04", ConsoleTime.format(Date.from(AT), VIENNA));
    assertEquals("2026-12-06 18:04", ConsoleTime.format(AT.atOffset(ZoneOffset.UTC), VIENNA));
    assertEquals("2026-12-06 18:04", ConsoleTime.format("2026-12-06T17:04:18.027Z", VIENNA));
    assertEquals("2026-12-06 18:04", ConsoleTime.format("2026-12-06T19:04:18+02:00", VIENNA));
    assertEquals("2026-12-06 18:04", ConsoleTime.format("2026-12-06T17:04:18", VIENNA));
  }

  @Test
  void noneIsBlankAndATextThatIsNoMomentStaysAsItIs() {
    assertEquals("", ConsoleTime.format((Instant) null, VIENNA));
    assertEquals("", ConsoleTime.format((Object) null, VIENNA));
    assertEquals("", ConsoleTime.format("", VIENNA));
    assertEquals("not yet", ConsoleTime.format("not yet", VIENNA));
  }

  @Test
  void theResultHasNoNanosNoTAndNoZ() {
    String shown =
        ConsoleTime.format(OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 6, ZoneOffset.UTC), VIENNA);
    assertTrue(shown.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), shown);
  }

  @Test
  void anUnknownOrMissingBrowserZoneFallsBackToUtc() {
    assertEquals(VIENNA, ConsoleTime.zone("Europe/Vienna"));
    assertEquals(ConsoleTime.UTC, ConsoleTime.zone(null));
    assertEquals(ConsoleTime.UTC, ConsoleTime.zone(""));
    assertEquals(ConsoleTime.UTC, ConsoleTime.zone("Mars/Olympus"));
  }

  @Test
  void theSessionKeepsTheZoneTheBrowserToldAndSaysWhetherItChanged() {
    AdminZone zone = new AdminZone();
    assertFalse(zone.isTold());
    assertFalse(zone.set("Etc/UTC"), "the same times: no reload");
    assertEquals("2026-12-06 17:04", zone.at(AT));
    assertTrue(zone.set("Europe/Vienna"));
    assertTrue(zone.isTold());
    assertEquals("Europe/Vienna", zone.getZone());
    assertEquals("2026-12-06 18:04", zone.at(AT));
    assertFalse(zone.set("Europe/Vienna"), "told again: no reload");
    assertTrue(zone.set("<script>"), "back to UTC");
    assertEquals("UTC", zone.getZone());
  }
}
