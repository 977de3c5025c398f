package org.cync.sync;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Map;
import org.cync.contacts.ContactCard;
import org.cync.contacts.ContactFields;
import org.cync.contacts.ContactPatch;
import org.cync.contacts.DesiredContacts;
import org.cync.contacts.Marker;
import org.cync.graphbatch.ContactOperation;
import org.cync.mailbox.PlannedChange;

/**
 * Turns a planned change into the Graph operation: a create carries our marker inline; an update
 * PATCHes only the fields that differ from the version the mailbox holds (the whole set when that
 * version is unknown); a photo is PUT on its own; deletes, discards and replacements delete by
 * contact ID. Pure.
 */
@Dependent
@Named
public class ContactOperationProcessor implements ItemProcessor {

  @Override
  public Object processItem(Object item) {
    return operation((MailboxItem) item);
  }

  static MailboxWriteItem operation(MailboxItem item) {
    if (item.isPassEnd()) {
      return MailboxWriteItem.PASS_END;
    }
    PlannedChange c = item.change();
    String key = new MailboxWriteItem(c, null).key();
    String folder = c.folderId() != null ? c.folderId() : item.folderId();
    DesiredContacts.Versions v = item.versions();
    ContactOperation op =
        switch (c.kind()) {
          case CREATE ->
              v == null
                  ? null
                  : ContactOperation.create(
                      item.mailboxId(), folder, Marker.createBody(v.card()), key);
          case UPDATE -> {
            if (v == null) {
              yield null;
            }
            Map<String, Object> body = changes(c, v);
            yield body.isEmpty()
                ? null
                : ContactOperation.update(item.mailboxId(), folder, c.contactId(), body, key);
          }
          case DELETE, DISCARD, REPLACE ->
              ContactOperation.delete(item.mailboxId(), folder, c.contactId(), key);
          case PHOTO ->
              item.jpeg() == null
                  ? null
                  : ContactOperation.photo(
                      item.mailboxId(), folder, c.contactId(), item.jpeg(), key);
          case MARK ->
              ContactOperation.mark(
                  item.mailboxId(),
                  folder,
                  c.contactId(),
                  Marker.extensionForCreate(c.sourceId()),
                  key);
        };
    if (op == null
        && (c.kind() == PlannedChange.Kind.CREATE
            || c.kind() == PlannedChange.Kind.PHOTO
            || v == null)) {
      return null; // no longer wanted since the plan: nothing to do
    }
    return new MailboxWriteItem(c, op);
  }

  /** Only what differs from the held version, when the held version is the previous card. */
  static Map<String, Object> changes(PlannedChange c, DesiredContacts.Versions v) {
    ContactCard previous = v.previous();
    if (c.heldFingerprint() != null
        && previous != null
        && c.heldFingerprint().equals(v.previousFingerprint())) {
      return ContactPatch.changes(previous, v.card());
    }
    return ContactFields.render(v.card());
  }
}
