package org.cync.contacts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cync.settings.MappingOptions;

/**
 * The contact CYNC wants for one source user, in Graph's own terms and within Exchange's limits. It
 * is what the snapshot stores and what create and PATCH bodies are rendered from; every field that
 * is not synced or not known is null (or an empty list), never "".
 *
 * @param manager the manager's display name (Graph's contact has a name here, not a reference)
 * @param businessAddress null when the user has no address or addresses are not synced
 */
public record ContactCard(
    String sourceId,
    String displayName,
    String givenName,
    String surname,
    String fileAs,
    List<EmailAddress> emailAddresses,
    List<String> businessPhones,
    String mobilePhone,
    String jobTitle,
    String department,
    String companyName,
    String officeLocation,
    PostalAddress businessAddress,
    String manager,
    List<String> categories) {

  /** Exchange rejects a contact with more than two business phones. */
  public static final int EXCHANGE_MAX_BUSINESS_PHONES = 2;

  /** One of Graph's {@code emailAddress} values; the name is what Outlook shows beside it. */
  public record EmailAddress(String name, String address) {
    public EmailAddress {
      Objects.requireNonNull(address, "address");
    }
  }

  /** Graph's {@code physicalAddress}. */
  public record PostalAddress(
      String street, String city, String state, String postalCode, String countryOrRegion) {}

  public ContactCard {
    Objects.requireNonNull(sourceId, "sourceId");
    emailAddresses = emailAddresses == null ? List.of() : List.copyOf(emailAddresses);
    businessPhones = businessPhones == null ? List.of() : List.copyOf(businessPhones);
    categories = categories == null ? List.of() : List.copyOf(categories);
    if (new PostalAddress(null, null, null, null, null).equals(businessAddress)) {
      businessAddress = null;
    }
    if (emailAddresses.size() > MappingOptions.EXCHANGE_MAX_EMAIL_ADDRESSES) {
      throw new IllegalArgumentException("Exchange allows 3 e-mail addresses: " + emailAddresses);
    }
    if (businessPhones.size() > EXCHANGE_MAX_BUSINESS_PHONES) {
      throw new IllegalArgumentException("Exchange allows 2 business phones: " + businessPhones);
    }
    long distinct =
        emailAddresses.stream()
            .map(e -> e.address().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet())
            .size();
    if (distinct != emailAddresses.size()) {
      throw new IllegalArgumentException("duplicate e-mail address: " + emailAddresses);
    }
  }

  /**
   * SHA-256 (hex) over every synced field in a fixed order, so an unchanged user costs no write.
   * Same value on every JVM; see {@link Fingerprint} for the encoding.
   */
  public String fingerprint() {
    Fingerprint f = new Fingerprint();
    f.add(sourceId).add(displayName).add(givenName).add(surname).add(fileAs);
    f.count(emailAddresses.size());
    emailAddresses.forEach(e -> f.add(e.name()).add(e.address()));
    f.addAll(businessPhones);
    f.add(mobilePhone).add(jobTitle).add(department).add(companyName).add(officeLocation);
    if (businessAddress == null) {
      f.add(null);
    } else {
      f.add("address").add(businessAddress.street()).add(businessAddress.city());
      f.add(businessAddress.state()).add(businessAddress.postalCode());
      f.add(businessAddress.countryOrRegion());
    }
    f.add(manager);
    f.addAll(categories);
    return f.hex();
  }
}
