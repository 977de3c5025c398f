package org.cync.sandbox.mailbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * All mailboxes as JSON and back: folders, contacts with their numbers (so item IDs stay the same
 * and CYNC still finds what it wrote), versions, times and photos. Tombstones are not kept, so a
 * restored folder refuses contacts delta tokens older than the save (410 syncStateNotFound, as
 * Outlook answers when it evicts sync state) and the client reads the folder again.
 */
public final class MailboxSnapshot {
  private MailboxSnapshot() {}

  public static JsonArray save(MailboxStore store) {
    JsonArray out = new JsonArray();
    List<Mailbox> all = new ArrayList<>(store.all());
    all.sort(Comparator.comparing(Mailbox::userId));
    for (Mailbox m : all) {
      synchronized (m) {
        out.add(mailbox(m));
      }
    }
    return out;
  }

  private static JsonObject mailbox(Mailbox m) {
    JsonObject o = new JsonObject();
    o.addProperty("userId", m.userId);
    o.addProperty("nextNumber", m.nextNumber);
    o.addProperty("seq", m.seq);
    o.addProperty("unavailable", m.unavailable);
    o.addProperty("denied", m.denied);
    JsonArray folders = new JsonArray();
    for (ContactFolder f : m.folders.values()) {
      JsonObject j = new JsonObject();
      j.addProperty("number", f.number);
      j.addProperty("displayName", f.displayName);
      j.addProperty("parent", f.parent);
      folders.add(j);
    }
    o.add("folders", folders);
    JsonArray contacts = new JsonArray();
    List<StoredContact> sorted = new ArrayList<>(m.contacts.values());
    sorted.sort(Comparator.comparingLong(c -> c.number));
    for (StoredContact c : sorted) {
      JsonObject j = new JsonObject();
      j.addProperty("number", c.number);
      j.addProperty("folder", c.folder);
      j.addProperty("created", c.createdMillis);
      j.addProperty("modified", c.modifiedMillis);
      j.addProperty("version", c.version);
      j.add("data", c.data());
      j.addProperty("photo", c.photo == null ? null : Base64.getEncoder().encodeToString(c.photo));
      contacts.add(j);
    }
    o.add("contacts", contacts);
    return o;
  }

  /** Fills an empty store from {@link #save}'s JSON; IllegalArgumentException when it is not. */
  public static void load(MailboxStore store, JsonArray saved) {
    try {
      for (JsonElement e : saved) {
        JsonObject o = e.getAsJsonObject();
        Mailbox m = store.mailbox(o.get("userId").getAsString());
        synchronized (m) {
          m.nextNumber = o.get("nextNumber").getAsLong();
          m.seq = o.get("seq").getAsLong();
          m.unavailable = o.get("unavailable").getAsBoolean();
          m.denied = o.get("denied").getAsBoolean();
          m.folders.clear();
          for (JsonElement fe : o.getAsJsonArray("folders")) {
            JsonObject j = fe.getAsJsonObject();
            ContactFolder f =
                new ContactFolder(
                    j.get("number").getAsLong(),
                    j.get("displayName").getAsString(),
                    j.get("parent").getAsLong());
            m.folders.put(f.number, f);
          }
          long order = 0;
          for (JsonElement ce : o.getAsJsonArray("contacts")) {
            contact(m, ce.getAsJsonObject(), ++order);
          }
          m.seq = Math.max(m.seq, order);
          for (ContactFolder f : m.folders.values()) {
            f.minValidSeq = m.seq;
          }
        }
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not saved mailboxes: " + e.getMessage(), e);
    }
  }

  private static void contact(Mailbox m, JsonObject j, long order) {
    JsonObject data = j.getAsJsonObject("data");
    StoredContact c =
        new StoredContact(
            j.get("number").getAsLong(),
            j.get("folder").getAsLong(),
            j.get("created").getAsLong(),
            data);
    c.modifiedMillis = j.get("modified").getAsLong();
    c.version = j.get("version").getAsInt();
    JsonElement photo = j.get("photo");
    c.photo =
        photo == null || photo.isJsonNull()
            ? null
            : Base64.getDecoder().decode(photo.getAsString());
    ContactFolder f = m.folders.get(c.folder);
    if (f == null) {
      throw new IllegalArgumentException("contact " + c.number + " in a missing folder");
    }
    m.contacts.put(c.number, c);
    f.items.put(c.number, c);
    m.index.add(c.number, data);
    f.touch(c, order); // at most m.seq: a full read (delta from 0) finds every contact
  }

  /** A number that changes whenever a contact or folder of any mailbox changed. */
  public static long revision(MailboxStore store) {
    long r = 0;
    for (Mailbox m : store.all()) {
      synchronized (m) {
        r +=
            m.seq
                + m.nextNumber
                + m.folders.size() * 31L
                + (m.unavailable ? 7 : 0)
                + (m.denied ? 13 : 0);
      }
    }
    return r;
  }
}
