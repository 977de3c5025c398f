package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.cync.contacts.DesiredContact;
import org.cync.directory.DirectoryUser;
import org.junit.jupiter.api.Test;

class ContactMappingProcessorTest {
  private final ContactMappingProcessor processor = new ContactMappingProcessor();

  @Test
  void anEnabledUserBecomesAContactWithTheSameIdNameAndMail() {
    DesiredContact contact =
        processor.processItem(new DirectoryUser("id-1", "Zoë Müller", "zoe@contoso.example", true));
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
    String base = processor.processItem(new DirectoryUser("id", "A B", "a@x", true)).fingerprint();
    assertEquals(
        base, processor.processItem(new DirectoryUser("id", "A B", "a@x", true)).fingerprint());
    assertNotEquals(
        base, processor.processItem(new DirectoryUser("id", "A C", "a@x", true)).fingerprint());
    assertNotEquals(
        base, processor.processItem(new DirectoryUser("id", "A B", null, true)).fingerprint());
    // Field boundaries count: ("ab","c") is not ("a","bc").
    assertNotEquals(
        ContactMappingProcessor.fingerprint("ab", "c"),
        ContactMappingProcessor.fingerprint("a", "bc"));
  }
}
