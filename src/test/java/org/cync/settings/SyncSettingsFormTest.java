package org.cync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SyncSettingsFormTest {

  static SyncSettingsRules.Outcome save(SyncSettingsForm form) {
    return SyncSettingsRules.check(form.toDocument(), SyncOptions.defaults());
  }

  @Test
  void anUntouchedFormSavesWhatItShowed() {
    SyncOptions o = SyncSettingsJsonTest.everythingChanged();
    assertEquals(o, SyncSettingsRules.check(SyncSettingsForm.of(o).toDocument(), o).options());
    assertEquals(
        SyncOptions.defaults(), save(SyncSettingsForm.of(SyncOptions.defaults())).options());
  }

  @Test
  void aDropDownsNoneSubmittedAsNullSavesAsNone() {
    SyncSettingsForm form = SyncSettingsForm.of(SyncOptions.defaults());
    form.getText().put("schedule.reconcileDay", null);
    assertEquals(SyncOptions.defaults(), save(form).options());
  }

  @Test
  void listsAreOneEntryPerLineAndExcludedSourceUsersAreSplitByKind() {
    SyncSettingsForm form = SyncSettingsForm.of(SyncOptions.defaults());
    form.getText().put("targets.groupIds", " 3F2B8C1E-4D5A-4B6C-8D7E-9F0A1B2C3D4E \r\n\n");
    form.getText()
        .put("sources.excludedUsers", "anna@contoso.com\n11111111-2222-4333-8444-555555555555\n");
    form.getText().put("mailboxParallelism", " 12 ");
    form.getChecks().put("adoptOriginal", true);
    SyncSettingsRules.Outcome o = save(form);
    assertTrue(o.valid(), o.problems().toString());
    assertEquals(Set.of("3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e"), o.options().targets().groupIds());
    assertEquals(Set.of("anna@contoso.com"), o.options().sources().excludedUpns());
    assertEquals(
        Set.of("11111111-2222-4333-8444-555555555555"), o.options().sources().excludedUserIds());
    assertEquals(12, o.options().mailboxParallelism());
    assertTrue(o.options().adoptOriginal());
  }

  @Test
  void problemsPointAtThePagesFields() {
    SyncSettingsForm form = SyncSettingsForm.of(SyncOptions.defaults());
    form.getText().put("guard.maxDeletes", "many");
    form.getText().put("sources.excludedUsers", "anna");
    SyncSettingsRules.Outcome o = save(form);
    assertEquals(Set.of("guard.maxDeletes", "sources.excludedUpns"), o.problems().keySet());
    assertEquals("guard_maxDeletes", SyncSettingsForm.componentId("guard.maxDeletes"));
    assertEquals("sources_excludedUsers", SyncSettingsForm.componentId("sources.excludedUpns"));
    assertEquals("targets_groups", SyncSettingsForm.componentId("targets.groupIds"));
  }

  @Test
  void aPickerEditsAListFieldAsValuesAndTheDocumentKeepsIds() {
    SyncSettingsForm form = SyncSettingsForm.of(SyncOptions.defaults());
    assertEquals(java.util.List.of(), form.pick("targets.groupIds").getValues());
    form.pick("targets.groupIds")
        .setValues(
            java.util.List.of(
                "3F2B8C1E-4D5A-4B6C-8D7E-9F0A1B2C3D4E", "11111111-2222-4333-8444-555555555555"));
    form.pick("sources.excludedUsers")
        .setValues(java.util.List.of("anna@contoso.com", "11111111-2222-4333-8444-555555555555"));
    assertEquals(
        java.util.List.of(
            "3F2B8C1E-4D5A-4B6C-8D7E-9F0A1B2C3D4E",
            "11111111-2222-4333-8444-555555555555",
            "anna@contoso.com",
            "11111111-2222-4333-8444-555555555555"),
        form.pickedValues("targets.groupIds", "sources.excludedUsers"));
    SyncSettingsRules.Outcome o = save(form);
    assertTrue(o.valid(), o.problems().toString());
    assertEquals(
        Set.of("3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e", "11111111-2222-4333-8444-555555555555"),
        o.options().targets().groupIds());
    assertEquals(Set.of("anna@contoso.com"), o.options().sources().excludedUpns());
    form.pick("targets.groupIds").setValues(null);
    assertEquals(java.util.List.of(), form.pick("targets.groupIds").getValues());
  }

  @Test
  void folderModeScheduleAndPhotosAreFieldsOfThePage() {
    SyncSettingsForm form = SyncSettingsForm.of(SyncOptions.defaults());
    assertEquals("DEDICATED_FOLDER", form.getText().get("folderMode"));
    assertEquals(Boolean.TRUE, form.getChecks().get("schedule.enabled"));
    assertEquals("60", form.getText().get("schedule.everyMinutes"));
    assertEquals("7", form.getText().get("schedule.reconcileEveryDays"));
    assertEquals(Boolean.FALSE, form.getChecks().get("mapping.photos"));
    form.getText().put("folderMode", "DEFAULT_FOLDER");
    form.getText().put("mapping.category", "CYNC");
    form.getChecks().put("schedule.enabled", false);
    form.getText().put("schedule.everyMinutes", " 15 ");
    form.getText().put("schedule.reconcileEveryDays", "0");
    form.getChecks().put("mapping.photos", true);
    SyncSettingsRules.Outcome o = save(form);
    assertTrue(o.valid(), o.problems().toString());
    assertTrue(o.options().inDefaultFolder());
    assertEquals(new ScheduleOptions(false, 15, 0), o.options().schedule());
    assertTrue(o.options().mapping().photos());

    form.getText().put("mapping.category", "");
    form.getText().put("schedule.everyMinutes", "every hour");
    o = save(form);
    assertEquals(Set.of("folderMode", "schedule.everyMinutes"), o.problems().keySet());
    assertEquals("schedule_everyMinutes", SyncSettingsForm.componentId("schedule.everyMinutes"));
  }

  @Test
  void theWeeklySlotThePauseAndTheDailyCheckAreFieldsOfThePage() {
    SyncSettingsForm form = SyncSettingsForm.of(SyncOptions.defaults());
    assertEquals("", form.getText().get("schedule.reconcileDay"), "no fixed day");
    assertEquals("02:00", form.getText().get("schedule.reconcileTime"));
    assertEquals("UTC", form.getText().get("schedule.timeZone"));
    assertEquals("", form.getText().get("schedule.pausedUntil"));
    assertEquals(Boolean.TRUE, form.getChecks().get("schedule.connectionCheck"));
    form.getText().put("schedule.reconcileDay", "SUNDAY");
    form.getText().put("schedule.timeZone", " Europe/Vienna ");
    form.getText().put("schedule.reconcileTime", "7 pm");
    form.getChecks().put("schedule.connectionCheck", false);
    SyncSettingsRules.Outcome o = save(form);
    assertEquals(Set.of("schedule.reconcileTime"), o.problems().keySet());
    assertEquals("schedule_reconcileTime", SyncSettingsForm.componentId("schedule.reconcileTime"));
    form.getText().put("schedule.reconcileTime", "19:00");
    o = save(form);
    assertTrue(o.valid(), o.problems().toString());
    assertEquals(
        new ScheduleOptions(true, 60, 7, "SUNDAY", "19:00", "Europe/Vienna", null, false),
        o.options().schedule());
  }
}
