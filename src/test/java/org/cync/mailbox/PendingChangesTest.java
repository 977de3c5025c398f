package org.cync.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.cync.contacts.ContactCard;
import org.cync.contacts.ContactFields;
import org.cync.contacts.ContactMapper;
import org.cync.contacts.DesiredContacts;
import org.cync.directory.SourceUser;
import org.cync.mailbox.PlannedChange.Kind;
import org.cync.settings.MappingOptions;
import org.junit.jupiter.api.Test;

class PendingChangesTest {
  static ContactCard card(String title) {
    SourceUser u =
        new SourceUser(
            "zoe",
            "Zoë Berg",
            "Zoë",
            "Berg",
            "zoe@contoso.com",
            "zoe@contoso.com",
            List.of(),
            List.of(),
            null,
            title,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            true,
            "Member",
            null);
    return ContactMapper.map(u, MappingOptions.defaults(), id -> null);
  }

  @Test
  void anUpdateListsTheFieldsThatChangedSinceTheHeldVersionAndADeleteNamesTheUser() {
    ContactCard before = card("Engineer");
    ContactCard after = card("Lead Engineer");
    Map<String, DesiredContacts.Versions> versions =
        Map.of("zoe", new DesiredContacts.Versions(after, before, before.fingerprint()));
    List<PendingChanges.Row> rows =
        PendingChanges.of(
            List.of(
                new PlannedChange(
                    Kind.UPDATE, "zoe", "c1", before.fingerprint(), after.fingerprint()),
                new PlannedChange(Kind.DELETE, "max", "c2", "f", null)),
            versions,
            id -> id.equals("max") ? "Max Mustermann" : null,
            id -> DeletionReason.USER_DISABLED.note());
    assertEquals(List.of(ContactFields.JOB_TITLE), rows.get(0).fields());
    assertEquals("Zoë Berg", rows.get(0).displayName());
    assertNull(rows.get(0).note());
    assertEquals("DELETE", rows.get(1).kind());
    assertEquals("Max Mustermann", rows.get(1).displayName());
    assertEquals("The user was disabled.", rows.get(1).note(), "the Why of a deletion");
  }

  @Test
  void anUnknownHeldVersionMeansEveryFieldAndAPhotoChangeIsAnUpdateOfThePhoto() {
    ContactCard after = card("Lead Engineer");
    Map<String, DesiredContacts.Versions> versions =
        Map.of("zoe", new DesiredContacts.Versions(after, null, null));
    List<PendingChanges.Row> rows =
        PendingChanges.of(
            List.of(
                new PlannedChange(Kind.UPDATE, "zoe", "c1", null, after.fingerprint()),
                new PlannedChange(Kind.PHOTO, "zoe", "c1", null, "etag")),
            versions,
            id -> null);
    assertEquals(ContactFields.ALL, rows.get(0).fields());
    assertEquals(List.of("photo"), rows.get(1).fields());
    assertEquals("UPDATE", rows.get(1).kind());
  }
}
