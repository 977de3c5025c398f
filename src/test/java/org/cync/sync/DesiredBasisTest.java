package org.cync.sync;

import static org.cync.settings.MappingOptions.FileAs.LAST_FIRST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cync.settings.MappingOptions;
import org.cync.settings.SourceOptions;
import org.cync.settings.SyncOptions;
import org.cync.settings.TargetOptions;
import org.junit.jupiter.api.Test;

class DesiredBasisTest {
  static final Map<String, String> MIRROR = Map.of("a", "fp-a", "b", "fp-b", "boss", "fp-boss");
  static final Map<String, Set<String>> GROUPS = Map.of("a", Set.of("g1", "g2"), "b", Set.of("g1"));

  static DesiredBasis usual() {
    return DesiredBasis.of(SyncOptions.defaults(), MIRROR, GROUPS, Set.of("b"), 3, 2);
  }

  @Test
  void theSameInputsAndCountsLetTheLastResultStand() {
    assertTrue(usual().unchangedSince(usual()));
  }

  @Test
  void withoutALastComputationEverythingIsComputed() {
    assertFalse(usual().unchangedSince(null));
  }

  @Test
  void aChangedAddedOrRemovedUserChangesTheBasis() {
    Map<String, String> changed = new LinkedHashMap<>(MIRROR);
    changed.put("boss", "fp-boss-renamed");
    Map<String, String> added = new LinkedHashMap<>(MIRROR);
    added.put("c", "fp-c");
    Map<String, String> removed = new LinkedHashMap<>(MIRROR);
    removed.remove("boss");
    for (Map<String, String> mirror : List.of(changed, added, removed)) {
      assertFalse(
          DesiredBasis.of(SyncOptions.defaults(), mirror, GROUPS, Set.of("b"), 3, 2)
              .unchangedSince(usual()));
    }
  }

  @Test
  void anyOptionThatFeedsTheComputationChangesTheBasis() {
    SourceOptions inSales =
        new SourceOptions(true, true, true, false, Set.of("g1"), null, null, null, null, null);
    SyncOptions sources = DesiredStateTest.with(inSales, TargetOptions.defaults());
    SyncOptions targets =
        DesiredStateTest.with(
            SourceOptions.defaults(), new TargetOptions(Set.of("g1"), null, null, null));
    MappingOptions lastFirst =
        new MappingOptions(
            true, true, true, true, true, true, true, LAST_FIRST, null, 3, false, false);
    SyncOptions mapping =
        DesiredStateTest.with(SourceOptions.defaults(), TargetOptions.defaults(), lastFirst);
    for (SyncOptions o : List.of(sources, targets, mapping)) {
      assertFalse(DesiredBasis.of(o, MIRROR, GROUPS, Set.of("b"), 3, 2).unchangedSince(usual()));
    }
  }

  @Test
  void optionsThatDoNotFeedItLeaveTheBasisAlone() {
    SyncOptions moreParallel =
        new SyncOptions(null, null, null, "Other folder", true, null, 8, null, null);
    assertTrue(
        DesiredBasis.of(moreParallel, MIRROR, GROUPS, Set.of("b"), 3, 2).unchangedSince(usual()));
  }

  @Test
  void aMembershipChangeOrAMailboxFoundMissingChangesTheBasis() {
    Map<String, Set<String>> movedOut = Map.of("a", Set.of("g2"), "b", Set.of("g1"));
    assertFalse(
        DesiredBasis.of(SyncOptions.defaults(), MIRROR, movedOut, Set.of("b"), 3, 2)
            .unchangedSince(usual()));
    assertFalse(
        DesiredBasis.of(SyncOptions.defaults(), MIRROR, GROUPS, Set.of("a", "b"), 3, 2)
            .unchangedSince(usual()));
  }

  @Test
  void rowsChangedBehindTheComputationChangeTheBasis() {
    assertFalse(
        DesiredBasis.of(SyncOptions.defaults(), MIRROR, GROUPS, Set.of("b"), 2, 2)
            .unchangedSince(usual()));
    assertFalse(
        DesiredBasis.of(SyncOptions.defaults(), MIRROR, GROUPS, Set.of("b"), 3, 1)
            .unchangedSince(usual()));
  }

  @Test
  void theOrderInWhichUsersAndGroupsArriveDoesNotMatter() {
    Map<String, String> reversed = new LinkedHashMap<>();
    List.of("boss", "b", "a").forEach(id -> reversed.put(id, MIRROR.get(id)));
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    groups.put("b", Set.of("g1"));
    groups.put("a", new LinkedHashSet<>(List.of("g2", "g1")));
    assertEquals(DesiredBasis.digest(MIRROR), DesiredBasis.digest(reversed));
    assertTrue(
        DesiredBasis.of(SyncOptions.defaults(), reversed, groups, Set.of("b"), 3, 2)
            .unchangedSince(usual()));
    assertNotEquals(DesiredBasis.digest(Map.of("a", "x")), DesiredBasis.digest(Map.of("a", "y")));
  }
}
