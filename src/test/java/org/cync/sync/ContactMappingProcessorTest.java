package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.cync.contacts.DesiredContact;
import org.cync.directory.DirectoryUser;
import org.cync.directory.SourceUser;
import org.junit.jupiter.api.Test;

class ContactMappingProcessorTest {
  private final ContactMappingProcessor processor = new ContactMappingProcessor();

  private DesiredContact sample(DirectoryUser u) {
    return (DesiredContact) processor.processItem(u);
  }

  @Test
  void anEnabledUserBecomesAContactWithTheSameIdNameAndMail() {
    DesiredContact contact =
        sample(new DirectoryUser("id-1", "Zoë Müller", "zoe@contoso.example", true));
    assertEquals("id-1", contact.sourceId());
    assertEquals("Zoë Müller", contact.displayName());
    assertEquals("zoe@contoso.example", contact.mail());
    assertEquals(64, contact.fingerprint().length());
  }

  @Test
  void aDisabledUserIsFilteredOut() {
    assertNull(processor.processItem(new DirectoryUser("id-1", "A", "a@x", false)));
  }

  @Test
  void theFingerprintChangesExactlyWhenASyncedFieldChanges() {
    String base = sample(new DirectoryUser("id", "A B", "a@x", true)).fingerprint();
    assertEquals(base, sample(new DirectoryUser("id", "A B", "a@x", true)).fingerprint());
    assertNotEquals(base, sample(new DirectoryUser("id", "A C", "a@x", true)).fingerprint());
    assertNotEquals(base, sample(new DirectoryUser("id", "A B", null, true)).fingerprint());
    // Field boundaries count: ("ab","c") is not ("a","bc").
    assertNotEquals(
        ContactMappingProcessor.fingerprint("ab", "c"),
        ContactMappingProcessor.fingerprint("a", "bc"));
  }

  static SourceUser graphUser(String id, boolean enabled, String userType, String removed) {
    return new SourceUser(
        id,
        "Zoë Ångström",
        "Zoë",
        "Ångström",
        "zoe@contoso.example",
        "zoe@contoso.example",
        List.of(),
        List.of("+1 555 0100"),
        null,
        "Engineer",
        "R&D",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        enabled,
        userType,
        removed);
  }

  @Test
  void aGraphUserBecomesAContactCard() {
    Object out = processor.processItem(graphUser("u1", true, "Member", null));
    SnapshotChange.Upsert upsert = assertInstanceOf(SnapshotChange.Upsert.class, out);
    assertEquals("u1", upsert.card().sourceId());
    assertEquals("Zoë Ångström", upsert.card().displayName());
    assertEquals("R&D", upsert.card().department());
  }

  @Test
  void filteredOutAndRemovedUsersBecomeRemovalsWithTheReason() {
    assertEquals(
        new SnapshotChange.Remove("u1", "disabled"),
        processor.processItem(graphUser("u1", false, "Member", null)));
    assertEquals(
        new SnapshotChange.Remove("u2", "guest"),
        processor.processItem(graphUser("u2", true, "Guest", null)));
    assertEquals(
        new SnapshotChange.Remove("u3", "removed from the directory"),
        processor.processItem(SourceUser.removed("u3", "deleted")));
  }

  @Test
  void theRoundEndPassesThrough() {
    RoundEnd end = new RoundEnd("https://graph/delta?token=1", true);
    assertEquals(end, processor.processItem(end));
  }
}
