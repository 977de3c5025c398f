package org.cync.photos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PhotoRemovalsTest {
  static Set<String> users(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "u" + i).collect(Collectors.toSet());
  }

  @Test
  void aFewRemovalsGoThroughAtOnce() {
    PhotoRemovals.Decision d = PhotoRemovals.decide(1000, users(0, 19), Set.of());
    assertEquals(users(0, 19), d.remove());
    assertEquals(Set.of(), d.deferred());
    assertEquals(
        users(0, 50),
        PhotoRemovals.decide(1000, users(0, 50), Set.of()).remove(),
        "50 of 1000 is no burst (5 %)");
  }

  @Test
  void aBurstIsDeferredOnceAndCarriedOutWhenTheNextRunSaysTheSame() {
    PhotoRemovals.Decision first = PhotoRemovals.decide(100, users(0, 40), Set.of());
    assertEquals(Set.of(), first.remove(), "40 of 100 at once: Graph may be having trouble");
    assertEquals(users(0, 40), first.deferred());

    PhotoRemovals.Decision second = PhotoRemovals.decide(100, users(0, 45), first.deferred());
    assertEquals(users(0, 40), second.remove(), "confirmed by a second run");
    assertEquals(users(40, 45), second.deferred(), "the new ones wait one run");

    PhotoRemovals.Decision passed = PhotoRemovals.decide(100, Set.of(), first.deferred());
    assertEquals(Set.of(), passed.remove(), "the fault passed: nothing is removed");
    assertEquals(Set.of(), passed.deferred());
  }
}
