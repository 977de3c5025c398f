package org.cync.sync;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.cync.contacts.ContactCard;
import org.cync.contacts.ContactMapper;
import org.cync.directory.SourceFilter;
import org.cync.directory.SourceUser;
import org.cync.directory.TargetFilter;
import org.cync.settings.SyncOptions;

/**
 * What every mailbox should hold, computed from the whole directory mirror: the contact card of
 * every source user, and the set of target mailboxes. Recomputed at each run (a few milliseconds
 * per thousand users), so a changed option, a group membership change or a renamed manager reaches
 * every contact although {@code /users/delta} reports none of them. Pure.
 */
public final class DesiredState {

  /**
   * @param cards source user ID → the contact wanted for them
   * @param targets target mailbox owners by ID
   * @param excluded users that are not sources, with the reason
   */
  public record Result(
      Map<String, ContactCard> cards,
      Map<String, SourceUser> targets,
      Map<String, String> excluded) {}

  private DesiredState() {}

  /** The groups whose members must be read for these options. */
  public static Set<String> groupsNeeded(SyncOptions o) {
    Set<String> groups = new LinkedHashSet<>(o.sources().includeGroupIds());
    groups.addAll(o.sources().excludeGroupIds());
    groups.addAll(o.targets().groupIds());
    return groups;
  }

  /**
   * @param groupsOfUser user ID → the groups (of {@link #groupsNeeded}) they belong to,
   *     transitively
   * @param withoutMailbox users Exchange said have no mailbox (for "must have a mailbox")
   */
  public static Result compute(
      Collection<SourceUser> users,
      SyncOptions o,
      Map<String, Set<String>> groupsOfUser,
      Set<String> withoutMailbox) {
    Map<String, String> names = new LinkedHashMap<>();
    users.forEach(u -> names.put(u.id(), u.displayName()));
    Map<String, ContactCard> cards = new LinkedHashMap<>();
    Map<String, SourceUser> targets = new LinkedHashMap<>();
    Map<String, String> excluded = new LinkedHashMap<>();
    for (SourceUser u : users) {
      Set<String> groups = groupsOfUser.getOrDefault(u.id(), Set.of());
      SourceFilter.Decision source =
          SourceFilter.decide(u, o.sources(), groups, !withoutMailbox.contains(u.id()));
      if (source.included()) {
        cards.put(u.id(), ContactMapper.map(u, o.mapping(), names::get));
      } else {
        excluded.put(u.id(), source.reason());
      }
      if (TargetFilter.decide(u, o.targets(), groups).included()) {
        targets.put(u.id(), u);
      }
    }
    return new Result(cards, targets, excluded);
  }
}
