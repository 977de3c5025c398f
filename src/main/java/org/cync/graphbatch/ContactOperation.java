package org.cync.graphbatch;

import java.util.Map;
import java.util.Objects;

/**
 * One write to a contact in a mailbox's folder. {@code key} is the caller's own identity for the
 * operation (e.g. the source user's object ID) and comes back on its {@link OperationResult}.
 *
 * @param mailbox user ID or UPN of the mailbox (use one form consistently: it keys the throttle)
 * @param contactId null for CREATE
 * @param body the JSON-ready contact (Graph property names), null for DELETE and PHOTO
 * @param jpeg the photo for PHOTO, else null
 */
public record ContactOperation(
    String mailbox,
    Kind kind,
    String folderId,
    String contactId,
    Map<String, Object> body,
    String key,
    byte[] jpeg) {

  /** What the operation does to the contact. */
  public enum Kind {
    CREATE,
    UPDATE,
    DELETE,
    /** Adds our marker (an open extension) to a contact CYNC adopts. */
    MARK,
    /** Puts the contact's photo (a separate stream; a create cannot carry it). */
    PHOTO
  }

  public ContactOperation {
    Objects.requireNonNull(mailbox, "mailbox");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(folderId, "folderId");
    if (kind == Kind.CREATE ? contactId != null : contactId == null) {
      throw new IllegalArgumentException(
          kind + " needs " + (contactId == null ? "a" : "no") + " contactId");
    }
    boolean bodyless = kind == Kind.DELETE || kind == Kind.PHOTO;
    if (bodyless ? body != null : body == null) {
      throw new IllegalArgumentException(kind + " needs " + (body == null ? "a" : "no") + " body");
    }
    if ((kind == Kind.PHOTO) == (jpeg == null)) {
      throw new IllegalArgumentException(kind + " needs " + (jpeg == null ? "a" : "no") + " photo");
    }
    // PATCH bodies hold nulls (a cleared field), which Map.copyOf refuses.
    body =
        body == null
            ? null
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(body));
  }

  public ContactOperation(
      String mailbox,
      Kind kind,
      String folderId,
      String contactId,
      Map<String, Object> body,
      String key) {
    this(mailbox, kind, folderId, contactId, body, key, null);
  }

  public static ContactOperation photo(
      String mailbox, String folderId, String contactId, byte[] jpeg, String key) {
    return new ContactOperation(mailbox, Kind.PHOTO, folderId, contactId, null, key, jpeg);
  }

  public static ContactOperation create(
      String mailbox, String folderId, Map<String, Object> body, String key) {
    return new ContactOperation(mailbox, Kind.CREATE, folderId, null, body, key);
  }

  public static ContactOperation update(
      String mailbox, String folderId, String contactId, Map<String, Object> changes, String key) {
    return new ContactOperation(mailbox, Kind.UPDATE, folderId, contactId, changes, key);
  }

  public static ContactOperation mark(
      String mailbox,
      String folderId,
      String contactId,
      Map<String, Object> extension,
      String key) {
    return new ContactOperation(mailbox, Kind.MARK, folderId, contactId, extension, key);
  }

  public static ContactOperation delete(
      String mailbox, String folderId, String contactId, String key) {
    return new ContactOperation(mailbox, Kind.DELETE, folderId, contactId, null, key);
  }
}
