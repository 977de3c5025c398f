package org.cync.settings;

import java.util.Map;

/**
 * Each settings path as the Sync settings page labels its field, so a message says "Days between
 * full reconciles", not 'schedule.reconcileEveryDays'. One map for the console and the API (whose
 * answer keys each message by the path); {@code SettingsLabelsTest} holds that every path the rules
 * can report has a label here.
 */
final class SettingsLabels {
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("sources", "Sources"),
          Map.entry("sources.enabledOnly", "Enabled accounts only"),
          Map.entry("sources.membersOnly", "Members only (no guests)"),
          Map.entry("sources.requireMail", "Must have a mail address"),
          Map.entry("sources.requireMailbox", "Must have an Exchange Online mailbox"),
          Map.entry("sources.includeGroupIds", "Only members of these groups"),
          Map.entry("sources.excludeGroupIds", "Never members of these groups"),
          Map.entry("sources.departments", "Only these departments"),
          Map.entry("sources.companies", "Only these companies"),
          Map.entry("sources.excludedUserIds", "Sources: Never these users"),
          Map.entry("sources.excludedUpns", "Sources: Never these users"),
          Map.entry("targets", "Targets"),
          Map.entry("targets.groupIds", "Members of these groups"),
          Map.entry("targets.departments", "Everyone in these departments"),
          Map.entry("targets.userIds", "These users"),
          Map.entry("targets.excludedUsers", "Targets: Never these users"),
          Map.entry("mapping", "Contact fields"),
          Map.entry("mapping.mobilePhone", "Mobile phone"),
          Map.entry("mapping.jobTitle", "Job title"),
          Map.entry("mapping.department", "Department"),
          Map.entry("mapping.companyName", "Company"),
          Map.entry("mapping.officeLocation", "Office"),
          Map.entry("mapping.businessAddress", "Business address"),
          Map.entry("mapping.manager", "Manager"),
          Map.entry("mapping.fileAs", "File as"),
          Map.entry("mapping.category", "Category on every contact"),
          Map.entry("mapping.maxEmailAddresses", "Number of e-mail addresses"),
          Map.entry("mapping.includeProxyAddresses", "Include aliases"),
          Map.entry("mapping.photos", "Photos"),
          Map.entry("folderMode", "Where CYNC's contacts go"),
          Map.entry("folderName", "Contact folder"),
          Map.entry("adoptOriginal", "Adopt the contacts of the original CYNC product"),
          Map.entry("guard", "Safety"),
          Map.entry("guard.maxDeletes", "At most this many deletions in one run"),
          Map.entry(
              "guard.maxDeletePercent", "At most this percentage of one mailbox's CYNC contacts"),
          Map.entry("history", "Run history"),
          Map.entry("history.keepRunsDays", "Keep runs for this many days"),
          Map.entry("schedule", "Schedule"),
          Map.entry("schedule.enabled", "Start runs by themselves"),
          Map.entry("schedule.everyMinutes", "Minutes between scheduled runs"),
          Map.entry("schedule.reconcileEveryDays", "Days between full reconciles"),
          Map.entry("schedule.reconcileDay", "Weekly full reconcile on"),
          Map.entry("schedule.reconcileTime", "Weekly full reconcile at (HH:mm)"),
          Map.entry("schedule.timeZone", "Time zone"),
          Map.entry("schedule.pausedUntil", "Pause scheduled runs until"),
          Map.entry("schedule.connectionCheck", "Check the connection once a day"),
          Map.entry("mailboxParallelism", "Mailboxes written in parallel"));

  private SettingsLabels() {}

  /**
   * The page's label of {@code path}; a path the page has no field for (a typo in an API document)
   * is quoted as it is, since there is nothing else to name it by.
   */
  static String of(String path) {
    String label = LABELS.get(path);
    return label != null ? label : "'" + path + "'";
  }

  static boolean has(String path) {
    return LABELS.containsKey(path);
  }
}
