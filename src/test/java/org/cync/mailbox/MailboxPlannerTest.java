package org.cync.mailbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the plan looks the contacts of changed sources up by ID rather than by source. */
class MailboxPlannerTest {
  @Test
  void looksUpByIdWhenTheProbesAreFewBesideTheContacts() {
    // Scenario 7: 1,000 mailboxes of 1,104 contacts, 10 sources changed: 10,000 probes.
    assertTrue(MailboxPlanner.byKey(1_000, 10, 1_104_000));
  }

  @Test
  void readsBySourceWhenTheProbesWouldBeAsManyAsTheRows() {
    // 50 mailboxes of 20 contacts, 20 sources changed: 1,000 probes for 1,000 rows.
    assertFalse(MailboxPlanner.byKey(50, 20, 1_000));
    assertFalse(MailboxPlanner.byKey(0, 0, 0));
  }

  @Test
  void countsTheProbesWithoutOverflow() {
    assertFalse(MailboxPlanner.byKey(Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE / 2));
    assertTrue(MailboxPlanner.byKey(Integer.MAX_VALUE, 2, Long.MAX_VALUE));
  }
}
