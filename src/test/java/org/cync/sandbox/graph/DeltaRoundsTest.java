package org.cync.sandbox.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Rounds in progress: least recently used eviction beyond capacity, expiry by age. */
class DeltaRoundsTest {
  final AtomicLong now = new AtomicLong(1_000);
  final DeltaRounds<String> rounds = new DeltaRounds<>(2, now::get);

  @Test
  void overCapacityEvictsOnlyTheLeastRecentlyUsedRound() {
    rounds.put("a", "A");
    rounds.put("b", "B");
    assertEquals("A", rounds.get("a", 100));
    rounds.put("c", "C");
    assertEquals(2, rounds.size());
    assertNull(rounds.get("b", 100));
    assertEquals("A", rounds.get("a", 100));
    assertEquals("C", rounds.get("c", 100));
  }

  @Test
  void aRoundUnusedForLongerThanTheMaxAgeIsGoneAndUseKeepsItAlive() {
    rounds.put("a", "A");
    rounds.put("b", "B");
    now.addAndGet(80);
    assertEquals("A", rounds.get("a", 100));
    now.addAndGet(80);
    assertEquals("A", rounds.get("a", 100));
    assertNull(rounds.get("b", 100));
  }
}
