package org.cync.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MirrorUsersTest {
  static MirrorUsers.Kept kept(int n, String fp) {
    return new MirrorUsers.Kept(fp, SampleDirectory.user(n));
  }

  static final Map<String, MirrorUsers.Kept> KEPT =
      Map.of("a", kept(1, "fa"), "b", kept(2, "fb"), "c", kept(3, "fc"));

  @Test
  void onlyNewUsersAndUsersWhoseFingerprintChangedAreReadAgain() {
    Map<String, String> now = Map.of("a", "fa", "b", "fb2", "d", "fd");
    assertEquals(Set.of("b", "d"), MirrorUsers.toRead(KEPT, now));
    assertEquals(Set.of(), MirrorUsers.toRead(KEPT, Map.of("a", "fa", "c", "fc")));
    assertEquals(Set.of("a"), MirrorUsers.toRead(Map.of(), Map.of("a", "fa")));
  }

  @Test
  void theMergedMirrorHoldsWhatWasReadAndWhatIsUnchangedInIdOrderAndDropsTheRemoved() {
    Map<String, String> now = Map.of("d", "fd", "b", "fb2", "a", "fa");
    Map<String, MirrorUsers.Kept> read = Map.of("b", kept(22, "fb2"), "d", kept(4, "fd"));
    Map<String, MirrorUsers.Kept> merged = MirrorUsers.merge(KEPT, now, read);
    assertEquals(List.of("a", "b", "d"), List.copyOf(merged.keySet()));
    assertEquals(KEPT.get("a"), merged.get("a"));
    assertEquals(read.get("b"), merged.get("b"));
    assertEquals(read.get("d"), merged.get("d"));
  }

  @Test
  void aUserThatCouldNotBeReadIsNeverTakenFromAnOlderVersion() {
    // Changed (or new) but gone by the time it was read: left out rather than kept stale.
    Map<String, MirrorUsers.Kept> merged =
        MirrorUsers.merge(KEPT, Map.of("a", "fa2", "e", "fe"), Map.of());
    assertEquals(Map.of(), merged);
  }
}
