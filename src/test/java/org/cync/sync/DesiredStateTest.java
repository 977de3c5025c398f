package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cync.directory.SampleDirectory;
import org.cync.directory.SourceUser;
import org.cync.settings.MappingOptions;
import org.cync.settings.SourceOptions;
import org.cync.settings.SyncOptions;
import org.cync.settings.TargetOptions;
import org.junit.jupiter.api.Test;

class DesiredStateTest {
  static SourceUser user(String id, String name, String dept, String managerId, String type) {
    return new SourceUser(
        id,
        name,
        null,
        null,
        id + "@contoso.example",
        id + "@contoso.example",
        null,
        null,
        null,
        null,
        dept,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        managerId,
        true,
        type,
        null);
  }

  static SyncOptions with(SourceOptions sources, TargetOptions targets) {
    return with(sources, targets, MappingOptions.defaults());
  }

  static SyncOptions with(SourceOptions sources, TargetOptions targets, MappingOptions mapping) {
    return new SyncOptions(
        sources, targets, mapping, null, false, null, SyncOptions.DEFAULT_PARALLELISM, null, null);
  }

  @Test
  void everyEnabledMemberWithMailIsAContactAndATargetWithTheManagersNameFromTheMirror() {
    SourceUser boss = user("boss", "Ægir Boss", "Board", null, "Member");
    SourceUser zoe = user("zoe", "Zoë", "R&D", "boss", "Member");
    SourceUser guest = user("guest", "Gast", "R&D", null, "Guest");
    SourceUser off = SampleDirectory.user(10);
    DesiredState.Result r =
        DesiredState.compute(
            List.of(boss, zoe, guest, off), SyncOptions.defaults(), Map.of(), Set.of());
    assertEquals(Set.of("boss", "zoe"), r.cards().keySet());
    assertEquals("Ægir Boss", r.cards().get("zoe").manager());
    assertEquals(Set.of("boss", "zoe"), r.targets().keySet());
    assertEquals(Map.of("guest", "guest", off.id(), "disabled"), r.excluded());
  }

  @Test
  void groupsDecideSourcesAndTargetsAndAMembershipChangeChangesThem() {
    SourceOptions inSales =
        new SourceOptions(true, true, true, false, Set.of("g-sales"), null, null, null, null, null);
    TargetOptions toStaff =
        new TargetOptions(Set.of("g-staff"), null, null, Set.of("b@contoso.example"));
    List<SourceUser> users =
        List.of(user("a", "A", null, null, "Member"), user("b", "B", null, null, "Member"));
    SyncOptions o = with(inSales, toStaff);
    assertEquals(Set.of("g-sales", "g-staff"), DesiredState.groupsNeeded(o));

    DesiredState.Result before =
        DesiredState.compute(
            users, o, Map.of("a", Set.of("g-sales", "g-staff"), "b", Set.of("g-staff")), Set.of());
    assertEquals(Set.of("a"), before.cards().keySet());
    assertEquals(Set.of("a"), before.targets().keySet(), "b is excluded as a target by UPN");
    assertEquals("not in an included group", before.excluded().get("b"));

    DesiredState.Result after =
        DesiredState.compute(users, o, Map.of("b", Set.of("g-sales", "g-staff")), Set.of());
    assertEquals(Set.of("b"), after.cards().keySet(), "a moved out of Sales, b moved in");
    assertEquals(Set.of(), after.targets().keySet());
  }

  @Test
  void targetsByDepartmentOrByNameAndSourcesThatNeedAMailbox() {
    SourceOptions needMailbox =
        new SourceOptions(true, true, true, true, null, null, null, null, null, null);
    TargetOptions t = new TargetOptions(null, Set.of(" r&d "), Set.of("c"), null);
    List<SourceUser> users =
        List.of(
            user("a", "A", "R&D", null, "Member"),
            user("b", "B", "Sales", null, "Member"),
            user("c", "C", "Sales", null, "Member"));
    DesiredState.Result r =
        DesiredState.compute(users, with(needMailbox, t), Map.of(), Set.of("b"));
    assertEquals(Set.of("a", "c"), r.targets().keySet());
    assertEquals(Set.of("a", "c"), r.cards().keySet());
    assertEquals("no mailbox", r.excluded().get("b"));
  }
}
