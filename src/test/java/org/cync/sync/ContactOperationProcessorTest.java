package org.cync.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cync.contacts.ContactCard;
import org.cync.contacts.ContactFields;
import org.cync.contacts.ContactMapper;
import org.cync.contacts.DesiredContacts;
import org.cync.graphbatch.ContactOperation;
import org.cync.mailbox.PlannedChange;
import org.cync.mailbox.PlannedChange.Kind;
import org.cync.settings.MappingOptions;
import org.junit.jupiter.api.Test;

class ContactOperationProcessorTest {
  static final ContactCard OLD =
      ContactMapper.map(
          DesiredStateTest.user("zoe", "Zoë Old", "R&D", null, "Member"),
          MappingOptions.defaults(),
          id -> null);
  static final ContactCard NEW =
      ContactMapper.map(
          DesiredStateTest.user("zoe", "Zoë New", null, null, "Member"),
          MappingOptions.defaults(),
          id -> null);

  static MailboxWriteItem process(PlannedChange c, DesiredContacts.Versions v) {
    return ContactOperationProcessor.operation(new MailboxItem("mbx", "fld", c, v));
  }

  @Test
  void aCreateCarriesTheContactAndOurMarkerInOneRequest() {
    MailboxWriteItem w =
        process(
            new PlannedChange(Kind.CREATE, "zoe", null, null, NEW.fingerprint()),
            new DesiredContacts.Versions(NEW, null, null));
    ContactOperation op = w.operation();
    assertEquals(ContactOperation.Kind.CREATE, op.kind());
    assertEquals("Zoë New", op.body().get("displayName"));
    List<?> extensions = (List<?>) op.body().get("extensions");
    assertEquals("zoe", ((Map<?, ?>) extensions.get(0)).get("sourceId"));
  }

  @Test
  void anUpdateFromThePreviousVersionPatchesOnlyWhatChangedAndClearsWithNull() {
    MailboxWriteItem w =
        process(
            new PlannedChange(Kind.UPDATE, "zoe", "c1", OLD.fingerprint(), NEW.fingerprint()),
            new DesiredContacts.Versions(NEW, OLD, OLD.fingerprint()));
    Map<String, Object> body = w.operation().body();
    assertEquals(
        java.util.Set.of("displayName", "fileAs", "emailAddresses", "department"),
        body.keySet(),
        "the name shows in three properties; nothing else changed");
    assertEquals("Zoë New", body.get("displayName"));
    assertTrue(body.get("department") == null, "a cleared field is sent as null: " + body);
    assertEquals("c1", w.operation().contactId());
  }

  @Test
  void anUpdateFromAnUnknownVersionSendsEverySyncedField() {
    MailboxWriteItem w =
        process(
            new PlannedChange(Kind.UPDATE, "zoe", "c1", null, NEW.fingerprint()),
            new DesiredContacts.Versions(NEW, OLD, OLD.fingerprint()));
    assertEquals(ContactFields.ALL.size(), w.operation().body().size());
  }

  @Test
  void deletesAndDiscardsDeleteByIdAndAContactNoLongerWantedIsSkipped() {
    assertEquals(
        ContactOperation.Kind.DELETE,
        process(new PlannedChange(Kind.DISCARD, "", "dup", null, null), null).operation().kind());
    assertEquals(
        "c9",
        process(new PlannedChange(Kind.DELETE, "x", "c9", "f", null), null)
            .operation()
            .contactId());
    assertNull(process(new PlannedChange(Kind.CREATE, "gone", null, null, "f"), null));
    MailboxWriteItem mark = process(new PlannedChange(Kind.MARK, "s9", "orig", null, null), null);
    assertEquals(ContactOperation.Kind.MARK, mark.operation().kind());
  }

  @Test
  void aPhotoIsPutOnItsOwnAndAReplacementDeletesTheContact() {
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8};
    MailboxWriteItem photo =
        ContactOperationProcessor.operation(
            new MailboxItem(
                "mbx", "fld", new PlannedChange(Kind.PHOTO, "zoe", "c1", "f", "e2"), null, jpeg));
    assertEquals(ContactOperation.Kind.PHOTO, photo.operation().kind());
    assertEquals("c1", photo.operation().contactId());
    assertEquals(jpeg, photo.operation().jpeg());
    assertNull(photo.operation().body());
    assertNull(
        ContactOperationProcessor.operation(
            new MailboxItem(
                "mbx", "fld", new PlannedChange(Kind.PHOTO, "zoe", "c1", "f", "e2"), null, null)),
        "a photo no longer held (changed again since the plan) is not put");
    MailboxWriteItem replace =
        process(new PlannedChange(Kind.REPLACE, "zoe", "c1", "f", "f"), null);
    assertEquals(ContactOperation.Kind.DELETE, replace.operation().kind());
    assertEquals("c1", replace.operation().contactId());
  }
}
