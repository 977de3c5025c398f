package org.cync.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScanReconcilerTest {
  static ContactScan.Found ours(String contact, String source) {
    return new ContactScan.Found(contact, source, null, null);
  }

  static MailboxDiff.Held held(String source, String contact) {
    return new MailboxDiff.Held(source, contact, "f-" + source);
  }

  @Test
  void aContactCreatedButNotRecordedIsAdoptedWithAnUnknownVersion() {
    ScanReconciler.Outcome out =
        ScanReconciler.of(
            List.of(ours("c1", "s1"), ours("c2", "s2")),
            List.of(held("s1", "c1")),
            false,
            f -> false);
    assertEquals(Map.of("s2", "c2"), out.record());
    assertTrue(out.discard().isEmpty() && out.forget().isEmpty() && out.mark().isEmpty());
  }

  @Test
  void aSecondCopyOfOursIsDiscardedAndTheRecordedOneKept() {
    ScanReconciler.Outcome out =
        ScanReconciler.of(
            List.of(ours("dup", "s1"), ours("c1", "s1"), ours("x", "s2"), ours("y", "s2")),
            List.of(held("s1", "c1")),
            false,
            f -> false);
    assertEquals(List.of("dup", "y"), out.discard());
    assertEquals(Map.of("s2", "x"), out.record(), "of two unrecorded copies the first is kept");
  }

  @Test
  void aRecordedContactTheUserDeletedIsForgottenSoItIsCreatedAgain() {
    ScanReconciler.Outcome out =
        ScanReconciler.of(
            List.of(ours("c2", "s2")),
            List.of(held("s1", "c1"), held("s2", "c2")),
            false,
            f -> false);
    assertEquals(Set.of("s1"), out.forget());
    assertTrue(out.record().isEmpty());
  }

  @Test
  void contactsWithoutOurMarkerAreNeverTouchedAndTheOriginalProductsOnlyWithAdoption() {
    ContactScan.Found own = new ContactScan.Found("mine", null, null, null);
    ContactScan.Found original = new ContactScan.Found("orig", null, "s9", null);
    ScanReconciler.Outcome without =
        ScanReconciler.of(List.of(own, original), List.of(), false, f -> false);
    assertTrue(without.isEmpty(), "nothing of ours here");
    ScanReconciler.Outcome with =
        ScanReconciler.of(List.of(own, original), List.of(), true, f -> false);
    assertEquals(Map.of("s9", "orig"), with.record());
    assertEquals(Map.of("orig", "s9"), with.mark(), "an adopted contact gets our marker");
    assertTrue(with.discard().isEmpty());
  }

  @Test
  void aFullReconcileRecordsEditedContactsWithAnUnknownVersion() {
    ScanReconciler.Outcome out =
        ScanReconciler.of(
            List.of(ours("c1", "s1"), ours("c2", "s2")),
            List.of(held("s1", "c1"), held("s2", "c2")),
            false,
            f -> f.contactId().equals("c2"));
    assertEquals(Map.of("s2", "c2"), out.record());
  }

  @Test
  void aRecordedIdThatNowNamesAnotherContactIsNotTakenForOurs() {
    // The mailbox was emptied and filled again: "c1" is now the user's own contact, "c2" a
    // contact of ours for another source.
    ScanReconciler.Outcome out =
        ScanReconciler.of(
            List.of(
                new ContactScan.Found("c1", null, null, null), ours("c2", "s3"), ours("c9", "s2")),
            List.of(held("s1", "c1"), held("s2", "c2")),
            false,
            f -> false);
    assertEquals(Set.of("s1"), out.forget(), "s1 holds nothing of ours any more: created again");
    assertEquals(Map.of("s3", "c2", "s2", "c9"), out.record());
    assertTrue(out.discard().isEmpty(), "the user's own contact is never touched");
  }
}
