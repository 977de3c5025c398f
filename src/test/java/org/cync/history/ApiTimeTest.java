package org.cync.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiTimeTest {

  @Test
  void timesAreRfc3339InUtcThatJavaParses() {
    Instant at = Instant.parse("2026-12-06T07:21:33.224Z");
    String text = ApiTime.of(Date.from(at));
    assertEquals("2026-12-06T07:21:33.224Z", text);
    assertEquals(at, Instant.parse(text));
    assertEquals(at, OffsetDateTime.parse(text).toInstant());
  }

  @Test
  void wholeSecondsKeepTheirMillisecondsAndNoTimeIsNull() {
    assertEquals(
        "2026-01-01T00:00:00.000Z", ApiTime.of(Date.from(Instant.EPOCH.plusSeconds(1767225600L))));
    assertNull(ApiTime.of(null));
  }

  @Test
  void theRunViewGivesItsTimesInThatForm() {
    Instant started = Instant.parse("2026-12-06T07:21:33.224Z");
    RunView run =
        new RunView(
            23,
            5,
            7,
            "COMPLETED",
            "COMPLETED",
            Date.from(started),
            Date.from(started.plusSeconds(61)),
            List.of(),
            23,
            5);
    assertEquals(started, OffsetDateTime.parse(run.getStarted()).toInstant());
    assertEquals(started.plusSeconds(61), Instant.parse(run.getEnded()));
  }
}
