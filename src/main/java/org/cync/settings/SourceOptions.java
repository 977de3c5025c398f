package org.cync.settings;

import java.util.Set;

/**
 * Who becomes a contact: the operator's source filters. Values are kept as entered (for the
 * console); {@link SourceFilter} compares them trimmed and case-insensitively.
 *
 * @param membersOnly exclude guests (B2B accounts)
 * @param requireMailbox only users with an Exchange Online mailbox; the caller must then probe
 * @param includeGroupIds empty = everyone; otherwise a transitive member of at least one
 * @param departments empty = any department
 * @param companies empty = any company
 */
public record SourceOptions(
    boolean enabledOnly,
    boolean membersOnly,
    boolean requireMail,
    boolean requireMailbox,
    Set<String> includeGroupIds,
    Set<String> excludeGroupIds,
    Set<String> departments,
    Set<String> companies,
    Set<String> excludedUserIds,
    Set<String> excludedUpns) {

  public SourceOptions {
    includeGroupIds = copy(includeGroupIds);
    excludeGroupIds = copy(excludeGroupIds);
    departments = copy(departments);
    companies = copy(companies);
    excludedUserIds = copy(excludedUserIds);
    excludedUpns = copy(excludedUpns);
  }

  /** Enabled members with a mail address, from every group, department and company. */
  public static SourceOptions defaults() {
    return new SourceOptions(true, true, true, false, null, null, null, null, null, null);
  }

  /** Whether deciding needs the user's transitive group IDs. */
  public boolean needsGroups() {
    return !includeGroupIds.isEmpty() || !excludeGroupIds.isEmpty();
  }

  private static Set<String> copy(Set<String> values) {
    return values == null ? Set.of() : Set.copyOf(values);
  }
}
