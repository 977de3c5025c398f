package org.cync.settings;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cync.limits.TextLimits;
import org.cync.settings.MappingOptions.FileAs;
import org.cync.settings.SyncOptions.FolderMode;

/**
 * Turns a whole or partial settings document into {@link SyncOptions}, or says per field (by its
 * dotted path) what is wrong and how to fix it. Tidies as it reads: text trimmed, blank list
 * entries dropped, duplicates dropped ignoring case, GUIDs lower-cased.
 */
public final class SyncSettingsRules {
  static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern UPN = Pattern.compile("[^@\\s]+@[^@\\s]+");
  static final int MAX_NAME = 255;

  static final String GROUPS =
      "Group IDs are object IDs (GUIDs) from Entra ID → Groups → Overview, not names: ";
  static final String USERS =
      "Users are object IDs (GUIDs, from Entra ID → Users → Overview) or user principal names"
          + " with '@' (like anna@contoso.com): ";
  static final String USER_IDS =
      "Object IDs are GUIDs from Entra ID → Users → Overview (user principal names have a list"
          + " of their own): ";

  /**
   * The result: {@code options} is what would be saved; when there are problems it is only a best
   * effort (a bad value keeps the one it replaced, list entries stay as given) and nothing may be
   * saved.
   */
  public record Outcome(SyncOptions options, Map<String, String> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  private SyncSettingsRules() {}

  /** {@code changes} over {@code current}; unknown fields are problems (most likely typos). */
  public static Outcome check(JsonObject changes, SyncOptions current) {
    return check(changes, current, Instant.now());
  }

  /** As {@link #check(JsonObject, SyncOptions)}, with the clock's {@code now} for the pause. */
  public static Outcome check(JsonObject changes, SyncOptions current, Instant now) {
    return read(changes, current, now);
  }

  /** {@code now} null reads leniently (what is stored): unknown fields and the clock ignored. */
  static Outcome read(JsonObject changes, SyncOptions base, Instant now) {
    boolean strict = now != null;
    SettingsFields f =
        new SettingsFields(SyncSettingsJson.merge(SyncSettingsJson.tree(base), changes));
    if (strict) {
      SyncSettingsJson.unknownFields(
          changes, SyncSettingsJson.tree(SyncOptions.defaults()), "", f::problem);
    }
    MappingOptions mapping = mapping(f, base.mapping());
    SyncOptions options =
        new SyncOptions(
            sources(f, base.sources()),
            targets(f, base.targets()),
            mapping,
            folderName(f, base.folderName()),
            f.bool("adoptOriginal", base.adoptOriginal()),
            guard(f, base.guard()),
            f.inRange(
                "mailboxParallelism",
                base.mailboxParallelism(),
                1,
                SyncOptions.MAX_PARALLELISM,
                "Mailboxes written in parallel must be 1 to "
                    + SyncOptions.MAX_PARALLELISM
                    + " (default "
                    + SyncOptions.DEFAULT_PARALLELISM
                    + "): "),
            folderMode(f, base.folderMode(), mapping),
            ScheduleRules.read(f, base.schedule(), now),
            new HistoryOptions(
                f.inRange(
                    "history.keepRunsDays",
                    base.history().keepRunsDays(),
                    1,
                    HistoryOptions.MAX_KEEP_RUNS_DAYS,
                    "Keep runs for 1 to "
                        + HistoryOptions.MAX_KEEP_RUNS_DAYS
                        + " days (default "
                        + HistoryOptions.DEFAULT_KEEP_RUNS_DAYS
                        + "), not ")));
    return new Outcome(options, Collections.unmodifiableMap(f.problems()));
  }

  private static SourceOptions sources(SettingsFields f, SourceOptions b) {
    return new SourceOptions(
        f.bool("sources.enabledOnly", b.enabledOnly()),
        f.bool("sources.membersOnly", b.membersOnly()),
        f.bool("sources.requireMail", b.requireMail()),
        f.bool("sources.requireMailbox", b.requireMailbox()),
        ids(f, "sources.includeGroupIds", b.includeGroupIds(), GROUPS, false),
        ids(f, "sources.excludeGroupIds", b.excludeGroupIds(), GROUPS, false),
        Set.copyOf(f.list("sources.departments", b.departments())),
        Set.copyOf(f.list("sources.companies", b.companies())),
        ids(f, "sources.excludedUserIds", b.excludedUserIds(), USER_IDS, false),
        upns(f, "sources.excludedUpns", b.excludedUpns()));
  }

  private static TargetOptions targets(SettingsFields f, TargetOptions b) {
    return new TargetOptions(
        ids(f, "targets.groupIds", b.groupIds(), GROUPS, false),
        Set.copyOf(f.list("targets.departments", b.departments())),
        ids(f, "targets.userIds", b.userIds(), USERS, true),
        ids(f, "targets.excludedUsers", b.excludedUsers(), USERS, true));
  }

  private static MappingOptions mapping(SettingsFields f, MappingOptions b) {
    String category = f.text("mapping.category", b.category());
    if (category != null && category.length() > MAX_NAME) {
      f.problem(
          "mapping.category",
          SettingsLabels.of("mapping.category")
              + " has "
              + category.length()
              + " characters; Outlook allows "
              + MAX_NAME
              + ".");
      category = b.category();
    }
    return new MappingOptions(
        f.bool("mapping.mobilePhone", b.mobilePhone()),
        f.bool("mapping.jobTitle", b.jobTitle()),
        f.bool("mapping.department", b.department()),
        f.bool("mapping.companyName", b.companyName()),
        f.bool("mapping.officeLocation", b.officeLocation()),
        f.bool("mapping.businessAddress", b.businessAddress()),
        f.bool("mapping.manager", b.manager()),
        fileAs(f, b.fileAs()),
        category,
        f.inRange(
            "mapping.maxEmailAddresses",
            b.maxEmailAddresses(),
            0,
            MappingOptions.EXCHANGE_MAX_EMAIL_ADDRESSES,
            "Exchange keeps at most 3 e-mail addresses on a contact: enter 0 to 3, not "),
        f.bool("mapping.includeProxyAddresses", b.includeProxyAddresses()),
        f.bool("mapping.photos", b.photos()));
  }

  private static GuardOptions guard(SettingsFields f, GuardOptions b) {
    return new GuardOptions(
        f.inRange(
            "guard.maxDeletes",
            b.maxDeletes(),
            0,
            Integer.MAX_VALUE,
            "Enter 0 or more deletions (0 switches this limit off; the default 500 is where"
                + " Microsoft's Entra Connect stops), not "),
        f.inRange(
            "guard.maxDeletePercent",
            b.maxDeletePercent(),
            0,
            100,
            "Enter a percentage from 0 to 100 (0 switches this limit off; default 10), not "));
  }

  private static FileAs fileAs(SettingsFields f, FileAs b) {
    return f.choice(
        "mapping.fileAs",
        b,
        FileAs.FIRST_LAST,
        "File as is FIRST_LAST (\"Anna Berg\") or LAST_FIRST (\"Berg, Anna\"), not ");
  }

  /**
   * The folder mode; the default Contacts folder only with a category, which is what tells CYNC's
   * contacts from the user's own there (the best effort then is the dedicated folder).
   */
  private static FolderMode folderMode(SettingsFields f, FolderMode b, MappingOptions mapping) {
    FolderMode mode =
        f.choice(
            "folderMode",
            b,
            FolderMode.DEDICATED_FOLDER,
            "Where CYNC's contacts go is DEDICATED_FOLDER (a folder of its own under Contacts,"
                + " named in Contact folder) or DEFAULT_FOLDER (the user's own Contacts folder), not ");
    if (mode == FolderMode.DEFAULT_FOLDER && mapping.category() == null) {
      f.problem(
          "folderMode",
          "The default Contacts folder needs a category: there CYNC's contacts sit among the"
              + " user's own, and the category is how they are told apart (and found in Outlook)."
              + " Enter one in Contact fields → Category on every contact, or keep the dedicated"
              + " folder.");
      return FolderMode.DEDICATED_FOLDER;
    }
    return mode;
  }

  private static String folderName(SettingsFields f, String b) {
    String v = f.text("folderName", b);
    String problem =
        v == null || v.isEmpty()
            ? "Contact folder is empty: enter the name of the contact folder CYNC writes, like "
                + SyncOptions.DEFAULT_FOLDER
                + "."
            : v.length() > MAX_NAME
                ? "Contact folder has "
                    + v.length()
                    + " characters; Exchange allows "
                    + MAX_NAME
                    + ": shorten it."
                : v.contains("/") || v.contains("\\")
                    ? "Contact folder cannot contain '\\' or '/' (it is one folder under Contacts, not"
                        + " a path): '"
                        + TextLimits.shown(v)
                        + "'."
                    : null;
    if (problem != null) {
      f.problem("folderName", problem);
      return b;
    }
    return v;
  }

  /**
   * Object IDs (lower-cased), or with {@code upnToo} also user principal names; anything else is
   * reported with {@code message}.
   */
  private static Set<String> ids(
      SettingsFields f, String path, Set<String> b, String message, boolean upnToo) {
    List<String> bad = new ArrayList<>();
    Set<String> out = new LinkedHashSet<>();
    for (String v : f.list(path, b)) {
      boolean guid = GUID.matcher(v).matches();
      if (!guid && !(upnToo && UPN.matcher(v).matches())) {
        bad.add(v);
      }
      out.add(guid ? v.toLowerCase(Locale.ROOT) : v);
    }
    if (!bad.isEmpty()) {
      f.problem(path, message + quoted(bad));
    }
    return out;
  }

  /** The first five refused entries, each shortened, and how many more. */
  private static String quoted(List<String> bad) {
    String first =
        bad.stream()
            .limit(5)
            .map(s -> "'" + TextLimits.shown(s) + "'")
            .collect(Collectors.joining(", "));
    return bad.size() > 5 ? first + " and " + (bad.size() - 5) + " more" : first;
  }

  private static Set<String> upns(SettingsFields f, String path, Set<String> b) {
    List<String> bad = new ArrayList<>();
    Set<String> out = new LinkedHashSet<>(f.list(path, b));
    out.stream().filter(v -> !UPN.matcher(v).matches()).forEach(bad::add);
    if (!bad.isEmpty()) {
      f.problem(path, USERS + quoted(bad));
    }
    return out;
  }
}
