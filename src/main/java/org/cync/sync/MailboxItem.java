package org.cync.sync;

import org.cync.contacts.DesiredContacts;
import org.cync.mailbox.PlannedChange;

/**
 * One change for one mailbox as the reader hands it to the processor.
 *
 * @param change null for the end of a pass
 * @param versions the wanted card and the one before it (null for deletes)
 * @param jpeg for a PHOTO change, the photo (null when it is no longer held: nothing to put)
 */
record MailboxItem(
    String mailboxId,
    String folderId,
    PlannedChange change,
    DesiredContacts.Versions versions,
    byte[] jpeg) {

  MailboxItem(
      String mailboxId, String folderId, PlannedChange change, DesiredContacts.Versions versions) {
    this(mailboxId, folderId, change, versions, null);
  }

  /** The end of a pass: nothing to write, but the chunk ends here. */
  static MailboxItem passEnd(String mailboxId) {
    return new MailboxItem(mailboxId, null, null, null);
  }

  boolean isPassEnd() {
    return change == null;
  }
}
