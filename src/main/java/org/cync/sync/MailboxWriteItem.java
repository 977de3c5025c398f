package org.cync.sync;

import org.cync.graphbatch.ContactOperation;
import org.cync.mailbox.PlannedChange;

/**
 * A change with the Graph operation that applies it.
 *
 * @param change null for the end of a pass (nothing to write)
 * @param operation null when nothing needs sending (the fields CYNC owns already match): only the
 *     recorded version moves on
 */
record MailboxWriteItem(PlannedChange change, ContactOperation operation) {
  static final MailboxWriteItem PASS_END = new MailboxWriteItem(null, null);

  String key() {
    return change.kind() + ":" + change.sourceId() + ":" + change.contactId();
  }
}
