package org.cync.directory;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.cync.settings.SourceOptions;

/**
 * Decides whether a directory user becomes a contact, with the reason an administrator reads in the
 * dry run and the history when someone is missing. Pure; the caller supplies group membership and
 * the mailbox probe, since both cost Graph calls.
 */
public final class SourceFilter {

  /** Included, or excluded for a short human reason. */
  public record Decision(boolean included, String reason) {
    private static final Decision INCLUDED = new Decision(true, null);

    public static Decision include() {
      return INCLUDED;
    }

    public static Decision exclude(String reason) {
      return new Decision(false, reason);
    }
  }

  private SourceFilter() {}

  /**
   * @param groupIdsOfUser the user's transitive group IDs; may be null only when {@link
   *     SourceOptions#needsGroups()} is false
   * @param hasMailbox the mailbox probe's answer; may be null only when no mailbox is required
   * @throws IllegalArgumentException when a needed fact is unknown: excluding on a failed probe
   *     would delete contacts, including would invent them
   */
  public static Decision decide(
      SourceUser u, SourceOptions o, Set<String> groupIdsOfUser, Boolean hasMailbox) {
    if (u.isRemoved()) {
      return Decision.exclude("removed from the directory");
    }
    if (o.enabledOnly() && !u.accountEnabled()) {
      return Decision.exclude("disabled");
    }
    if (o.membersOnly() && "Guest".equalsIgnoreCase(trim(u.userType()))) {
      return Decision.exclude("guest");
    }
    if (contains(o.excludedUserIds(), u.id())
        || contains(o.excludedUpns(), u.userPrincipalName())) {
      return Decision.exclude("excluded by name");
    }
    if (o.requireMail() && trim(u.mail()) == null) {
      return Decision.exclude("no mail");
    }
    if (o.requireMailbox()) {
      if (hasMailbox == null) {
        throw new IllegalArgumentException("mailbox of " + u.id() + " not probed");
      }
      if (!hasMailbox) {
        return Decision.exclude("no mailbox");
      }
    }
    if (o.needsGroups()) {
      if (groupIdsOfUser == null) {
        throw new IllegalArgumentException("groups of " + u.id() + " not read");
      }
      for (String group : groupIdsOfUser) {
        if (contains(o.excludeGroupIds(), group)) {
          return Decision.exclude("in excluded group " + group);
        }
      }
      if (!o.includeGroupIds().isEmpty()
          && groupIdsOfUser.stream().noneMatch(g -> contains(o.includeGroupIds(), g))) {
        return Decision.exclude("not in an included group");
      }
    }
    if (!o.departments().isEmpty() && !contains(o.departments(), u.department())) {
      return Decision.exclude("department not selected");
    }
    if (!o.companies().isEmpty() && !contains(o.companies(), u.companyName())) {
      return Decision.exclude("company not selected");
    }
    return Decision.include();
  }

  /** Trimmed, case-insensitive membership; a missing value is in no list. */
  static boolean contains(Collection<String> values, String value) {
    String key = normal(value);
    return key != null && values.stream().anyMatch(v -> key.equals(normal(v)));
  }

  private static String normal(String value) {
    String t = trim(value);
    return t == null ? null : t.toLowerCase(Locale.ROOT);
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
