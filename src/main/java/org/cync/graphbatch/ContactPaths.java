package org.cync.graphbatch;

/**
 * Where a mailbox's contacts are addressed: a folder of their own, or the default Contacts folder.
 * Graph documents no alias for the default folder's ID under {@code contactFolders}, only {@code
 * /users/{id}/contacts}, so CYNC keeps its own name for it, {@link #DEFAULT_FOLDER}.
 */
public final class ContactPaths {
  /** CYNC's name for the default Contacts folder; no Exchange folder ID looks like it. */
  public static final String DEFAULT_FOLDER = "default";

  private ContactPaths() {}

  public static boolean isDefault(String folderId) {
    return DEFAULT_FOLDER.equals(folderId);
  }

  /** {@code /users/{mailbox}/contacts} or {@code /users/{mailbox}/contactFolders/{id}/contacts}. */
  public static String contacts(String mailbox, String folderId) {
    String user = "/users/" + BatchWriter.segment(mailbox);
    return isDefault(folderId)
        ? user + "/contacts"
        : user + "/contactFolders/" + BatchWriter.segment(folderId) + "/contacts";
  }
}
