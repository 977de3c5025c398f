package org.cync.sync;

import org.cync.contacts.ContactCard;

/** What the processor asks the snapshot writer to do for one directory item. */
public sealed interface SnapshotChange {
  /** The user is a source: this is the contact CYNC wants for them. */
  record Upsert(ContactCard card) implements SnapshotChange {}

  /** The user is not (or no longer) a source. */
  record Remove(String sourceId, String reason) implements SnapshotChange {}
}
