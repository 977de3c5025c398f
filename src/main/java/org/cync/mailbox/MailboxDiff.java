package org.cync.mailbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes that bring one mailbox from what CYNC holds there to what it should hold, matched by
 * source object ID only. Deletes come first (a mailbox near its limits gets room), then updates,
 * then creates, each in source ID order so a run is repeatable. Pure.
 */
public final class MailboxDiff {
  private MailboxDiff() {}

  /** What CYNC holds in the mailbox for one source user. */
  public record Held(String sourceId, String contactId, String fingerprint) {}

  /**
   * @param desired source ID → desired fingerprint; empty when the mailbox is no longer a target
   */
  public static List<PlannedChange> of(Map<String, String> desired, Collection<Held> held) {
    List<PlannedChange> deletes = new ArrayList<>();
    List<PlannedChange> updates = new ArrayList<>();
    List<PlannedChange> creates = new ArrayList<>();
    Set<String> present = new HashSet<>();
    for (Held h : held) {
      String want = desired.get(h.sourceId());
      if (want == null) {
        deletes.add(
            new PlannedChange(
                PlannedChange.Kind.DELETE, h.sourceId(), h.contactId(), h.fingerprint(), null));
        continue;
      }
      present.add(h.sourceId());
      if (!want.equals(h.fingerprint())) {
        updates.add(
            new PlannedChange(
                PlannedChange.Kind.UPDATE, h.sourceId(), h.contactId(), h.fingerprint(), want));
      }
    }
    desired.forEach(
        (id, fp) -> {
          if (!present.contains(id)) {
            creates.add(new PlannedChange(PlannedChange.Kind.CREATE, id, null, null, fp));
          }
        });
    Comparator<PlannedChange> bySource = Comparator.comparing(PlannedChange::sourceId);
    deletes.sort(bySource);
    updates.sort(bySource);
    creates.sort(bySource);
    List<PlannedChange> all = new ArrayList<>(deletes);
    all.addAll(updates);
    all.addAll(creates);
    return all;
  }
}
