package org.cync.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cync.contacts.Wanted;
import org.cync.mailbox.PlannedChange.Kind;
import org.junit.jupiter.api.Test;

class MailboxDiffTest {

  @Test
  void createsWhatIsMissingUpdatesWhatDiffersDeletesWhatIsNoLongerWanted() {
    List<PlannedChange> changes =
        MailboxDiff.of(
            cards(Map.of("a", "fa", "b", "fb2", "c", "fc", "e", "fe")),
            List.of(
                new MailboxDiff.Held("b", "cb", "fb1"),
                new MailboxDiff.Held("c", "cc", "fc"),
                new MailboxDiff.Held("d", "cd", "fd"),
                new MailboxDiff.Held("e", "ce", null)));
    assertEquals(
        List.of(
            new PlannedChange(Kind.DELETE, "d", "cd", "fd", null),
            new PlannedChange(Kind.UPDATE, "b", "cb", "fb1", "fb2"),
            new PlannedChange(Kind.UPDATE, "e", "ce", null, "fe"),
            new PlannedChange(Kind.CREATE, "a", null, null, "fa")),
        changes,
        "deletes first, then updates (an unknown version too), then creates; c is up to date");
  }

  @Test
  void aMailboxThatIsNoLongerATargetLosesEveryContactOfOursAndNothingElse() {
    List<PlannedChange> changes =
        MailboxDiff.of(
            Map.of(),
            List.of(new MailboxDiff.Held("x", "cx", "f"), new MailboxDiff.Held("y", "cy", "f")));
    assertEquals(2, changes.size());
    assertTrue(changes.stream().allMatch(c -> c.kind() == Kind.DELETE));
  }

  @Test
  void nothingToDoIsAnEmptyList() {
    assertEquals(
        List.of(),
        MailboxDiff.of(cards(Map.of("a", "f")), List.of(new MailboxDiff.Held("a", "c", "f"))));
  }

  @Test
  void aNewOrChangedPhotoIsPutAndAnUnchangedOneIsNot() {
    List<PlannedChange> changes =
        MailboxDiff.of(
            Map.of(
                "a", new Wanted("fa", "e2"),
                "b", new Wanted("fb2", "e1"),
                "c", new Wanted("fc", "e1"),
                "n", new Wanted("fn", "e1")),
            List.of(
                new MailboxDiff.Held("a", "ca", "fa", "e1"),
                new MailboxDiff.Held("b", "cb", "fb1", null),
                new MailboxDiff.Held("c", "cc", "fc", "e1")));
    assertEquals(
        List.of(
            new PlannedChange(Kind.PHOTO, "a", "ca", "fa", "e2"),
            new PlannedChange(Kind.UPDATE, "b", "cb", "fb1", "fb2"),
            new PlannedChange(Kind.PHOTO, "b", "cb", "fb1", "e1"),
            new PlannedChange(Kind.CREATE, "n", null, null, "fn")),
        changes,
        "a's photo changed, b's card changed and its photo was never put; the new contact n gets"
            + " its photo in a later pass, once it has an ID");
  }

  @Test
  void aPhotoTheSourceNoLongerHasIsRemovedByMakingTheContactAgain() {
    List<PlannedChange> changes =
        MailboxDiff.of(
            Map.of("a", new Wanted("fa", Wanted.NO_PHOTO), "b", new Wanted("fb", Wanted.NO_PHOTO)),
            List.of(
                new MailboxDiff.Held("a", "ca", "fa", "e1"),
                new MailboxDiff.Held("b", "cb", "fb", null)));
    assertEquals(List.of(new PlannedChange(Kind.REPLACE, "a", "ca", "fa", "fa")), changes);
  }

  @Test
  void withPhotosOffAPhotoAlreadyThereStays() {
    assertEquals(
        List.of(),
        MailboxDiff.of(
            Map.of("a", new Wanted("fa", null)),
            List.of(new MailboxDiff.Held("a", "ca", "fa", "e1"))));
  }

  private static Map<String, Wanted> cards(Map<String, String> fingerprints) {
    Map<String, Wanted> out = new java.util.HashMap<>();
    fingerprints.forEach((id, fp) -> out.put(id, new Wanted(fp, null)));
    return out;
  }
}
