package org.cync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParseException;
import java.util.List;
import java.util.Set;
import org.cync.settings.MappingOptions.FileAs;
import org.junit.jupiter.api.Test;

/** The stored document: round trip, and documents written by older or newer versions. */
class SyncSettingsJsonTest {
  static final String GROUP = "3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e";

  static SyncOptions everythingChanged() {
    return new SyncOptions(
        new SourceOptions(
            false,
            false,
            false,
            true,
            Set.of(GROUP),
            Set.of("0b6e1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"),
            Set.of("Sales", "Vertrieb Süd"),
            Set.of("Contoso"),
            Set.of("11111111-2222-4333-8444-555555555555"),
            Set.of("anna@contoso.com")),
        new TargetOptions(Set.of(GROUP), Set.of("IT"), Set.of("bob@contoso.com"), Set.of()),
        new MappingOptions(
            false,
            true,
            false,
            true,
            false,
            true,
            false,
            FileAs.LAST_FIRST,
            "Firma",
            1,
            true,
            true),
        "Kollegen",
        true,
        new GuardOptions(0, 25),
        8,
        SyncOptions.FolderMode.DEFAULT_FOLDER,
        new ScheduleOptions(
            false, 15, 0, "SUNDAY", "03:30", "Europe/Vienna", "2027-01-06T08:00", false));
  }

  @Test
  void roundTripKeepsEveryValue() {
    SyncOptions o = everythingChanged();
    assertEquals(o, SyncSettingsStore.fromJson(SyncSettingsStore.toJson(o)));
    assertEquals(
        SyncOptions.defaults(),
        SyncSettingsStore.fromJson(SyncSettingsStore.toJson(SyncOptions.defaults())));
  }

  @Test
  void theDocumentHasGsonsRecordShapeWithSortedLists() {
    String json = SyncSettingsStore.toJson(SyncOptions.defaults());
    assertTrue(json.startsWith("{\"sources\":{\"enabledOnly\":true,"), json);
    assertTrue(
        json.contains(
            "\"targets\":{\"groupIds\":[],\"departments\":[],\"userIds\":[],\"excludedUsers\":[]}"),
        json);
    assertTrue(json.contains("\"fileAs\":\"FIRST_LAST\",\"category\":null"), json);
    assertTrue(
        json.endsWith(
            "\"folderName\":\"Company Directory\",\"adoptOriginal\":false,"
                + "\"guard\":{\"maxDeletes\":500,\"maxDeletePercent\":10},\"mailboxParallelism\":64,"
                + "\"folderMode\":\"DEDICATED_FOLDER\","
                + "\"schedule\":{\"enabled\":true,\"everyMinutes\":60,\"reconcileEveryDays\":7,"
                + "\"reconcileDay\":null,\"reconcileTime\":\"02:00\",\"timeZone\":\"UTC\","
                + "\"pausedUntil\":null,\"connectionCheck\":true},"
                + "\"history\":{\"keepRunsDays\":90}}"),
        json);
    String changed = SyncSettingsStore.toJson(everythingChanged());
    assertTrue(changed.contains("\"departments\":[\"Sales\",\"Vertrieb Süd\"]"), changed);
    assertTrue(
        changed.contains(
            "\"folderMode\":\"DEFAULT_FOLDER\","
                + "\"schedule\":{\"enabled\":false,\"everyMinutes\":15,\"reconcileEveryDays\":0,"
                + "\"reconcileDay\":\"SUNDAY\",\"reconcileTime\":\"03:30\","
                + "\"timeZone\":\"Europe/Vienna\",\"pausedUntil\":\"2027-01-06T08:00\","
                + "\"connectionCheck\":false}"),
        changed);
    assertTrue(changed.contains("\"includeProxyAddresses\":true,\"photos\":true}"), changed);
  }

  @Test
  void emptyOrNullDocumentsAreTheDefaults() {
    assertEquals(SyncOptions.defaults(), SyncSettingsStore.fromJson("{}"));
    assertEquals(SyncOptions.defaults(), SyncSettingsStore.fromJson(""));
    assertEquals(SyncOptions.defaults(), SyncSettingsStore.fromJson("null"));
  }

  @Test
  void missingFieldsAndObjectsTakeTheirDefaults() {
    SyncOptions o =
        SyncSettingsStore.fromJson(
            "{\"targets\":{\"groupIds\":[\"" + GROUP + "\"]},\"mapping\":{\"category\":\"CYNC\"}}");
    assertEquals(Set.of(GROUP), o.targets().groupIds());
    assertEquals("CYNC", o.mapping().category());
    assertEquals(MappingOptions.defaults().maxEmailAddresses(), o.mapping().maxEmailAddresses());
    assertTrue(o.mapping().mobilePhone(), "a missing boolean is its default, not false");
    assertEquals(SourceOptions.defaults(), o.sources());
    assertEquals(GuardOptions.defaults(), o.guard());
    assertEquals(SyncOptions.DEFAULT_PARALLELISM, o.mailboxParallelism());
    assertEquals(SyncOptions.DEFAULT_FOLDER, o.folderName());
    assertEquals(SyncOptions.FolderMode.DEDICATED_FOLDER, o.folderMode());
    assertEquals(ScheduleOptions.defaults(), o.schedule());
    assertFalse(o.mapping().photos());
    assertEquals(
        new ScheduleOptions(true, 5, 7),
        SyncSettingsStore.fromJson("{\"schedule\":{\"everyMinutes\":5}}").schedule(),
        "a partial schedule keeps the other defaults");
  }

  @Test
  void unknownFieldsAreIgnoredAndNullObjectsAreMissing() {
    SyncOptions o =
        SyncSettingsStore.fromJson(
            "{\"photos\":true,\"sources\":null,\"guard\":{\"maxDeletes\":7,\"askFirst\":1},"
                + "\"mailboxParallelism\":null}");
    assertEquals(SourceOptions.defaults(), o.sources());
    assertEquals(new GuardOptions(7, 10), o.guard());
    assertEquals(64, o.mailboxParallelism());
  }

  @Test
  void aStoredValueThatBreaksARuleFallsBackToItsDefaultListsStayAsStored() {
    SyncOptions o =
        SyncSettingsStore.fromJson(
            "{\"mailboxParallelism\":0,\"mapping\":{\"maxEmailAddresses\":9,\"fileAs\":\"SIDEWAYS\"},"
                + "\"guard\":{\"maxDeletePercent\":\"ten\"},\"targets\":{\"groupIds\":[\"Sales\"]}}");
    assertEquals(64, o.mailboxParallelism());
    assertEquals(3, o.mapping().maxEmailAddresses());
    assertEquals(FileAs.FIRST_LAST, o.mapping().fileAs());
    assertEquals(10, o.guard().maxDeletePercent());
    assertEquals(Set.of("Sales"), o.targets().groupIds(), "never widened to everyone");
    SyncOptions noCategory =
        SyncSettingsStore.fromJson(
            "{\"folderMode\":\"DEFAULT_FOLDER\",\"schedule\":{\"everyMinutes\":0,"
                + "\"reconcileEveryDays\":-1}}");
    assertEquals(SyncOptions.FolderMode.DEDICATED_FOLDER, noCategory.folderMode());
    assertEquals(ScheduleOptions.defaults(), noCategory.schedule());
  }

  @Test
  void aDocumentThatIsNotAnObjectIsRefused() {
    assertThrows(JsonParseException.class, () -> SyncSettingsJson.parse("[1,2]"));
  }

  @Test
  void mergeReplacesLeavesMergesObjectsAndNullNeverClearsANumber() {
    var base = SyncSettingsJson.tree(SyncOptions.defaults());
    var merged =
        SyncSettingsJson.merge(
            base,
            SyncSettingsJson.parse(
                "{\"guard\":{\"maxDeletes\":1},\"mailboxParallelism\":null,\"mapping\":{\"category\":null}}"));
    assertEquals(1, merged.getAsJsonObject("guard").get("maxDeletes").getAsInt());
    assertEquals(10, merged.getAsJsonObject("guard").get("maxDeletePercent").getAsInt());
    assertEquals(64, merged.get("mailboxParallelism").getAsInt());
    assertTrue(merged.getAsJsonObject("mapping").get("category").isJsonNull());
    assertFalse(base.getAsJsonObject("guard").get("maxDeletes").getAsInt() == 1, "base untouched");
  }

  @Test
  void differencesNameThePathAndOldAndNewValues() {
    SyncOptions before = SyncOptions.defaults();
    SyncOptions after =
        new SyncOptions(
            null,
            new TargetOptions(Set.of(GROUP), null, null, null),
            null,
            "Kollegen",
            false,
            null,
            32,
            null,
            new ScheduleOptions(true, 60, 0));
    assertEquals(
        List.of(
            "targets.groupIds: (none) → " + GROUP,
            "folderName: Company Directory → Kollegen",
            "mailboxParallelism: 64 → 32",
            "schedule.reconcileEveryDays: 7 → 0"),
        SyncSettingsStore.differences(before, after));
    assertEquals(List.of(), SyncSettingsStore.differences(after, after));
  }
}
