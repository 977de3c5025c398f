package org.cync.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.cync.history.Interruptions.Unfinished;
import org.junit.jupiter.api.Test;

class InterruptionsTest {
  /** Run 23 (instance 7) with three mailbox partitions, as Payara's batch runtime keeps them. */
  private static final List<Unfinished> RUN_WITH_PARTITIONS =
      List.of(
          new Unfinished(23, 7, "contact-sync"),
          new Unfinished(24, 8, ":7:mailboxes:0"),
          new Unfinished(25, 9, ":7:mailboxes:1"),
          new Unfinished(26, 10, ":7:mailboxes:2"));

  @Test
  void aRunOfADeadProcessCrashedAndItsPartitionsAreNotCountedAsRuns() {
    Interruptions.Verdict v = Interruptions.judge(RUN_WITH_PARTITIONS, Set.of());
    assertEquals(List.of(23L), v.crashedRuns());
    assertEquals(List.of(24L, 25L, 26L), v.crashedParts());
    assertEquals(List.of(), v.stoppedRuns());
  }

  @Test
  void aRunTheShutdownStoppedIsStoppedWithItsPartitions() {
    Interruptions.Verdict v = Interruptions.judge(RUN_WITH_PARTITIONS, Set.of(23L));
    assertEquals(List.of(23L), v.stoppedRuns());
    assertEquals(List.of(24L, 25L, 26L), v.stoppedParts());
    assertEquals(List.of(), v.crashedRuns());
    assertEquals(List.of(), v.crashedParts());
  }

  @Test
  void aRunNotOnTheShutdownsListCrashedEvenAfterAGracefulShutdown() {
    Interruptions.Verdict v =
        Interruptions.judge(
            List.of(
                new Unfinished(23, 7, "contact-sync"),
                new Unfinished(40, 12, "contact-sync"),
                new Unfinished(41, 13, ":12:mailboxes:0")),
            Set.of(23L));
    assertEquals(List.of(23L), v.stoppedRuns());
    assertEquals(List.of(40L), v.crashedRuns());
    assertEquals(List.of(41L), v.crashedParts());
  }

  @Test
  void aSubJobNameGivesTheInstanceOfItsRun() {
    assertEquals(7L, Interruptions.parentInstance(":7:mailboxes:0"));
    assertNull(Interruptions.parentInstance("contact-sync"));
    assertNull(Interruptions.parentInstance(":x:mailboxes:0"));
  }
}
