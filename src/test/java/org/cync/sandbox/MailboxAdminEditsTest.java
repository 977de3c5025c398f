package org.cync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonObject;
import java.util.List;
import org.cync.sandbox.mailbox.Mailbox;
import org.cync.sandbox.mailbox.MailboxAdmin;
import org.cync.sandbox.mailbox.MailboxStore;
import org.cync.sandbox.tenant.Directory;
import org.junit.jupiter.api.Test;

/** The admin's stand-ins for a user's edits in Outlook, and emptying one mailbox. */
class MailboxAdminEditsTest {
  final MailboxStore store =
      new MailboxStore(new Directory("t", "d", java.time.Clock.systemUTC()), "http://x/v1.0");
  final String user = "0b6e3f4a-1111-4222-8333-444455556666";

  static JsonObject contact(String name) {
    JsonObject o = new JsonObject();
    o.addProperty("displayName", name);
    o.addProperty("jobTitle", "Old");
    return o;
  }

  @Test
  void renameDeleteEditAndDrop() {
    Mailbox m = store.mailbox(user);
    String folder = MailboxAdmin.createFolder(m, "Company Directory");
    List<String> ids =
        MailboxAdmin.createContacts(m, folder, List.of(contact("A"), contact("B")), 0);
    MailboxAdmin.renameFolder(m, folder, "Kollegen");
    assertEquals(
        "Kollegen",
        MailboxAdmin.folders(m).get(1).getAsJsonObject().get("displayName").getAsString());

    JsonObject edit = new JsonObject();
    edit.addProperty("jobTitle", "New");
    MailboxAdmin.patchContact(m, ids.get(0), edit, 1);
    var stored =
        MailboxAdmin.contacts(m, folder).get(0).getAsJsonObject().getAsJsonObject("stored");
    assertEquals("New", stored.get("jobTitle").getAsString());
    assertEquals("A", stored.get("displayName").getAsString());

    MailboxAdmin.deleteContact(m, ids.get(1));
    assertEquals(1, MailboxAdmin.contacts(m, folder).size());

    MailboxAdmin.deleteFolder(m, folder);
    assertNull(MailboxAdmin.contacts(m, folder));
    assertEquals(0, m.contactCount());

    store.drop(user);
    Mailbox fresh = store.mailbox(user);
    assertNotSame(m, fresh);
    assertEquals(folder, MailboxAdmin.createFolder(fresh, "Company Directory"), "IDs start again");
  }
}
