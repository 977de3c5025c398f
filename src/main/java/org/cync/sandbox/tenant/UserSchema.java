package org.cync.sandbox.tenant;

import java.util.List;
import java.util.Set;

/** Which user properties exist, which Graph returns by default, and which only on single GETs. */
public final class UserSchema {
  /** Returned when no $select is given (v1.0). */
  public static final List<String> DEFAULT =
      List.of(
          "businessPhones",
          "displayName",
          "givenName",
          "jobTitle",
          "mail",
          "mobilePhone",
          "officeLocation",
          "preferredLanguage",
          "surname",
          "userPrincipalName",
          "id");

  /** Properties the sandbox models, in the order it writes them. */
  public static final List<String> ALL =
      List.of(
          "id",
          "accountEnabled",
          "assignedLicenses",
          "businessPhones",
          "city",
          "companyName",
          "country",
          "createdDateTime",
          "creationType",
          "deletedDateTime",
          "department",
          "displayName",
          "employeeId",
          "employeeType",
          "externalUserState",
          "faxNumber",
          "givenName",
          "imAddresses",
          "jobTitle",
          "mail",
          "mailNickname",
          "mobilePhone",
          "officeLocation",
          "onPremisesImmutableId",
          "onPremisesSyncEnabled",
          "otherMails",
          "postalCode",
          "preferredLanguage",
          "proxyAddresses",
          "showInAddressList",
          "state",
          "streetAddress",
          "surname",
          "usageLocation",
          "userPrincipalName",
          "userType");

  /** Only on GET /users/{id}; selecting them on a collection gives 501. */
  public static final Set<String> SINGLE_ONLY =
      Set.of(
          "aboutMe",
          "birthday",
          "hireDate",
          "interests",
          "mySite",
          "pastProjects",
          "preferredName",
          "responsibilities",
          "schools",
          "skills",
          "mailboxSettings");

  /** Collection-valued properties, returned as [] when never set. */
  public static final Set<String> COLLECTIONS =
      Set.of("assignedLicenses", "businessPhones", "imAddresses", "otherMails", "proxyAddresses");

  private UserSchema() {}

  public static String canonical(String name) {
    for (String p : ALL) {
      if (p.equalsIgnoreCase(name)) {
        return p;
      }
    }
    for (String p : SINGLE_ONLY) {
      if (p.equalsIgnoreCase(name)) {
        return p;
      }
    }
    return "manager".equalsIgnoreCase(name) ? "manager" : null;
  }
}
