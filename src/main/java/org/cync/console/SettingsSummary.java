package org.cync.console;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.cync.settings.MappingOptions;
import org.cync.settings.ScheduleOptions;
import org.cync.settings.SourceOptions;
import org.cync.settings.SyncOptions;
import org.cync.settings.TargetOptions;

/**
 * One line per section of the Sync settings page, for its header ("CYNC Targets (group) · 3
 * mailboxes"), so the collapsed page still says what is set. Pure: names of groups and users come
 * from {@code names}, the mailbox count from the caller; unit-tested.
 */
final class SettingsSummary {
  private static final String DOT = " · ";

  private SettingsSummary() {}

  static String sources(SourceOptions s, Function<String, String> names) {
    List<String> out = new ArrayList<>();
    out.add(
        s.includeGroupIds().isEmpty()
            ? "everyone"
            : list(s.includeGroupIds(), names) + groups(s.includeGroupIds()));
    if (!s.excludeGroupIds().isEmpty()) {
      out.add("not " + list(s.excludeGroupIds(), names) + groups(s.excludeGroupIds()));
    }
    if (!s.departments().isEmpty()) {
      out.add(count(s.departments().size(), "department"));
    }
    if (!s.companies().isEmpty()) {
      out.add(count(s.companies().size(), "company", "companies"));
    }
    int excluded = s.excludedUserIds().size() + s.excludedUpns().size();
    if (excluded > 0) {
      out.add(count(excluded, "user") + " excluded");
    }
    List<String> only = new ArrayList<>();
    if (s.enabledOnly()) {
      only.add("enabled");
    }
    if (s.membersOnly()) {
      only.add("members");
    }
    if (s.requireMail()) {
      only.add("with mail");
    }
    if (s.requireMailbox()) {
      only.add("with a mailbox");
    }
    if (!only.isEmpty()) {
      out.add(String.join(", ", only));
    }
    return String.join(DOT, out);
  }

  /** {@code mailboxes}: how many are targets now (from the last run), or -1 for not known. */
  static String targets(TargetOptions t, Function<String, String> names, long mailboxes) {
    List<String> out = new ArrayList<>();
    if (!t.groupIds().isEmpty()) {
      out.add(list(t.groupIds(), names) + groups(t.groupIds()));
    }
    if (!t.departments().isEmpty()) {
      out.add(list(t.departments(), Function.identity()) + " (department)");
    }
    if (!t.userIds().isEmpty()) {
      out.add(count(t.userIds().size(), "user"));
    }
    if (out.isEmpty()) {
      out.add("everyone with a mailbox");
    }
    if (!t.excludedUsers().isEmpty()) {
      out.add(count(t.excludedUsers().size(), "user") + " excluded");
    }
    if (mailboxes >= 0) {
      out.add(count(mailboxes, "mailbox", "mailboxes"));
    }
    return String.join(DOT, out);
  }

  static String mapping(MappingOptions m) {
    int fields =
        (m.mobilePhone() ? 1 : 0)
            + (m.jobTitle() ? 1 : 0)
            + (m.department() ? 1 : 0)
            + (m.companyName() ? 1 : 0)
            + (m.officeLocation() ? 1 : 0)
            + (m.businessAddress() ? 1 : 0)
            + (m.manager() ? 1 : 0);
    List<String> out = new ArrayList<>();
    out.add(count(fields, "optional field") + " of 7");
    out.add(m.fileAs() == MappingOptions.FileAs.LAST_FIRST ? "Last, First" : "First Last");
    out.add(count(m.maxEmailAddresses(), "e-mail address", "e-mail addresses"));
    if (m.category() != null && !m.category().isBlank()) {
      out.add("category " + m.category());
    }
    out.add(m.photos() ? "photos" : "no photos");
    return String.join(DOT, out);
  }

  static String folder(SyncOptions o) {
    return (o.folderMode() == SyncOptions.FolderMode.DEFAULT_FOLDER
            ? "the user's own Contacts folder"
            : "folder " + o.folderName())
        + (o.adoptOriginal() ? DOT + "adopts the original CYNC's contacts" : "");
  }

  static String safety(SyncOptions o) {
    return limit(o.guard().maxDeletes(), " deletions a run")
        + DOT
        + limit(o.guard().maxDeletePercent(), "% of a mailbox");
  }

  static String history(SyncOptions o) {
    return "kept " + count(o.history().keepRunsDays(), "day");
  }

  static String schedule(ScheduleOptions s) {
    if (!s.enabled()) {
      return "off";
    }
    List<String> out = new ArrayList<>();
    out.add("every " + count(s.everyMinutes(), "minute"));
    out.add(
        s.reconcileDay() != null
            ? "full reconcile "
                + day(s.reconcileDay())
                + " "
                + s.reconcileTime()
                + " "
                + s.timeZone()
            : s.reconcileEveryDays() == 0
                ? "no full reconcile"
                : "full reconcile every " + count(s.reconcileEveryDays(), "day"));
    if (s.pausedUntil() != null) {
      out.add("paused until " + s.pausedUntil().replace('T', ' '));
    }
    return String.join(DOT, out);
  }

  static String performance(SyncOptions o) {
    return count(o.mailboxParallelism(), "mailbox", "mailboxes") + " in parallel";
  }

  private static String list(Collection<String> values, Function<String, String> names) {
    List<String> shown = values.stream().limit(2).map(names).toList();
    return String.join(", ", shown)
        + (values.size() > 2 ? " and " + (values.size() - 2) + " more" : "");
  }

  private static String groups(Collection<String> ids) {
    return ids.size() == 1 ? " (group)" : " (groups)";
  }

  private static String limit(int value, String what) {
    return value == 0 ? "no limit of" + what : "at most " + value + what;
  }

  private static String day(String weekday) {
    return weekday.charAt(0) + weekday.substring(1).toLowerCase(java.util.Locale.ROOT) + "s";
  }

  private static String count(long n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
