package org.cync.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The arithmetic of live progress: writes per second since writing began, and the end. */
class RunProgressTest {
  static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

  @Test
  void rateAndEndFromWhatIsLeft() {
    RunProgress p = RunProgress.of("mailboxes", 3, 10, 500, 2000, 4, NOW.minusSeconds(50), NOW);
    assertEquals(10.0, p.writesPerSecond());
    assertEquals(NOW.plusSeconds(150), p.estimatedEnd(), "1500 left at 10 a second");
    assertEquals("2026-12-06T10:02:30.000Z", p.toJson().get("estimatedEnd"));
    assertEquals(4L, p.toJson().get("throttled"));
  }

  @Test
  void noEstimateBeforeTheFirstWrite() {
    RunProgress before = RunProgress.of("plan", 0, 0, 0, 0, 0, null, NOW);
    assertEquals(0.0, before.writesPerSecond());
    assertNull(before.estimatedEnd());
    assertNull(RunProgress.of("mailboxes", 0, 10, 0, 100, 0, NOW, NOW).estimatedEnd());
  }

  @Test
  void allWrittenEndsNow() {
    assertEquals(
        NOW,
        RunProgress.of("mailboxes", 10, 10, 100, 100, 0, NOW.minusSeconds(4), NOW).estimatedEnd());
  }

  @Test
  void rateIsRoundedToATenth() {
    assertEquals(
        3.3,
        RunProgress.of("mailboxes", 0, 1, 10, 20, 0, NOW.minusSeconds(3), NOW).writesPerSecond());
  }
}
