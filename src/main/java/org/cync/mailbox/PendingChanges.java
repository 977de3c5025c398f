package org.cync.mailbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cync.contacts.ContactFields;
import org.cync.contacts.ContactPatch;
import org.cync.contacts.DesiredContacts;

/**
 * What the next run would change in one mailbox, contact by contact, with the fields each update
 * changes: the detail behind a dry run's per-mailbox counts. Worked out from what CYNC holds and
 * wants, without asking Graph. Pure.
 */
public final class PendingChanges {
  private PendingChanges() {}

  /**
   * @param fields the Graph fields an update sends; for an update of a contact whose version in the
   *     mailbox is not known, every synced field
   * @param note why, where the kind alone does not say it
   */
  public record Row(
      String kind, String sourceId, String displayName, List<String> fields, String note) {}

  /**
   * How the administrator sees a change: a photo put, or a contact made again for one, is an
   * update.
   */
  public static String kind(PlannedChange.Kind kind) {
    return switch (kind) {
      case PHOTO, REPLACE -> "UPDATE";
      default -> kind.name();
    };
  }

  public static List<Row> of(
      List<PlannedChange> changes,
      Map<String, DesiredContacts.Versions> versions,
      Function<String, String> nameOf) {
    return of(changes, versions, nameOf, id -> null);
  }

  /**
   * @param whyGone the note of a deletion, by source ID ({@link DeletionReason#note})
   */
  public static List<Row> of(
      List<PlannedChange> changes,
      Map<String, DesiredContacts.Versions> versions,
      Function<String, String> nameOf,
      Function<String, String> whyGone) {
    List<Row> rows = new ArrayList<>();
    for (PlannedChange c : changes) {
      DesiredContacts.Versions v = versions.get(c.sourceId());
      String name = v != null ? v.card().displayName() : nameOf.apply(c.sourceId());
      rows.add(
          switch (c.kind()) {
            case UPDATE -> update(c, v, name);
            case PHOTO -> new Row(kind(c.kind()), c.sourceId(), name, List.of("photo"), null);
            case REPLACE ->
                new Row(
                    kind(c.kind()),
                    c.sourceId(),
                    name,
                    List.of("photo"),
                    "The user's photo was removed: the contact is made again without it.");
            case DELETE ->
                new Row(kind(c.kind()), c.sourceId(), name, List.of(), whyGone.apply(c.sourceId()));
            default -> new Row(kind(c.kind()), c.sourceId(), name, List.of(), null);
          });
    }
    return rows;
  }

  private static Row update(PlannedChange c, DesiredContacts.Versions v, String name) {
    if (v == null) {
      return new Row("UPDATE", c.sourceId(), name, List.of(), "No longer wanted since.");
    }
    boolean known =
        c.heldFingerprint() != null
            && v.previous() != null
            && c.heldFingerprint().equals(v.previousFingerprint());
    return known
        ? new Row(
            "UPDATE",
            c.sourceId(),
            name,
            List.copyOf(ContactPatch.changes(v.previous(), v.card()).keySet()),
            null)
        : new Row(
            "UPDATE",
            c.sourceId(),
            name,
            ContactFields.ALL,
            "The version in the mailbox is not known (adopted or recovered): every synced field is"
                + " sent.");
  }
}
