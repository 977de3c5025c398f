package org.cync.sync;

import org.cync.contacts.DesiredContacts;
import org.cync.mailbox.PlannedChange;

/**
 * One change for one mailbox as the reader hands it to the processor.
 *
 * @param change null for the end of a pass
 * @param versions the wanted card and the one before it (null for deletes)
 */
record MailboxItem(
    String mailboxId, String folderId, PlannedChange change, DesiredContacts.Versions versions) {

  /** The end of a pass: nothing to write, but the chunk ends here. */
  static MailboxItem passEnd(String mailboxId) {
    return new MailboxItem(mailboxId, null, null, null);
  }

  boolean isPassEnd() {
    return change == null;
  }
}
