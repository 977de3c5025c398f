package org.cync.mailbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Squares what CYNC has recorded for a mailbox with what a scan found in its folder: contacts of
 * ours that were created but not recorded (a crash, a lost answer) are adopted, copies of ours are
 * discarded, recorded contacts that vanished (deleted by the user) or whose ID now names another
 * contact are forgotten so they are created again. Contacts without a marker are never touched.
 * Pure.
 */
public final class ScanReconciler {
  private ScanReconciler() {}

  /**
   * @param record source ID → contact ID to record with an unknown version (PATCHed whole next)
   * @param forget source IDs whose recorded contact is gone
   * @param discard contact IDs to delete: second copies of a contact of ours
   * @param mark contact ID → source ID of adopted contacts of the original product (get our marker)
   */
  public record Outcome(
      Map<String, String> record,
      Set<String> forget,
      List<String> discard,
      Map<String, String> mark) {
    public boolean isEmpty() {
      return record.isEmpty() && forget.isEmpty() && discard.isEmpty() && mark.isEmpty();
    }
  }

  /**
   * @param drifted for a full reconcile: whether a contact's fields differ from the wanted ones
   *     (then it is recorded with an unknown version, so it is PATCHed whole); else never
   */
  public static Outcome of(
      List<ContactScan.Found> found,
      List<MailboxDiff.Held> held,
      boolean adoptOriginal,
      Predicate<ContactScan.Found> drifted) {
    Map<String, String> heldBySource = new HashMap<>();
    held.forEach(h -> heldBySource.put(h.sourceId(), h.contactId()));
    Map<String, ContactScan.Found> foundById = new HashMap<>();
    found.forEach(f -> foundById.put(f.contactId(), f));
    Map<String, String> owner = new HashMap<>(); // source ID → the contact kept for it
    // A recorded contact counts only if the folder still holds it with our marker for the same
    // source: a mailbox restored, moved or emptied and filled again may reuse the ID for another
    // contact, and the record would then claim a contact that is not there.
    heldBySource.forEach(
        (source, contact) -> {
          ContactScan.Found f = foundById.get(contact);
          if (f != null
              && (source.equals(f.ourSourceId())
                  || (adoptOriginal
                      && f.ourSourceId() == null
                      && source.equals(f.adoptableSourceId())))) {
            owner.put(source, contact);
          }
        });
    Map<String, String> record = new HashMap<>();
    List<String> discard = new ArrayList<>();
    Map<String, String> mark = new HashMap<>();
    for (ContactScan.Found f : found) {
      String source = f.ourSourceId();
      boolean original = source == null && adoptOriginal && f.adoptableSourceId() != null;
      if (original) {
        source = f.adoptableSourceId();
      }
      if (source == null) {
        continue; // not ours: never touched
      }
      String kept = owner.get(source);
      if (kept == null) {
        owner.put(source, f.contactId());
        record.put(source, f.contactId());
        if (original) {
          mark.put(f.contactId(), source);
        }
      } else if (!kept.equals(f.contactId())) {
        discard.add(f.contactId());
      } else if (drifted.test(f)) {
        record.put(source, f.contactId());
      }
    }
    Set<String> forget = new HashSet<>();
    heldBySource.forEach(
        (source, contact) -> {
          if (!owner.containsKey(source)) {
            forget.add(source);
          }
        });
    return new Outcome(record, forget, discard, mark);
  }
}
