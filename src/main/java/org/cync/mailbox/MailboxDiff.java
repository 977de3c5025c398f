package org.cync.mailbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cync.contacts.Wanted;

/**
 * The changes that bring one mailbox from what CYNC holds there to what it should hold, matched by
 * source object ID only. Deletes come first (a mailbox near its limits gets room), then updates and
 * photos, then creates, each in source ID order so a run is repeatable. A new contact gets its
 * photo in the next pass (a photo needs the contact's ID). Pure.
 */
public final class MailboxDiff {
  private MailboxDiff() {}

  /**
   * What CYNC holds in the mailbox for one source user.
   *
   * @param photoTag the photo CYNC put there, null for none or not known
   */
  public record Held(String sourceId, String contactId, String fingerprint, String photoTag) {
    public Held(String sourceId, String contactId, String fingerprint) {
      this(sourceId, contactId, fingerprint, null);
    }
  }

  /**
   * @param desired source ID → the wanted version; empty when the mailbox is no longer a target
   */
  public static List<PlannedChange> of(Map<String, Wanted> desired, Collection<Held> held) {
    List<PlannedChange> deletes = new ArrayList<>();
    List<PlannedChange> updates = new ArrayList<>();
    List<PlannedChange> creates = new ArrayList<>();
    Set<String> present = new HashSet<>();
    for (Held h : held) {
      Wanted want = desired.get(h.sourceId());
      if (want == null) {
        deletes.add(change(PlannedChange.Kind.DELETE, h, null));
        continue;
      }
      present.add(h.sourceId());
      if (photoGone(want, h)) {
        // Graph cannot remove a contact's photo: the contact is made again, without it.
        deletes.add(change(PlannedChange.Kind.REPLACE, h, want.fingerprint()));
        continue;
      }
      if (!want.fingerprint().equals(h.fingerprint())) {
        updates.add(change(PlannedChange.Kind.UPDATE, h, want.fingerprint()));
      }
      if (want.wantsPhoto() && !want.photoTag().equals(h.photoTag())) {
        updates.add(change(PlannedChange.Kind.PHOTO, h, want.photoTag()));
      }
    }
    desired.forEach(
        (id, w) -> {
          if (!present.contains(id)) {
            creates.add(
                new PlannedChange(PlannedChange.Kind.CREATE, id, null, null, w.fingerprint()));
          }
        });
    Comparator<PlannedChange> bySource =
        Comparator.comparing(PlannedChange::sourceId).thenComparing(PlannedChange::kind);
    deletes.sort(bySource);
    updates.sort(bySource);
    creates.sort(bySource);
    List<PlannedChange> all = new ArrayList<>(deletes);
    all.addAll(updates);
    all.addAll(creates);
    return all;
  }

  /** The source has no photo any more, but the contact still carries the one CYNC put there. */
  private static boolean photoGone(Wanted want, Held h) {
    return Wanted.NO_PHOTO.equals(want.photoTag())
        && h.photoTag() != null
        && !Objects.equals(h.photoTag(), Wanted.NO_PHOTO);
  }

  private static PlannedChange change(PlannedChange.Kind kind, Held h, String desired) {
    return new PlannedChange(kind, h.sourceId(), h.contactId(), h.fingerprint(), desired);
  }
}
