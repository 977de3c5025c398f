package org.cync.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cync.settings.MappingOptions;
import org.cync.settings.ScheduleOptions;
import org.cync.settings.SourceOptions;
import org.cync.settings.SyncOptions;
import org.cync.settings.TargetOptions;
import org.junit.jupiter.api.Test;

class SettingsSummaryTest {
  private static final String TARGETS = "0f6c1f7e-2d4a-4b59-9a3e-111111111111";
  private static final Function<String, String> NAMES =
      id -> Map.of(TARGETS, "CYNC Targets").getOrDefault(id, id);

  @Test
  void targetsNameTheirGroupsAndCountTheMailboxes() {
    TargetOptions t = new TargetOptions(Set.of(TARGETS), Set.of(), Set.of(), Set.of());
    assertEquals("CYNC Targets (group) · 3 mailboxes", SettingsSummary.targets(t, NAMES, 3));
    assertEquals("CYNC Targets (group) · 1 mailbox", SettingsSummary.targets(t, NAMES, 1));
    assertEquals("CYNC Targets (group)", SettingsSummary.targets(t, NAMES, -1));
  }

  @Test
  void noTargetsMeansEveryoneAndLongListsAreCut() {
    assertEquals(
        "everyone with a mailbox", SettingsSummary.targets(TargetOptions.defaults(), NAMES, -1));
    TargetOptions t =
        new TargetOptions(Set.of(), Set.of("Sales"), Set.of("a@b.c", "d@e.f"), Set.of("x@y.z"));
    assertEquals(
        "Sales (department) · 2 users · 1 user excluded", SettingsSummary.targets(t, NAMES, -1));
    String four =
        SettingsSummary.targets(
            new TargetOptions(Set.of("a", "b", "c", "d"), Set.of(), Set.of(), Set.of()), NAMES, -1);
    assertEquals(true, four.endsWith(" and 2 more (groups)"), four);
  }

  @Test
  void sourcesSayWhoAndWhichFiltersHold() {
    assertEquals(
        "everyone · enabled, members, with mail",
        SettingsSummary.sources(SourceOptions.defaults(), NAMES));
    SourceOptions s =
        new SourceOptions(
            false,
            false,
            false,
            true,
            Set.of(TARGETS),
            Set.of(),
            Set.of("Sales", "IT"),
            Set.of(),
            Set.of("x"),
            Set.of("y@z.c"));
    assertEquals(
        "CYNC Targets (group) · 2 departments · 2 users excluded · with a mailbox",
        SettingsSummary.sources(s, NAMES));
  }

  @Test
  void theOtherSectionsInALine() {
    SyncOptions d = SyncOptions.defaults();
    assertEquals(
        "at most 500 deletions a run · at most 10% of a mailbox", SettingsSummary.safety(d));
    assertEquals("kept 90 days", SettingsSummary.history(d));
    assertEquals("64 mailboxes in parallel", SettingsSummary.performance(d));
    assertEquals("folder Company Directory", SettingsSummary.folder(d));
    assertEquals(
        "every 60 minutes · full reconcile every 7 days",
        SettingsSummary.schedule(ScheduleOptions.defaults()));
    assertEquals("off", SettingsSummary.schedule(new ScheduleOptions(false, 60, 7)));
    assertEquals(
        "every 30 minutes · full reconcile Sundays 02:00 Europe/Vienna · paused until 2026-12-24 08:00",
        SettingsSummary.schedule(
            new ScheduleOptions(
                true, 30, 7, "SUNDAY", "02:00", "Europe/Vienna", "2026-12-24T08:00", true)));
    List<String> parts = List.of(SettingsSummary.mapping(MappingOptions.defaults()).split(" · "));
    assertEquals(true, parts.get(0).endsWith(" of 7"), parts.toString());
    assertEquals(true, parts.contains("no photos"), parts.toString());
  }
}
