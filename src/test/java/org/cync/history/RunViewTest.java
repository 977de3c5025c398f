package org.cync.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunViewTest {

  private static RunView run(String status, String exit, long newestId, int newestRun) {
    return new RunView(23, 5, 7, status, exit, null, null, List.of(), newestId, newestRun);
  }

  private static RunView newest(String status, String exit) {
    return run(status, exit, 23, 5);
  }

  @Test
  void theNewestFailedOrStoppedRunCanBeRestarted() {
    assertTrue(newest("FAILED", "CRASHED").isRestartable());
    assertTrue(newest("STOPPED", "STOPPED_AT_SHUTDOWN").isRestartable());
    assertFalse(newest("FAILED", "CRASHED").isApprovable());
    assertNull(newest("FAILED", "CRASHED").getContinuedAsRun());
  }

  @Test
  void onlyTheNewestHeldRunCanBeApproved() {
    RunView held = newest("STOPPED", SyncRuns.AWAITING_APPROVAL);
    assertTrue(held.isApprovable());
    RunView old = run("STOPPED", SyncRuns.AWAITING_APPROVAL, 44, 9);
    assertFalse(old.isApprovable());
    assertFalse(old.isRestartable());
    assertEquals(9, old.getContinuedAsRun());
    assertEquals(44L, old.getContinuedAsExecutionId());
    assertEquals(
        "Run 5 (executionId 23) was already restarted or approved; its newest run is run 9"
            + " (executionId 44). Restart or approve the newest run.",
        old.approvalRefusal().orElseThrow());
    assertEquals(old.approvalRefusal(), old.restartRefusal());
  }

  @Test
  void aCompletedOrRunningRunSaysWhatToDoInstead() {
    assertEquals(
        "Run 5 (executionId 23) completed; there is nothing to restart. Start a new run.",
        newest("COMPLETED", "COMPLETED").restartRefusal().orElseThrow());
    assertTrue(newest("STARTED", null).restartRefusal().orElseThrow().contains("is still running"));
    assertTrue(newest("ABANDONED", null).restartRefusal().orElseThrow().contains("abandoned"));
    assertEquals(
        "Run 5 (executionId 23) is not waiting for approval (FAILED, CRASHED); only a run the"
            + " deletion guard stopped can be approved.",
        newest("FAILED", "CRASHED").approvalRefusal().orElseThrow());
    assertEquals(
        "Run 5 (executionId 23) is not waiting for approval (COMPLETED); only a run the"
            + " deletion guard stopped can be approved.",
        newest("COMPLETED", "COMPLETED").approvalRefusal().orElseThrow());
  }

  @Test
  void onlyARunningRunCanBeStopped() {
    assertTrue(newest("STARTED", null).isStoppable());
    assertTrue(newest("STARTING", null).isStoppable());
    assertEquals(
        "Run 5 (executionId 23) is stopping already; wait for it to end.",
        newest("STOPPING", null).stopRefusal().orElseThrow());
    assertEquals(
        "Run 5 (executionId 23) is not running (STOPPED, AWAITING_APPROVAL); there is nothing to"
            + " stop.",
        newest("STOPPED", SyncRuns.AWAITING_APPROVAL).stopRefusal().orElseThrow());
    for (String ended : new String[] {"COMPLETED", "FAILED", "STOPPED", "ABANDONED"}) {
      assertFalse(newest(ended, ended).isStoppable(), ended);
    }
  }

  @Test
  void onlyTheNewestHeldRunCanBeRejectedAndARejectedRunGoesNowhere() {
    assertTrue(newest("STOPPED", SyncRuns.AWAITING_APPROVAL).isRejectable());
    assertFalse(newest("STOPPED", "STOPPED").isRejectable());
    assertFalse(newest("STARTED", null).isRejectable());
    assertTrue(
        run("STOPPED", SyncRuns.AWAITING_APPROVAL, 44, 9)
            .rejectRefusal()
            .orElseThrow()
            .contains("Restart or reject the newest run."));
    assertEquals(
        "Run 5 (executionId 23) is not waiting for approval (COMPLETED); only a run the"
            + " deletion guard stopped can be rejected.",
        newest("COMPLETED", "COMPLETED").rejectRefusal().orElseThrow());

    RunView rejected = newest("ABANDONED", SyncRuns.AWAITING_APPROVAL);
    assertTrue(rejected.isRejected());
    assertFalse(rejected.isApprovable());
    assertFalse(rejected.isRejectable());
    assertFalse(rejected.isRestartable());
    assertFalse(rejected.isStoppable());
    assertEquals(
        "Run 5 (executionId 23) was rejected and cannot go on. Start a new run.",
        rejected.restartRefusal().orElseThrow());
    assertEquals(
        "Run 5 (executionId 23) was rejected: its deletions can no longer be approved. Start a"
            + " new run.",
        rejected.approvalRefusal().orElseThrow());
    assertFalse(newest("ABANDONED", "FAILED").isRejected());
  }
}
