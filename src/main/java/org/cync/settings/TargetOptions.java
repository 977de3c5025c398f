package org.cync.settings;

import java.util.Set;

/**
 * Whose mailbox receives the contacts. With no group, department or explicit user chosen, every
 * enabled member account with a mail address is a target (a mailbox that turns out to have no
 * Exchange Online mailbox is skipped and reported); otherwise the union of the chosen groups
 * (transitive), departments and users. Exclusions always win.
 *
 * @param userIds explicit targets by object ID or user principal name
 * @param excludedUsers excluded by object ID or user principal name
 */
public record TargetOptions(
    Set<String> groupIds, Set<String> departments, Set<String> userIds, Set<String> excludedUsers) {

  public TargetOptions {
    groupIds = groupIds == null ? Set.of() : Set.copyOf(groupIds);
    departments = departments == null ? Set.of() : Set.copyOf(departments);
    userIds = userIds == null ? Set.of() : Set.copyOf(userIds);
    excludedUsers = excludedUsers == null ? Set.of() : Set.copyOf(excludedUsers);
  }

  /** Every enabled member with mail. */
  public static TargetOptions defaults() {
    return new TargetOptions(null, null, null, null);
  }

  /** True when no group, department or user was chosen: everyone with a mailbox. */
  public boolean everyone() {
    return groupIds.isEmpty() && departments.isEmpty() && userIds.isEmpty();
  }
}
