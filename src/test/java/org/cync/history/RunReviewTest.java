package org.cync.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cync.mailbox.DeletionReason;
import org.cync.mailbox.DeletionTally;
import org.cync.settings.GuardOptions;
import org.junit.jupiter.api.Test;

class RunReviewTest {

  private static DeletionTally.Figures figures() {
    DeletionTally t = new DeletionTally();
    t.mailbox("m1", "Ben");
    t.mailbox("m2", "Cleo");
    t.count("m1", DeletionReason.USER_LEFT_SOURCES, 45);
    t.count("m2", DeletionReason.MAILBOX_LEFT_TARGETS, 12);
    t.person(DeletionReason.MAILBOX_LEFT_TARGETS, "Cleo");
    return t.figures();
  }

  @Test
  void theVerdictNamesTheCountAndTheLimitExceeded() {
    RunReview r = new RunReview(30, 7, 57, 2, 400, new GuardOptions(50, 10), figures());

    assertEquals("more than the limit of 50", r.limitExceeded());
    assertTrue(
        r.verdict()
            .startsWith(
                "Run 7 is held: it would delete 57 contacts in 2 mailboxes, more than the limit of"
                    + " 50."),
        r.verdict());
    assertTrue(r.verdict().contains("at most 10% of the 400 contacts CYNC holds"), r.verdict());
    assertEquals("Delete 57 contacts in 2 mailboxes?", r.approveQuestion());
    assertTrue(r.rejectQuestion().startsWith("Reject: nothing is deleted"), r.rejectQuestion());
    assertNull(r.drift());
    assertEquals(
        List.of("12: the mailbox left the targets", "45: the user left the sources"), r.reasons());
  }

  @Test
  void aChangeSinceThePlanIsSaidAndRaisedLimitsToo() {
    RunReview r = new RunReview(30, 7, 60, 2, 400, new GuardOptions(100, 0), figures());

    assertNull(r.limitExceeded());
    assertTrue(r.verdict().contains("which the limits in force now allow"), r.verdict());
    assertTrue(r.drift().contains("57 contacts would go now, not 60"), r.drift());
  }

  @Test
  void theApiAnswerHasTheCountsPerMailboxAndReason() {
    Map<String, Object> json =
        new RunReview(30, 7, 57, 2, 400, new GuardOptions(50, 10), figures()).json();

    assertEquals(57L, json.get("deletes"));
    assertEquals("more than the limit of 50", json.get("limitExceeded"));
    assertEquals(
        Map.of("MAILBOX_LEFT_TARGETS", 12L, "USER_LEFT_SOURCES", 45L), json.get("perReason"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) json.get("perMailbox");
    assertEquals("m1", rows.get(0).get("mailboxId"));
    assertEquals(Map.of("USER_LEFT_SOURCES", 45L), rows.get(0).get("reasons"));
    assertEquals("all 12 contacts: the mailbox left the targets", rows.get(1).get("summary"));
  }
}
