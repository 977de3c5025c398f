package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cync.mailbox.MailboxPlan;
import org.cync.settings.GuardOptions;
import org.junit.jupiter.api.Test;

class DeletionGuardTest {
  static MailboxPlan plan(String id, long creates, long updates, long deletes, long held) {
    return new MailboxPlan(id, id, true, creates, updates, deletes, held, false);
  }

  @Test
  void moreDeletionsThanTheLimitHoldTheRunWithTheCountAndWhatToDo() {
    DeletionGuard.Verdict v =
        DeletionGuard.decide(
            List.of(plan("a", 0, 0, 300, 10_000), plan("b", 0, 0, 201, 10_000)),
            20_000,
            GuardOptions.defaults(),
            false,
            0);
    assertEquals(DeletionGuard.HOLD, v.decision());
    assertTrue(v.reason().contains("would delete 501 contacts"), v.reason());
    assertTrue(v.reason().contains("more than the limit of 500"), v.reason());
    assertTrue(v.reason().contains("approve"), v.reason());
  }

  @Test
  void anApprovalOfAtLeastThePlannedDeletionsLetsItGo() {
    List<MailboxPlan> plans = List.of(plan("a", 0, 0, 501, 10_000));
    assertEquals(
        DeletionGuard.GO,
        DeletionGuard.decide(plans, 10_000, GuardOptions.defaults(), false, 501).decision());
    assertEquals(
        DeletionGuard.HOLD,
        DeletionGuard.decide(plans, 10_000, GuardOptions.defaults(), false, 500).decision(),
        "one more deletion than approved holds again");
  }

  @Test
  void thePercentageLimitAppliesFromTwentyDeletions() {
    GuardOptions g = new GuardOptions(0, 10);
    assertEquals(
        DeletionGuard.HOLD,
        DeletionGuard.decide(List.of(plan("a", 0, 0, 21, 200)), 200, g, false, 0).decision());
    assertEquals(
        DeletionGuard.GO,
        DeletionGuard.decide(List.of(plan("a", 0, 0, 19, 20)), 20, g, false, 0).decision(),
        "a few leavers in a small tenant never stop it");
    assertEquals(
        DeletionGuard.GO,
        DeletionGuard.decide(List.of(plan("a", 0, 0, 20, 200)), 200, g, false, 0).decision());
  }

  @Test
  void aDryRunAndAnUpToDateTenantEndWithoutWriting() {
    assertEquals(
        DeletionGuard.DRY_RUN,
        DeletionGuard.decide(
                List.of(plan("a", 5, 0, 900, 900)), 900, GuardOptions.defaults(), true, 0)
            .decision());
    assertEquals(
        DeletionGuard.NOTHING_TO_DO,
        DeletionGuard.decide(List.of(), 900, GuardOptions.defaults(), false, 0).decision());
    assertEquals(
        DeletionGuard.GO,
        DeletionGuard.decide(
                List.of(plan("a", 5, 1, 0, 900)), 900, GuardOptions.defaults(), false, 0)
            .decision());
  }

  @Test
  void theLimitExceededIsNamedForTheReview() {
    GuardOptions guard = new GuardOptions(500, 10);
    assertEquals("more than the limit of 500", DeletionGuard.limitExceeded(501, 100_000, guard));
    assertEquals(
        "more than 10% of the 200 contacts CYNC holds",
        DeletionGuard.limitExceeded(21, 200, guard));
    assertNull(DeletionGuard.limitExceeded(20, 200, guard));
  }
}
