package org.cync.mailbox;

import java.util.ArrayList;
import java.util.List;

/**
 * What one chunk of a mailbox's writes applied, gathered in memory and recorded by {@link
 * MailboxRecords#apply} in one call. One container call per chunk instead of one per contact: each
 * call through the EJB proxy runs the container's interceptor chain (and, in Payara 7, throws and
 * catches an exception inside it), which cost more CPU than the row itself.
 */
public final class ChunkRecords {
  enum Kind {
    CREATED,
    WRITTEN,
    PHOTO,
    GONE
  }

  record Entry(Kind kind, String sourceId, String contactId, String value) {}

  private final List<Entry> entries = new ArrayList<>();

  /** A contact CYNC just created (see {@link MailboxRecords#created}). */
  public void created(String sourceId, String contactId, String fingerprint) {
    entries.add(new Entry(Kind.CREATED, sourceId, contactId, fingerprint));
  }

  /** A contact CYNC adopted or updated (see {@link MailboxRecords#written}). */
  public void written(String sourceId, String contactId, String fingerprint) {
    entries.add(new Entry(Kind.WRITTEN, sourceId, contactId, fingerprint));
  }

  /** The photo CYNC just put on a contact (see {@link MailboxRecords#photo}). */
  public void photo(String sourceId, String photoTag) {
    entries.add(new Entry(Kind.PHOTO, sourceId, null, photoTag));
  }

  /** The contact is no longer in the mailbox (see {@link MailboxRecords#gone}). */
  public void gone(String sourceId) {
    entries.add(new Entry(Kind.GONE, sourceId, null, null));
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** In the order they were added: a contact gone and then created again ends up created. */
  List<Entry> entries() {
    return List.copyOf(entries);
  }
}
