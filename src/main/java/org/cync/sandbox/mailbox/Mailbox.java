package org.cync.sandbox.mailbox;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One user's mailbox: the folder tree under the default Contacts folder and all contacts. All
 * access synchronizes on the mailbox, so mailboxes work in parallel and each stays consistent.
 */
public final class Mailbox {
  static final long ROOT = 0;
  static final long DEFAULT_FOLDER = 1;
  final String userId;
  final String odataBase;
  final UUID key;
  final Map<Long, ContactFolder> folders = new LinkedHashMap<>();
  final Map<Long, StoredContact> contacts = new HashMap<>();
  final ContactIndex index = new ContactIndex();
  long nextNumber = 2;
  long seq;
  long contactParses;
  int deltaEpoch;
  volatile boolean unavailable;
  volatile boolean denied;

  Mailbox(String userId, String odataBase) {
    this.userId = userId;
    this.odataBase = odataBase;
    this.key = UUID.fromString(userId);
    folders.put(DEFAULT_FOLDER, new ContactFolder(DEFAULT_FOLDER, "Contacts", ROOT));
  }

  public String userId() {
    return userId;
  }

  String id(byte kind, long number) {
    return ItemIds.encode(key, kind, number);
  }

  String folderId(long number) {
    return id(ItemIds.FOLDER, number);
  }

  String contactId(long number) {
    return id(ItemIds.CONTACT, number);
  }

  /** Resolves an ID of the given kind in this mailbox; -1 = malformed, 0 = not ours / unknown. */
  long number(String id, byte kind) {
    ItemIds.Decoded d = ItemIds.decode(id);
    if (d == null) {
      return -1;
    }
    return d.kind() == kind && d.mailbox().equals(key) ? d.number() : 0;
  }

  List<ContactFolder> children(long parent) {
    List<ContactFolder> out = new ArrayList<>();
    for (ContactFolder f : folders.values()) {
      if (f.parent == parent && f.number != DEFAULT_FOLDER) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * A contact's stored properties, parsed from its JSON blob (a fresh tree the caller may change).
   * Parsing is the costly step of most reads, so each request parses a contact at most once.
   */
  JsonObject data(StoredContact c) {
    contactParses++;
    return c.data();
  }

  /** How often contacts were parsed (the benchmark's main per-read cost; tests pin it down). */
  public synchronized long contactParses() {
    return contactParses;
  }

  public synchronized int contactCount() {
    return contacts.size();
  }

  public synchronized int folderCount() {
    return folders.size();
  }

  /** Makes every delta token of this mailbox invalid (Outlook evicted its sync state). */
  public synchronized void evictDeltaTokens() {
    deltaEpoch++;
  }

  public void setUnavailable(boolean unavailable) {
    this.unavailable = unavailable;
  }

  public boolean unavailable() {
    return unavailable;
  }

  /**
   * Exchange refuses this app access to the mailbox (an application access policy excludes it):
   * every request to it answers 403 ErrorAccessDenied, as Graph does.
   */
  public void setDenied(boolean denied) {
    this.denied = denied;
  }

  public boolean denied() {
    return denied;
  }
}
