package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cync.contacts.MappingOptions;
import org.cync.directory.SourceOptions;
import org.cync.directory.TargetOptions;
import org.junit.jupiter.api.Test;

class DesiredBasisTest {
  static final Map<String, String> MIRROR = Map.of("a", "fp-a", "b", "fp-b", "boss", "fp-boss");
  static final Map<String, Set<String>> GROUPS = Map.of("a", Set.of("g1", "g2"), "b", Set.of("g1"));

  static DesiredBasis basis(
      SyncOptions o,
      Map<String, String> mirror,
      Map<String, Set<String>> groups,
      Set<String> withoutMailbox,
      long contacts,
      long targets) {
    return DesiredBasis.of(o, mirror, groups, withoutMailbox, contacts, targets);
  }

  static DesiredBasis usual() {
    return basis(SyncOptions.defaults(), MIRROR, GROUPS, Set.of("b"), 3, 2);
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
          basis(SyncOptions.defaults(), mirror, GROUPS, Set.of("b"), 3, 2).unchangedSince(usual()));
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
    MappingOptions d = MappingOptions.defaults();
    SyncOptions mapping =
        new SyncOptions(
            null,
            null,
            new MappingOptions(
                !d.mobilePhone(),
                d.jobTitle(),
                d.department(),
                d.companyName(),
                d.officeLocation(),
                d.businessAddress(),
                d.manager(),
                d.fileAs(),
                d.category(),
                d.maxEmailAddresses(),
                d.includeProxyAddresses(),
                d.photos()),
            null,
            false,
            null,
            SyncOptions.DEFAULT_PARALLELISM,
            null,
            null);
    for (SyncOptions o : List.of(sources, targets, mapping)) {
      assertFalse(basis(o, MIRROR, GROUPS, Set.of("b"), 3, 2).unchangedSince(usual()));
    }
  }

  @Test
  void optionsThatDoNotFeedItLeaveTheBasisAlone() {
    SyncOptions moreParallel =
        new SyncOptions(null, null, null, "Other folder", true, null, 8, null, null);
    assertTrue(basis(moreParallel, MIRROR, GROUPS, Set.of("b"), 3, 2).unchangedSince(usual()));
  }

  @Test
  void aMembershipChangeOrAMailboxFoundMissingChangesTheBasis() {
    Map<String, Set<String>> movedOut = Map.of("a", Set.of("g2"), "b", Set.of("g1"));
    assertFalse(
        basis(SyncOptions.defaults(), MIRROR, movedOut, Set.of("b"), 3, 2).unchangedSince(usual()));
    assertFalse(
        basis(SyncOptions.defaults(), MIRROR, GROUPS, Set.of("a", "b"), 3, 2)
            .unchangedSince(usual()));
  }

  @Test
  void rowsChangedBehindTheComputationChangeTheBasis() {
    assertFalse(
        basis(SyncOptions.defaults(), MIRROR, GROUPS, Set.of("b"), 2, 2).unchangedSince(usual()));
    assertFalse(
        basis(SyncOptions.defaults(), MIRROR, GROUPS, Set.of("b"), 3, 1).unchangedSince(usual()));
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
        basis(SyncOptions.defaults(), reversed, groups, Set.of("b"), 3, 2).unchangedSince(usual()));
    assertNotEquals(DesiredBasis.digest(Map.of("a", "x")), DesiredBasis.digest(Map.of("a", "y")));
  }
}
