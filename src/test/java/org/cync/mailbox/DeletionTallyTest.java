package org.cync.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeletionTallyTest {

  @Test
  void countsEachMailboxPerReasonMostFirstAndSaysWhenAWholeMailboxIsEmptied() {
    DeletionTally t = new DeletionTally();
    t.mailbox("m1", "Ben");
    t.mailbox("m2", "Cleo");
    t.mailbox("m3", "Dan");
    t.count("m1", DeletionReason.USER_LEFT_SOURCES, 3);
    t.count("m1", DeletionReason.USER_DISABLED, 1);
    t.count("m2", DeletionReason.MAILBOX_LEFT_TARGETS, 12);
    t.count("m3", DeletionReason.USER_DELETED, 0);

    DeletionTally.Figures f = t.figures();

    assertEquals(List.of("m2", "m1"), f.mailboxes().stream().map(m -> m.mailboxId()).toList());
    assertEquals("all 12 contacts: the mailbox left the targets", f.mailboxes().get(0).summary());
    assertEquals(
        "1: the user was disabled; 3: the user left the sources", f.mailboxes().get(1).summary());
    assertEquals(16, f.deletes());
    assertEquals(
        Map.of(
            DeletionReason.MAILBOX_LEFT_TARGETS, 12L,
            DeletionReason.USER_DISABLED, 1L,
            DeletionReason.USER_LEFT_SOURCES, 3L),
        f.perReason());
  }

  @Test
  void namesAtMostTwoHundredPeoplePerReasonByNameAndCountsTheRest() {
    DeletionTally t = new DeletionTally();
    for (int i = 250; i > 0; i--) {
      t.person(DeletionReason.USER_DISABLED, "user %03d".formatted(i));
    }
    t.person(DeletionReason.USER_DELETED, "object ID x");

    DeletionTally.Figures f = t.figures();

    DeletionTally.People disabled = f.people().get(1);
    assertEquals(DeletionReason.USER_DISABLED, disabled.reason());
    assertEquals(250, disabled.count());
    assertEquals(DeletionTally.PEOPLE_LISTED, disabled.names().size());
    assertEquals("user 001", disabled.names().get(0));
    assertEquals(50, disabled.more());
    assertEquals(List.of("object ID x"), f.people().get(0).names());
  }
}
