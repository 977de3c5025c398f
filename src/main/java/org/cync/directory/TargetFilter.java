package org.cync.directory;

import java.util.Set;
import org.cync.settings.TargetOptions;

/**
 * Decides whether a directory user's mailbox receives the contacts, with the reason an
 * administrator reads when someone's phone lacks them. Pure; group membership comes from the
 * caller. Only enabled members with mail can have a usable mailbox; whether Exchange Online really
 * has one is learnt by writing to it (a mailbox answering {@code MailboxNotEnabledForRESTAPI} is
 * skipped and reported).
 */
public final class TargetFilter {
  private TargetFilter() {}

  /**
   * @param groupIdsOfUser the user's transitive groups among {@link TargetOptions#groupIds()}; may
   *     be null when no group is chosen
   */
  public static SourceFilter.Decision decide(
      SourceUser u, TargetOptions o, Set<String> groupIdsOfUser) {
    if (u.isRemoved()) {
      return SourceFilter.Decision.exclude("removed from the directory");
    }
    if (!u.accountEnabled()) {
      return SourceFilter.Decision.exclude("disabled");
    }
    if ("Guest".equalsIgnoreCase(u.userType() == null ? null : u.userType().strip())) {
      return SourceFilter.Decision.exclude("guest");
    }
    if (u.mail() == null || u.mail().isBlank()) {
      return SourceFilter.Decision.exclude("no mail");
    }
    if (SourceFilter.contains(o.excludedUsers(), u.id())
        || SourceFilter.contains(o.excludedUsers(), u.userPrincipalName())) {
      return SourceFilter.Decision.exclude("excluded by name");
    }
    if (o.everyone()
        || SourceFilter.contains(o.userIds(), u.id())
        || SourceFilter.contains(o.userIds(), u.userPrincipalName())
        || SourceFilter.contains(o.departments(), u.department())) {
      return SourceFilter.Decision.include();
    }
    if (!o.groupIds().isEmpty()) {
      if (groupIdsOfUser == null) {
        throw new IllegalArgumentException("groups of " + u.id() + " not read");
      }
      if (groupIdsOfUser.stream().anyMatch(g -> SourceFilter.contains(o.groupIds(), g))) {
        return SourceFilter.Decision.include();
      }
    }
    return SourceFilter.Decision.exclude("not chosen as a target");
  }
}
