package org.cync.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored gauges of a history: last ended run, last success, failing mailboxes. */
class StoredFiguresTest {
  static final Instant T = Instant.parse("2026-12-06T10:00:00Z");

  @Test
  void figuresOfAFinishedRunAfterARunning() {
    List<RunRecord> newestFirst =
        List.of(
            new RunRecord("STARTED", null, T.plusSeconds(600), null, -1),
            new RunRecord(
                "COMPLETED", "COMPLETED_WITH_FAILURES", T.plusSeconds(300), T.plusSeconds(342), 2),
            new RunRecord("COMPLETED", "COMPLETED", T, T.plusSeconds(90), -1));
    StoredFigures f = StoredFigures.of(newestFirst);
    assertEquals(42.0, f.lastRunDurationSeconds(), 0.0);
    assertEquals(2.0, f.failingMailboxes(), 0.0);
    assertEquals(T.plusSeconds(90).getEpochSecond(), f.lastSuccessEpochSeconds(), 0.0);
  }

  @Test
  void dryRunsAndHeldRunsAreNoSuccess() {
    StoredFigures f =
        StoredFigures.of(
            List.of(
                new RunRecord("COMPLETED", "DRY_RUN", T, T.plusSeconds(5), 0),
                new RunRecord("STOPPED", "AWAITING_APPROVAL", T, T.plusSeconds(5), 0)));
    assertTrue(Double.isNaN(f.lastSuccessEpochSeconds()));
    assertEquals(0.0, f.failingMailboxes(), 0.0);
  }

  @Test
  void noRunsYetIsNaN() {
    StoredFigures f = StoredFigures.of(List.of());
    assertTrue(Double.isNaN(f.lastRunDurationSeconds()));
    assertTrue(Double.isNaN(f.failingMailboxes()));
  }
}
