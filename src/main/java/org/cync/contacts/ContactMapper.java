package org.cync.contacts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cync.contacts.ContactCard.EmailAddress;
import org.cync.contacts.ContactCard.PostalAddress;
import org.cync.directory.SourceUser;
import org.cync.settings.MappingOptions;
import org.cync.settings.MappingOptions.FileAs;

/**
 * Turns a directory user into the contact CYNC wants. Pure, so the processor and the dry run give
 * the same answer; it fits Exchange's limits by dropping what does not fit (a user with four
 * aliases still gets a contact) and never invents a value for a field the directory leaves empty.
 */
public final class ContactMapper {

  private ContactMapper() {}

  /**
   * @param managerNameById display name of a manager by object ID, or null when unknown; may itself
   *     be null when managers are not synced
   */
  public static ContactCard map(
      SourceUser user, MappingOptions options, Function<String, String> managerNameById) {
    if (user.isRemoved()) {
      throw new IllegalArgumentException("a removed user has no contact: " + user.id());
    }
    String given = clean(user.givenName());
    String surname = clean(user.surname());
    String displayName = displayName(user, given, surname);
    return new ContactCard(
        user.id(),
        displayName,
        given,
        surname,
        fileAs(options.fileAs(), given, surname, displayName),
        emailAddresses(user, options, displayName),
        distinct(user.businessPhones().stream(), ContactCard.EXCHANGE_MAX_BUSINESS_PHONES),
        options.mobilePhone() ? clean(user.mobilePhone()) : null,
        options.jobTitle() ? clean(user.jobTitle()) : null,
        options.department() ? clean(user.department()) : null,
        options.companyName() ? clean(user.companyName()) : null,
        options.officeLocation() ? clean(user.officeLocation()) : null,
        options.businessAddress() ? address(user) : null,
        options.manager() ? manager(user.managerId(), managerNameById) : null,
        options.category() == null ? List.of() : List.of(options.category()));
  }

  private static String displayName(SourceUser user, String given, String surname) {
    String name = clean(user.displayName());
    if (name == null) {
      name = clean(String.join(" ", Stream.of(given, surname).filter(s -> s != null).toList()));
    }
    String upn = clean(user.userPrincipalName());
    if (name == null && upn != null) {
      name = clean(upn.contains("@") ? upn.substring(0, upn.indexOf('@')) : upn);
    }
    return name;
  }

  static String fileAs(FileAs order, String given, String surname, String displayName) {
    if (given == null || surname == null) {
      return given != null ? given : surname != null ? surname : displayName;
    }
    return order == FileAs.LAST_FIRST ? surname + ", " + given : given + " " + surname;
  }

  /**
   * The primary mail first, then (optionally) the SMTP proxy addresses; other types are skipped.
   */
  private static List<EmailAddress> emailAddresses(
      SourceUser user, MappingOptions options, String displayName) {
    List<String> candidates = new ArrayList<>();
    candidates.add(user.mail());
    if (options.includeProxyAddresses()) {
      List<String> smtp =
          user.proxyAddresses().stream()
              .filter(p -> p != null && p.regionMatches(true, 0, "smtp:", 0, 5))
              .toList();
      smtp.stream().filter(p -> p.startsWith("SMTP:")).forEach(p -> candidates.add(p.substring(5)));
      smtp.stream()
          .filter(p -> !p.startsWith("SMTP:"))
          .forEach(p -> candidates.add(p.substring(5)));
    }
    Set<String> seen = new HashSet<>();
    List<EmailAddress> result = new ArrayList<>();
    for (String candidate : candidates) {
      String address = clean(candidate);
      if (address != null
          && result.size() < options.maxEmailAddresses()
          && seen.add(address.toLowerCase(Locale.ROOT))) {
        result.add(new EmailAddress(displayName, address));
      }
    }
    return result;
  }

  private static List<String> distinct(Stream<String> values, int max) {
    Set<String> kept = new LinkedHashSet<>();
    values.map(ContactMapper::clean).filter(v -> v != null).forEach(kept::add);
    return kept.stream().limit(max).toList();
  }

  private static PostalAddress address(SourceUser u) {
    PostalAddress a =
        new PostalAddress(
            clean(u.streetAddress()),
            clean(u.city()),
            clean(u.state()),
            clean(u.postalCode()),
            clean(u.country()));
    return a.equals(new PostalAddress(null, null, null, null, null)) ? null : a;
  }

  private static String manager(String managerId, Function<String, String> nameById) {
    return managerId == null || nameById == null ? null : clean(nameById.apply(managerId));
  }

  /** Trimmed, and null instead of blank: the directory's "" is as empty as its null. */
  static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
