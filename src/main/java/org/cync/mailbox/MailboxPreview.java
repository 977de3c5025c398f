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
import org.cync.settings.SourceOptions;
import org.cync.settings.SyncSettingsStore;

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
  @Inject SyncSettingsStore settings;

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
    boolean deletes = listed.stream().anyMatch(c -> c.kind() == PlannedChange.Kind.DELETE);
    Map<String, SourceUser> users = deletes ? directory.users() : Map.of();
    // Why each deletion: from the mirror (disabled, gone) and the source filter in force.
    SourceOptions sources = deletes ? settings.current().sources() : null;
    List<PendingChanges.Row> rows =
        PendingChanges.of(
            listed,
            desired.versions(load),
            id -> users.containsKey(id) ? users.get(id).displayName() : null,
            id -> DeletionReason.of(t.isWanted(), users.get(id), sources).note());
    Map<String, Long> counts = new TreeMap<>(BY_KIND);
    changes.forEach(c -> counts.merge(PendingChanges.kind(c.kind()), 1L, Long::sum));
    return new Preview(t, counts, rows);
  }

  /**
   * Every change the next run would make in one mailbox, contact by contact, handed to {@code out}
   * a page at a time (the cards of one page loaded together), so an export of every mailbox holds
   * one mailbox's changes at most. {@code wanted} and {@code names} are read once per export by the
   * caller ({@link #wanted()}, {@link #names()}).
   */
  public void each(
      String mailboxId,
      Map<String, Wanted> wanted,
      java.util.function.Function<String, String> names,
      java.util.function.Consumer<PendingChanges.Row> out) {
    TargetMailbox t = targets.find(mailboxId);
    if (t == null) {
      return;
    }
    List<PlannedChange> changes =
        MailboxDiff.of(t.isWanted() ? wanted : Map.of(), records.held(mailboxId));
    for (int from = 0; from < changes.size(); from += PAGE) {
      List<PlannedChange> page = changes.subList(from, Math.min(from + PAGE, changes.size()));
      List<String> load = new ArrayList<>();
      page.stream()
          .filter(c -> c.kind() != PlannedChange.Kind.DELETE)
          .forEach(c -> load.add(c.sourceId()));
      PendingChanges.of(page, desired.versions(load), names).forEach(out);
    }
  }

  private static final int PAGE = 500;

  /** What every target should hold now, for {@link #each}. */
  public Map<String, Wanted> wanted() {
    return desired.wanted();
  }

  /** The display name of a source user as the directory mirror has it, for {@link #each}. */
  public java.util.function.Function<String, String> names() {
    Map<String, SourceUser> users = directory.users();
    return id -> users.containsKey(id) ? users.get(id).displayName() : null;
  }
}
