package org.cync.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.cync.history.RetentionRule.Execution;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {
  static final Instant CUTOFF = Instant.parse("2026-09-07T00:00:00Z");
  static final Instant OLD = CUTOFF.minusSeconds(1);
  static final Instant NEW = CUTOFF.plusSeconds(1);

  static Execution e(long instance, long id, String status, String exit, Instant last) {
    return new Execution(instance, id, status, exit, last);
  }

  @Test
  void theCutoffIsNDaysBeforeNow() {
    assertEquals(CUTOFF, RetentionRule.cutoff(Instant.parse("2026-12-06T00:00:00Z"), 90));
  }

  @Test
  void runsThatEndedBeforeTheCutoffGoWhateverTheirEnd() {
    assertEquals(
        List.of(1L, 2L, 3L, 4L, 5L),
        RetentionRule.removable(
            List.of(
                e(1, 10, "COMPLETED", "COMPLETED", OLD),
                e(2, 20, "FAILED", "CRASHED", OLD),
                e(3, 30, "STOPPED", "STOPPED", OLD),
                e(4, 40, "ABANDONED", SyncRuns.AWAITING_APPROVAL, OLD),
                e(5, 50, "COMPLETED", "DRY_RUN", OLD),
                e(6, 60, "COMPLETED", "COMPLETED", NEW)),
            CUTOFF));
  }

  @Test
  void neverARunningOrHeldRunNorOneContinuedSinceTheCutoff() {
    assertEquals(
        List.of(4L),
        RetentionRule.removable(
            List.of(
                e(1, 10, "STARTED", null, OLD),
                e(2, 20, "STOPPING", null, OLD),
                e(3, 30, "STOPPED", SyncRuns.AWAITING_APPROVAL, OLD),
                e(4, 40, "STOPPED", SyncRuns.AWAITING_APPROVAL, OLD),
                e(4, 41, "COMPLETED", "COMPLETED", OLD),
                e(5, 50, "FAILED", "FAILED", OLD),
                e(5, 51, "COMPLETED", "COMPLETED", NEW),
                e(7, 70, "COMPLETED", "COMPLETED", null)),
            CUTOFF));
  }
}
