package org.cync.mailbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cync.contacts.DesiredContacts;
import org.cync.contacts.Wanted;
import org.cync.directory.MirrorRepository;
import org.cync.directory.SourceUser;

/**
 * What the next run would change in one mailbox ({@link PendingChanges}), for the API and the
 * Mailboxes page alike. After a dry run it is what the dry run planned, as long as nothing changed
 * since.
 */
@ApplicationScoped
public class MailboxPreview {
  /** At most this many changes are listed; the counts always cover all. */
  public static final int MAX_LISTED = 2000;

  private static final List<String> ORDER = List.of("CREATE", "UPDATE", "DELETE");
  private static final java.util.Comparator<String> BY_KIND =
      java.util.Comparator.<String>comparingInt(
              k -> ORDER.contains(k) ? ORDER.indexOf(k) : ORDER.size())
          .thenComparing(k -> k);

  @Inject TargetMailboxes targets;
  @Inject MailboxRecords records;
  @Inject DesiredContacts desired;
  @Inject MirrorRepository directory;

  /**
   * @param counts changes per kind (CREATE, UPDATE, DELETE, …), all of them
   * @param changes the first {@link #MAX_LISTED}
   */
  public record Preview(
      TargetMailbox mailbox, Map<String, Long> counts, List<PendingChanges.Row> changes) {}

  /** Null when CYNC knows no such mailbox. */
  public Preview of(String mailboxId) {
    TargetMailbox t = targets.find(mailboxId);
    if (t == null) {
      return null;
    }
    Map<String, Wanted> wanted = t.isWanted() ? desired.wanted() : Map.of();
    List<PlannedChange> changes = MailboxDiff.of(wanted, records.held(mailboxId));
    List<PlannedChange> listed = changes.subList(0, Math.min(MAX_LISTED, changes.size()));
    List<String> load = new ArrayList<>();
    listed.stream()
        .filter(c -> c.kind() != PlannedChange.Kind.DELETE)
        .forEach(c -> load.add(c.sourceId()));
    Map<String, SourceUser> users =
        listed.stream().anyMatch(c -> c.kind() == PlannedChange.Kind.DELETE)
            ? directory.users()
            : Map.of();
    List<PendingChanges.Row> rows =
        PendingChanges.of(
            listed,
            desired.versions(load),
            id -> users.containsKey(id) ? users.get(id).displayName() : null);
    Map<String, Long> counts = new TreeMap<>(BY_KIND);
    changes.forEach(c -> counts.merge(PendingChanges.kind(c.kind()), 1L, Long::sum));
    return new Preview(t, counts, rows);
  }
}
