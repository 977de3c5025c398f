package org.cync.mailbox;

/**
 * One difference between what a mailbox should hold and what CYNC holds there.
 *
 * @param contactId the contact in the mailbox (null for CREATE)
 * @param heldFingerprint the version in the mailbox (null: unknown, or CREATE)
 * @param desiredFingerprint the version wanted (null for DELETE); for PHOTO, the photo's tag
 * @param folderId the folder the contact is in when it is not the mailbox's current folder (a
 *     duplicate folder, or where CYNC wrote before the folder mode changed), else null
 */
public record PlannedChange(
    Kind kind,
    String sourceId,
    String contactId,
    String heldFingerprint,
    String desiredFingerprint,
    String folderId)
    implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  public PlannedChange(
      Kind kind,
      String sourceId,
      String contactId,
      String heldFingerprint,
      String desiredFingerprint) {
    this(kind, sourceId, contactId, heldFingerprint, desiredFingerprint, null);
  }

  /** What the change does. */
  public enum Kind {
    CREATE,
    UPDATE,
    DELETE,
    /** Delete a second copy of a contact of ours (found by a scan, never recorded). */
    DISCARD,
    /** Add our marker to an adopted contact of the original product. */
    MARK,
    /** Put the source's (new) photo on the contact. */
    PHOTO,
    /**
     * Delete the contact so the next pass creates it again: its photo must go, and Graph has no way
     * to remove a contact's photo. Counted as an update, not as a deletion.
     */
    REPLACE
  }
}
