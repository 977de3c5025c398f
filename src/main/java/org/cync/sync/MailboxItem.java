package org.cync.sync;

import org.cync.contacts.DesiredContacts;
import org.cync.mailbox.PlannedChange;

/**
 * One change for one mailbox as the reader hands it to the processor.
 *
 * @param versions the wanted card and the one before it (null for deletes)
 */
record MailboxItem(
    String mailboxId, String folderId, PlannedChange change, DesiredContacts.Versions versions) {}
