package org.cync.sandbox.mailbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw views and direct writes for the admin API and benchmarks, bypassing Graph (no throttling, no
 * permissions): folders and contacts as stored, bulk contact creation.
 */
public final class MailboxAdmin {
  private MailboxAdmin() {}

  public static JsonArray folders(Mailbox m) {
    synchronized (m) {
      JsonArray a = new JsonArray();
      for (ContactFolder f : m.folders.values()) {
        JsonObject o = new JsonObject();
        o.addProperty("id", m.folderId(f.number));
        o.addProperty("displayName", f.displayName);
        o.addProperty("parentFolderId", m.folderId(f.parent));
        o.addProperty("isDefault", f.number == Mailbox.DEFAULT_FOLDER);
        o.addProperty("contacts", f.items.size());
        a.add(o);
      }
      return a;
    }
  }

  /** Contacts of a folder ("default" = the default Contacts folder), stored form plus identity. */
  public static JsonArray contacts(Mailbox m, String folderId) {
    synchronized (m) {
      long n =
          "default".equalsIgnoreCase(folderId)
              ? Mailbox.DEFAULT_FOLDER
              : m.number(folderId, ItemIds.FOLDER);
      ContactFolder f = m.folders.get(n);
      JsonArray a = new JsonArray();
      if (f == null) {
        return null;
      }
      for (StoredContact c : f.items.values()) {
        JsonObject o = new JsonObject();
        o.addProperty("id", m.contactId(c.number));
        o.addProperty("changeKey", ItemIds.changeKey(m.key, c.number, c.version));
        o.addProperty("version", c.version);
        o.addProperty("hasPhoto", c.photo != null);
        if (c.photo != null) {
          o.addProperty("photoHash", String.format("%08X", java.util.Arrays.hashCode(c.photo)));
        }
        o.add("stored", m.data(c));
        a.add(o);
      }
      return a;
    }
  }

  /** Creates a folder under the default Contacts folder, returning its ID. */
  public static String createFolder(Mailbox m, String name) {
    synchronized (m) {
      ContactFolder f = new ContactFolder(m.nextNumber++, name, Mailbox.DEFAULT_FOLDER);
      m.folders.put(f.number, f);
      return m.folderId(f.number);
    }
  }

  /** Creates contacts directly (benchmarks, seeding); returns their IDs. */
  public static List<String> createContacts(
      Mailbox m, String folderId, List<JsonObject> bodies, long now) {
    synchronized (m) {
      long n = folderId == null ? Mailbox.DEFAULT_FOLDER : m.number(folderId, ItemIds.FOLDER);
      ContactFolder f = m.folders.get(n);
      List<String> ids = new ArrayList<>();
      for (JsonObject b : bodies) {
        ids.add(m.contactId(ContactOps.create(m, f, b, now).contact().number));
      }
      return ids;
    }
  }

  /** Renames a folder as a user does in Outlook (no uniqueness check: the caller chooses names). */
  public static void renameFolder(Mailbox m, String folderId, String name) {
    synchronized (m) {
      m.folders.get(m.number(folderId, ItemIds.FOLDER)).displayName = name;
    }
  }

  /** Deletes a folder with its subfolders and contacts, as a user does in Outlook. */
  public static void deleteFolder(Mailbox m, String folderId) {
    synchronized (m) {
      ContactFolder f = m.folders.get(m.number(folderId, ItemIds.FOLDER));
      if (f == null || f.number == Mailbox.DEFAULT_FOLDER) {
        throw new IllegalArgumentException("no folder to delete: " + folderId);
      }
      removeFolder(m, f);
    }
  }

  private static void removeFolder(Mailbox m, ContactFolder f) {
    for (ContactFolder child : m.children(f.number)) {
      removeFolder(m, child);
    }
    for (StoredContact c : new ArrayList<>(f.items.values())) {
      m.contacts.remove(c.number);
      m.index.remove(c.number, m.data(c));
    }
    m.folders.remove(f.number);
  }

  /** Deletes one contact, as a user does in Outlook. */
  public static void deleteContact(Mailbox m, String contactId) {
    synchronized (m) {
      ContactOps.delete(m, m.contacts.get(m.number(contactId, ItemIds.CONTACT)));
    }
  }

  /** Changes the given properties of one contact, as a user's edit in Outlook does. */
  public static void patchContact(Mailbox m, String contactId, JsonObject body, long now) {
    synchronized (m) {
      ContactOps.patch(m, m.contacts.get(m.number(contactId, ItemIds.CONTACT)), body, now);
    }
  }

  /** A contact's photo as stored (JPEG), or null when it has none or is not there. */
  public static byte[] photo(Mailbox m, String contactId) {
    synchronized (m) {
      StoredContact c = m.contacts.get(m.number(contactId, ItemIds.CONTACT));
      return c == null ? null : c.photo;
    }
  }
}
