package org.cync.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The paging and filters of {@code GET /api/runs}: bounded, and a wrong value named. */
class HistoryQueryTest {

  @Test
  void defaultsAreTheFirstPageOfTwenty() {
    HistoryQuery q = HistoryQuery.parse(null, null, null, null, null);
    assertNull(q.outcome());
    assertNull(q.from());
    assertNull(q.toExclusive());
    assertEquals(0, q.offset());
    assertEquals(20, q.size());
  }

  @Test
  void datesAreWholeUtcDaysBothIncluded() {
    HistoryQuery q = HistoryQuery.parse("completed", "2026-12-01", "2026-12-06", "2", "50");
    assertEquals("completed", q.outcome());
    assertEquals(Instant.parse("2026-12-01T00:00:00Z"), q.from());
    assertEquals(Instant.parse("2026-12-07T00:00:00Z"), q.toExclusive());
    assertEquals(100, q.offset());
  }

  @Test
  void skippedAndRunningAreOutcomesToo() {
    assertEquals("skipped", HistoryQuery.parse("skipped", null, null, null, null).outcome());
    assertEquals("running", HistoryQuery.parse("running", null, null, null, null).outcome());
  }

  @Test
  void aWrongValueIsRefusedNamingItsParameter() {
    assertBad("outcome", "done", null, null, null, null);
    assertBad("from", null, "06.12.2026", null, null, null);
    assertBad("to", null, null, "tomorrow", null, null);
    assertBad("to", null, "2026-12-06", "2026-12-01", null, null);
    assertBad("page", null, null, null, "-1", null);
    assertBad("size", null, null, null, null, "0");
    assertBad("size", null, null, null, null, "501");
    assertBad("size", null, null, null, null, "99999999999");
  }

  private static void assertBad(
      String parameter, String outcome, String from, String to, String page, String size) {
    HistoryQuery.BadQuery e =
        assertThrows(
            HistoryQuery.BadQuery.class, () -> HistoryQuery.parse(outcome, from, to, page, size));
    assertEquals(parameter, e.parameter());
    assertTrue(e.getMessage().contains("'" + parameter + "'"), e.getMessage());
  }
}
