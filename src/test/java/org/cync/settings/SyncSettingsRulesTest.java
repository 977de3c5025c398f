package org.cync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.cync.settings.MappingOptions.FileAs;
import org.cync.settings.SyncOptions.FolderMode;
import org.junit.jupiter.api.Test;

class SyncSettingsRulesTest {
  static final String GROUP = "3F2B8C1E-4D5A-4B6C-8D7E-9F0A1B2C3D4E";

  static SyncSettingsRules.Outcome check(String json, SyncOptions current) {
    return SyncSettingsRules.check(SyncSettingsJson.parse(json), current);
  }

  static SyncSettingsRules.Outcome check(String json) {
    return check(json, SyncOptions.defaults());
  }

  static Map<String, String> problems(String json) {
    SyncSettingsRules.Outcome o = check(json);
    assertFalse(o.valid(), json);
    return o.problems();
  }

  @Test
  void aPartialDocumentChangesOnlyWhatItNames() {
    SyncOptions current =
        check("{\"folderName\":\"Kollegen\",\"guard\":{\"maxDeletes\":50}}").options();
    SyncSettingsRules.Outcome o =
        check(
            "{\"targets\":{\"groupIds\":[\"" + GROUP + "\"]},\"guard\":{\"maxDeletePercent\":5}}",
            current);
    assertTrue(o.valid(), o.problems().toString());
    assertEquals(Set.of(GROUP.toLowerCase()), o.options().targets().groupIds());
    assertEquals("Kollegen", o.options().folderName());
    assertEquals(50, o.options().guard().maxDeletes(), "merged per nested object");
    assertEquals(5, o.options().guard().maxDeletePercent());
    assertEquals(64, check("{\"mailboxParallelism\":64}", current).options().mailboxParallelism());
  }

  @Test
  void listsAreTrimmedBlanksDroppedAndDuplicatesDroppedIgnoringCase() {
    SyncSettingsRules.Outcome o =
        check(
            "{\"sources\":{\"departments\":[\" Sales \",\"\",\"sales\",\"  \",\"IT\"],"
                + "\"includeGroupIds\":[\""
                + GROUP
                + "\",\" "
                + GROUP.toLowerCase()
                + " \"]},\"targets\":{\"excludedUsers\":[\"Anna@Contoso.com\",\"anna@contoso.com\"]}}");
    assertTrue(o.valid(), o.problems().toString());
    assertEquals(Set.of("Sales", "IT"), o.options().sources().departments());
    assertEquals(Set.of(GROUP.toLowerCase()), o.options().sources().includeGroupIds());
    assertEquals(Set.of("Anna@Contoso.com"), o.options().targets().excludedUsers());
  }

  @Test
  void groupNamesAreRefusedWithWhereTheIdIsFound() {
    Map<String, String> p =
        problems("{\"targets\":{\"groupIds\":[\"Sales\",\"" + GROUP + "\",\"All Staff\"]}}");
    assertEquals(
        "Group IDs are object IDs (GUIDs) from Entra ID → Groups → Overview, not names:"
            + " 'Sales', 'All Staff'",
        p.get("targets.groupIds"));
    assertTrue(
        problems("{\"sources\":{\"excludeGroupIds\":[\"x\"]}}")
            .containsKey("sources.excludeGroupIds"));
    assertTrue(
        problems("{\"sources\":{\"includeGroupIds\":\"Sales\"}}")
            .containsKey("sources.includeGroupIds"));
  }

  @Test
  void usersAreObjectIdsOrUserPrincipalNames() {
    assertTrue(
        check("{\"targets\":{\"userIds\":[\"" + GROUP + "\",\"bob@contoso.com\"]}}").valid());
    assertTrue(
        problems("{\"targets\":{\"userIds\":[\"bob\"]}}").get("targets.userIds").contains("'bob'"));
    assertTrue(
        problems("{\"targets\":{\"excludedUsers\":[\"Bob Berg\"]}}")
            .get("targets.excludedUsers")
            .contains("with '@'"));
    assertTrue(
        problems("{\"sources\":{\"excludedUpns\":[\"" + GROUP + "\"]}}")
            .containsKey("sources.excludedUpns"));
    assertTrue(
        problems("{\"sources\":{\"excludedUserIds\":[\"a@b.c\"]}}")
            .get("sources.excludedUserIds")
            .contains("user principal names have a list of their own"));
  }

  @Test
  void folderNameMustBeOneNonEmptyNameOfAtMost255Characters() {
    assertTrue(problems("{\"folderName\":\"  \"}").get("folderName").contains("empty"));
    assertTrue(problems("{\"folderName\":null}").get("folderName").contains("empty"));
    assertTrue(problems("{\"folderName\":\"a/b\"}").get("folderName").contains("'\\' or '/'"));
    assertTrue(problems("{\"folderName\":\"a\\\\b\"}").containsKey("folderName"));
    assertTrue(
        problems("{\"folderName\":\"" + "x".repeat(256) + "\"}").get("folderName").contains("256"));
    assertEquals(
        "x".repeat(255),
        check("{\"folderName\":\" " + "x".repeat(255) + " \"}").options().folderName());
  }

  @Test
  void numbersOutOfRangeSayTheRange() {
    assertTrue(
        problems("{\"mapping\":{\"maxEmailAddresses\":4}}")
            .get("mapping.maxEmailAddresses")
            .contains("0 to 3"));
    assertTrue(problems("{\"guard\":{\"maxDeletes\":-1}}").get("guard.maxDeletes").contains("500"));
    assertTrue(
        problems("{\"guard\":{\"maxDeletePercent\":101}}").containsKey("guard.maxDeletePercent"));
    assertTrue(
        problems("{\"mailboxParallelism\":0}").get("mailboxParallelism").contains("1 to 256"));
    assertTrue(problems("{\"mailboxParallelism\":257}").containsKey("mailboxParallelism"));
    assertTrue(
        problems("{\"mailboxParallelism\":1.5}")
            .get("mailboxParallelism")
            .contains("whole number"));
    assertTrue(
        check("{\"guard\":{\"maxDeletes\":0,\"maxDeletePercent\":100},\"mailboxParallelism\":256}")
            .valid());
  }

  @Test
  void wrongTypesAndUnknownFieldsAreProblemsNotExceptions() {
    Map<String, String> p =
        problems(
            "{\"adoptOriginal\":\"yes\",\"targets\":7,\"mapping\":{\"fileAs\":\"SIDEWAYS\"},"
                + "\"guard\":{\"maxDelete\":3},\"colour\":\"blue\"}");
    assertTrue(p.get("adoptOriginal").contains("true or false"), p.toString());
    assertTrue(p.get("targets").contains("object"), p.toString());
    assertTrue(p.get("mapping.fileAs").contains("LAST_FIRST"), p.toString());
    assertTrue(p.get("guard.maxDelete").contains("Unknown setting"), p.toString());
    assertTrue(p.containsKey("colour"), p.toString());
  }

  @Test
  void fileAsIgnoresCaseAndABlankCategoryIsNone() {
    SyncSettingsRules.Outcome o =
        check("{\"mapping\":{\"fileAs\":\"last_first\",\"category\":\"  \"}}");
    assertTrue(o.valid(), o.problems().toString());
    assertEquals(FileAs.LAST_FIRST, o.options().mapping().fileAs());
    assertEquals(null, o.options().mapping().category());
    assertTrue(
        problems("{\"mapping\":{\"category\":\"" + "c".repeat(256) + "\"}}")
            .containsKey("mapping.category"));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Map<String, String> p =
        problems(
            "{\"folderName\":\"\",\"mailboxParallelism\":0,\"targets\":{\"groupIds\":[\"Sales\"]}}");
    assertEquals(Set.of("folderName", "mailboxParallelism", "targets.groupIds"), p.keySet());
  }

  @Test
  void theDefaultContactsFolderNeedsACategory() {
    String problem = problems("{\"folderMode\":\"DEFAULT_FOLDER\"}").get("folderMode");
    assertTrue(problem.contains("needs a category"), problem);
    assertTrue(problem.contains("Category on every contact"), problem);
    assertTrue(problem.contains("told apart"), problem);
    SyncSettingsRules.Outcome o =
        check("{\"folderMode\":\"default_folder\",\"mapping\":{\"category\":\"CYNC\"}}");
    assertTrue(o.valid(), o.problems().toString());
    assertEquals(FolderMode.DEFAULT_FOLDER, o.options().folderMode());
    assertTrue(o.options().inDefaultFolder());
    assertEquals(
        Set.of("folderMode"),
        check("{\"mapping\":{\"category\":null}}", o.options()).problems().keySet(),
        "clearing the category of the default folder is refused too");
    assertTrue(
        check("{\"folderMode\":\"DEDICATED_FOLDER\",\"mapping\":{\"category\":null}}", o.options())
            .valid());
    assertTrue(
        problems("{\"folderMode\":\"INBOX\"}").get("folderMode").contains("DEDICATED_FOLDER"));
    assertEquals(
        FolderMode.DEDICATED_FOLDER,
        check("{\"folderMode\":null}", o.options()).options().folderMode(),
        "null is the default, the dedicated folder");
  }

  @Test
  void theScheduleRunsEvery1To1440MinutesAndReconcilesEvery0To365Days() {
    SyncSettingsRules.Outcome o =
        check("{\"schedule\":{\"enabled\":false,\"everyMinutes\":1440,\"reconcileEveryDays\":0}}");
    assertTrue(o.valid(), o.problems().toString());
    assertEquals(new ScheduleOptions(false, 1440, 0), o.options().schedule());
    assertEquals(
        new ScheduleOptions(false, 1, 0),
        check("{\"schedule\":{\"everyMinutes\":1}}", o.options()).options().schedule(),
        "merged per field");
    String minutes = problems("{\"schedule\":{\"everyMinutes\":0}}").get("schedule.everyMinutes");
    assertTrue(minutes.contains("1 to 1440"), minutes);
    assertTrue(minutes.contains("switch the schedule off"), minutes);
    assertTrue(minutes.endsWith("not 0."), minutes);
    assertTrue(
        problems("{\"schedule\":{\"everyMinutes\":1441}}").containsKey("schedule.everyMinutes"));
    String days =
        problems("{\"schedule\":{\"reconcileEveryDays\":366}}").get("schedule.reconcileEveryDays");
    assertTrue(days.contains("0 = never"), days);
    assertTrue(
        problems("{\"schedule\":{\"reconcileEveryDays\":-1}}")
            .containsKey("schedule.reconcileEveryDays"));
    Map<String, String> p =
        problems("{\"schedule\":{\"enabled\":\"yes\",\"everyMinutes\":\"hourly\",\"every\":5}}");
    assertEquals(Set.of("schedule.enabled", "schedule.everyMinutes", "schedule.every"), p.keySet());
    assertTrue(problems("{\"schedule\":true}").get("schedule").contains("object"));
  }

  @Test
  void photosAreOffUntilSwitchedOn() {
    assertFalse(check("{}").options().mapping().photos());
    SyncSettingsRules.Outcome o = check("{\"mapping\":{\"photos\":true}}");
    assertTrue(o.valid(), o.problems().toString());
    assertTrue(o.options().mapping().photos());
    assertTrue(
        problems("{\"mapping\":{\"photos\":1}}").get("mapping.photos").contains("true or false"));
  }

  @Test
  void runsAreKeptNinetyDaysByDefaultAndOneToTenYearsWhenChosen() {
    assertEquals(90, SyncOptions.defaults().history().keepRunsDays());
    assertEquals(7, check("{\"history\":{\"keepRunsDays\":7}}").options().history().keepRunsDays());
    assertEquals(
        3650, check("{\"history\":{\"keepRunsDays\":3650}}").options().history().keepRunsDays());
    for (String wrong : new String[] {"0", "3651", "-5"}) {
      assertEquals(
          Map.of(
              "history.keepRunsDays",
              "Keep runs for 1 to 3650 days (default 90), not " + wrong + "."),
          problems("{\"history\":{\"keepRunsDays\":" + wrong + "}}"));
    }
    assertEquals(
        90,
        SyncSettingsJson.GSON
            .fromJson("{\"mailboxParallelism\":8}", SyncOptions.class)
            .history()
            .keepRunsDays(),
        "settings stored before this option read as the default");
  }
}
