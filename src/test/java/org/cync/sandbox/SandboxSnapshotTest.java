package org.cync.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cync.sandbox.mailbox.Mailbox;
import org.cync.sandbox.mailbox.MailboxAdmin;
import org.cync.sandbox.tenant.Directory;
import org.cync.sandbox.tenant.DirectoryGroup;
import org.junit.jupiter.api.Test;

/** A saved simulated tenant comes back as it was: users, groups, apps, contacts per mailbox. */
class SandboxSnapshotTest {

  @Test
  void saveThenRestoreKeepsUsersGroupsAppsAndContacts() {
    try (GraphSandbox a = GraphSandbox.builder().seed(7).users(30).build()) {
      Directory d = a.directory();
      String anna = d.read(() -> d.allUsers().iterator().next().id());
      d.update(anna, Map.of("mobilePhone", new JsonPrimitive("+49 160 1234567")));
      d.setPhoto(anna, new byte[] {1, 2, 3});
      String gone = d.read(() -> d.allUsers().stream().skip(1).findFirst().orElseThrow().id());
      d.softDelete(gone);
      DirectoryGroup g =
          d.read(
              () ->
                  d.groups().stream()
                      .filter(x -> x.members().size() > 1)
                      .findFirst()
                      .orElseThrow());
      d.removeMember(g.id(), g.members().get(0));
      a.registerApp("11111111-2222-3333-4444-555555555555", null, "User.Read.All");
      Mailbox m = a.mailboxes().mailbox(anna);
      String folder = MailboxAdmin.createFolder(m, "CYNC");
      JsonObject c = new JsonObject();
      c.addProperty("displayName", "Ben");
      c.addProperty("fileAs", "Ben, B");
      List<String> ids = MailboxAdmin.createContacts(m, folder, List.of(c), 0);
      long revision = a.revision();

      byte[] saved = a.snapshot();
      try (GraphSandbox b = GraphSandbox.builder().seed(99).users(2).restore(saved).build()) {
        Directory e = b.directory();
        assertEquals(d.tenantId(), e.tenantId());
        assertEquals(d.sequence(), e.sequence(), "delta tokens stay meaningful");
        assertEquals("+49 160 1234567", e.read(() -> e.user(anna).string("mobilePhone")));
        assertArrayEquals(new byte[] {1, 2, 3}, e.read(() -> e.anyUser(anna).photo()));
        assertTrue(e.read(() -> e.anyUser(gone).deleted()));
        assertEquals(d.read(() -> d.allUsers().size()), e.read(() -> e.allUsers().size()));
        assertEquals(g.members(), e.read(() -> e.group(g.id()).members()));
        assertEquals(
            List.of("User.Read.All"),
            List.copyOf(b.apps().find("11111111-2222-3333-4444-555555555555").roles()));
        JsonArray back = MailboxAdmin.contacts(b.mailboxes().mailbox(anna), folder);
        assertEquals(1, back.size());
        JsonObject only = back.get(0).getAsJsonObject();
        assertEquals(ids.get(0), only.get("id").getAsString(), "item IDs stay the same");
        assertEquals("Ben, B", only.getAsJsonObject("stored").get("fileAs").getAsString());
        assertArrayEquals(saved, b.snapshot(), "a second save writes the same");
      }
      d.update(anna, Map.of("jobTitle", new JsonPrimitive("Boss")));
      assertFalse(revision == a.revision(), "a change moves the revision a saver watches");
    }
  }

  @Test
  void aCorruptSnapshotIsRefusedWithAReason() {
    var builder =
        GraphSandbox.builder().restore("{\"version\":1}".getBytes(StandardCharsets.UTF_8));
    assertThrows(IllegalArgumentException.class, builder::build);
    var garbage = GraphSandbox.builder().restore(new byte[] {0, 1, 2});
    assertThrows(IllegalArgumentException.class, garbage::build);
  }
}
