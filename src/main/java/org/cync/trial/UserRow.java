package org.cync.trial;

import org.cync.sandbox.tenant.DirectoryUser;

/** A user of the simulated tenant as the Directory and Mailbox pages list it. */
public record UserRow(
    String id,
    String name,
    String mail,
    String jobTitle,
    String department,
    boolean enabled,
    boolean deleted,
    boolean mailbox) {

  static UserRow of(DirectoryUser u) {
    String mail = u.string("mail");
    return new UserRow(
        u.id(),
        u.string("displayName") == null ? u.string("userPrincipalName") : u.string("displayName"),
        mail == null ? u.string("userPrincipalName") : mail,
        u.string("jobTitle"),
        u.string("department"),
        !"false".equals(u.string("accountEnabled")),
        u.deleted(),
        u.mailboxLicensed());
  }

  public String initials() {
    return PhoneContact.initials(name == null ? "?" : name);
  }

  /** "Anna Smith · anna@contoso.example": how pickers show a user. */
  public String label() {
    return name + (mail == null ? "" : " · " + mail);
  }
}
