package org.cync.directory;

import java.util.List;

/**
 * A directory user as the sync engine sees it, independent of the Graph SDK's types: every field a
 * contact can be made of, plus what the source filters ask. Read from {@code /users/delta}; a user
 * reported as removed arrives with {@code removed} set and nothing else.
 *
 * @param managerId object ID of the manager, or null
 * @param userType "Member" or "Guest"
 * @param proxyAddresses as Entra gives them ("SMTP:primary@…", "smtp:alias@…")
 * @param removed null, "changed" (soft-deleted, restorable) or "deleted" (gone for good)
 */
public record SourceUser(
    String id,
    String displayName,
    String givenName,
    String surname,
    String mail,
    String userPrincipalName,
    List<String> proxyAddresses,
    List<String> businessPhones,
    String mobilePhone,
    String jobTitle,
    String department,
    String companyName,
    String officeLocation,
    String streetAddress,
    String city,
    String state,
    String postalCode,
    String country,
    String managerId,
    boolean accountEnabled,
    String userType,
    String removed) {

  public SourceUser {
    proxyAddresses = proxyAddresses == null ? List.of() : List.copyOf(proxyAddresses);
    businessPhones = businessPhones == null ? List.of() : List.copyOf(businessPhones);
  }

  /** A user {@code /users/delta} reported as removed. */
  public static SourceUser removed(String id, String reason) {
    return new SourceUser(
        id, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, false, null, reason);
  }

  public boolean isRemoved() {
    return removed != null;
  }
}
