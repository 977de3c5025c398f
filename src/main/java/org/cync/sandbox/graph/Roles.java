package org.cync.sandbox.graph;

import java.util.Set;
import org.cync.sandbox.token.AccessToken;

/** Which application permissions (token roles) open which endpoints. */
final class Roles {
  static final Set<String> USER_READ =
      Set.of(
          "User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All");
  static final Set<String> GROUP_READ =
      Set.of(
          "GroupMember.Read.All",
          "Group.Read.All",
          "Group.ReadWrite.All",
          "Directory.Read.All",
          "Directory.ReadWrite.All");
  static final Set<String> CONTACTS_READ = Set.of("Contacts.Read", "Contacts.ReadWrite");
  static final Set<String> CONTACTS_WRITE = Set.of("Contacts.ReadWrite");
  static final Set<String> MAILBOX_SETTINGS =
      Set.of("MailboxSettings.Read", "MailboxSettings.ReadWrite");
  static final Set<String> PHOTO_READ =
      Set.of(
          "ProfilePhoto.Read.All",
          "ProfilePhoto.ReadWrite.All",
          "User.Read.All",
          "User.ReadWrite.All",
          "Directory.Read.All",
          "Directory.ReadWrite.All");

  private Roles() {}

  static boolean any(AccessToken token, Set<String> needed) {
    if (token == null) {
      return false;
    }
    for (String r : token.roles()) {
      if (needed.contains(r)) {
        return true;
      }
    }
    return false;
  }
}
