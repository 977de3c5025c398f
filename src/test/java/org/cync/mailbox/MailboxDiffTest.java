package org.cync.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cync.mailbox.PlannedChange.Kind;
import org.junit.jupiter.api.Test;

class MailboxDiffTest {

  @Test
  void createsWhatIsMissingUpdatesWhatDiffersDeletesWhatIsNoLongerWanted() {
    List<PlannedChange> changes =
        MailboxDiff.of(
            Map.of("a", "fa", "b", "fb2", "c", "fc", "e", "fe"),
            List.of(
                new MailboxDiff.Held("b", "cb", "fb1"),
                new MailboxDiff.Held("c", "cc", "fc"),
                new MailboxDiff.Held("d", "cd", "fd"),
                new MailboxDiff.Held("e", "ce", null)));
    assertEquals(
        List.of(
            new PlannedChange(Kind.DELETE, "d", "cd", "fd", null),
            new PlannedChange(Kind.UPDATE, "b", "cb", "fb1", "fb2"),
            new PlannedChange(Kind.UPDATE, "e", "ce", null, "fe"),
            new PlannedChange(Kind.CREATE, "a", null, null, "fa")),
        changes,
        "deletes first, then updates (an unknown version too), then creates; c is up to date");
  }

  @Test
  void aMailboxThatIsNoLongerATargetLosesEveryContactOfOursAndNothingElse() {
    List<PlannedChange> changes =
        MailboxDiff.of(
            Map.of(),
            List.of(new MailboxDiff.Held("x", "cx", "f"), new MailboxDiff.Held("y", "cy", "f")));
    assertEquals(2, changes.size());
    assertTrue(changes.stream().allMatch(c -> c.kind() == Kind.DELETE));
  }

  @Test
  void nothingToDoIsAnEmptyList() {
    assertEquals(
        List.of(), MailboxDiff.of(Map.of("a", "f"), List.of(new MailboxDiff.Held("a", "c", "f"))));
  }
}
