package org.cync.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.cync.contacts.ContactCard.EmailAddress;
import org.cync.contacts.ContactCard.PostalAddress;
import org.cync.settings.MappingOptions;
import org.junit.jupiter.api.Test;

class ContactCardTest {

  static ContactCard card() {
    return ContactMapper.map(
        TestUsers.full(),
        new MappingOptions(
            true,
            true,
            true,
            true,
            true,
            true,
            true,
            MappingOptions.FileAs.FIRST_LAST,
            "Staff",
            3,
            true,
            false),
        id -> "Łukasz Żółć");
  }

  /** A copy of {@code c} with one field replaced, by the field's name. */
  static ContactCard with(ContactCard c, String field, Object v) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("displayName", c.displayName());
    f.put("givenName", c.givenName());
    f.put("surname", c.surname());
    f.put("fileAs", c.fileAs());
    f.put("emailAddresses", c.emailAddresses());
    f.put("businessPhones", c.businessPhones());
    f.put("mobilePhone", c.mobilePhone());
    f.put("jobTitle", c.jobTitle());
    f.put("department", c.department());
    f.put("companyName", c.companyName());
    f.put("officeLocation", c.officeLocation());
    f.put("businessAddress", c.businessAddress());
    f.put("manager", c.manager());
    f.put("categories", c.categories());
    if (!f.containsKey(field)) {
      throw new IllegalArgumentException(field);
    }
    f.put(field, v);
    @SuppressWarnings("unchecked")
    ContactCard copy =
        new ContactCard(
            c.sourceId(),
            (String) f.get("displayName"),
            (String) f.get("givenName"),
            (String) f.get("surname"),
            (String) f.get("fileAs"),
            (List<EmailAddress>) f.get("emailAddresses"),
            (List<String>) f.get("businessPhones"),
            (String) f.get("mobilePhone"),
            (String) f.get("jobTitle"),
            (String) f.get("department"),
            (String) f.get("companyName"),
            (String) f.get("officeLocation"),
            (PostalAddress) f.get("businessAddress"),
            (String) f.get("manager"),
            (List<String>) f.get("categories"));
    return copy;
  }

  /**
   * The expected value was computed outside Java (Python's hashlib) from the encoding documented in
   * {@link Fingerprint}; if it changes, every stored snapshot would be rewritten on the next run.
   */
  @Test
  void fingerprintIsPinnedSoItIsTheSameOnEveryJvm() {
    assertEquals(
        "751641dd8401293b4e38a8a617875bbc2f7282f0bc8f44fc9402c446896bc85d", card().fingerprint());
  }

  @Test
  void equalCardsHaveEqualFingerprints() {
    assertEquals(card().fingerprint(), card().fingerprint());
    assertEquals(64, card().fingerprint().length());
  }

  @Test
  void everySyncedFieldChangesTheFingerprint() {
    ContactCard base = card();
    PostalAddress a = base.businessAddress();
    EmailAddress first = base.emailAddresses().get(0);
    Map<String, UnaryOperator<ContactCard>> changes = new LinkedHashMap<>();
    changes.put("displayName", c -> with(c, "displayName", "Zoe Angstrom"));
    changes.put("givenName", c -> with(c, "givenName", null));
    changes.put("surname", c -> with(c, "surname", "Angstrom"));
    changes.put("fileAs", c -> with(c, "fileAs", "Ångström, Zoë"));
    changes.put(
        "email address",
        c -> with(c, "emailAddresses", List.of(new EmailAddress(first.name(), "new@contoso.com"))));
    changes.put(
        "email name",
        c -> with(c, "emailAddresses", List.of(new EmailAddress("Zoë", first.address()))));
    changes.put(
        "email order", c -> with(c, "emailAddresses", List.of(c.emailAddresses().get(1), first)));
    changes.put("businessPhones", c -> with(c, "businessPhones", List.of("+49 30 1234")));
    changes.put(
        "phone order", c -> with(c, "businessPhones", List.of("+49 30 5678", "+49 30 1234")));
    changes.put("mobilePhone", c -> with(c, "mobilePhone", "+49 170 2222"));
    changes.put("jobTitle", c -> with(c, "jobTitle", "Lead"));
    changes.put("department", c -> with(c, "department", null));
    changes.put("companyName", c -> with(c, "companyName", "Contoso AG"));
    changes.put("officeLocation", c -> with(c, "officeLocation", "Berlin 2.71"));
    changes.put("no address", c -> with(c, "businessAddress", null));
    changes.put(
        "street",
        c ->
            with(c, "businessAddress", new PostalAddress("X", a.city(), a.state(), "10117", "DE")));
    changes.put(
        "city",
        c ->
            with(
                c,
                "businessAddress",
                new PostalAddress(a.street(), "Bonn", a.state(), a.postalCode(), "Germany")));
    changes.put(
        "state",
        c ->
            with(
                c,
                "businessAddress",
                new PostalAddress(a.street(), a.city(), null, "10117", "Germany")));
    changes.put(
        "postalCode",
        c ->
            with(
                c,
                "businessAddress",
                new PostalAddress(a.street(), a.city(), a.state(), "10115", "Germany")));
    changes.put(
        "countryOrRegion",
        c ->
            with(
                c,
                "businessAddress",
                new PostalAddress(a.street(), a.city(), a.state(), "10117", "DE")));
    changes.put("manager", c -> with(c, "manager", "Someone Else"));
    changes.put("categories", c -> with(c, "categories", List.of()));
    changes.put("a field boundary", c -> with(with(c, "givenName", "Zoë Å"), "surname", "ngström"));
    changes.put("empty versus null", c -> with(c, "department", ""));

    Set<String> seen = new HashSet<>(Set.of(base.fingerprint()));
    changes.forEach(
        (what, change) -> {
          ContactCard changed = change.apply(base);
          assertNotEquals(base, changed, what);
          assertEquals(true, seen.add(changed.fingerprint()), what + " left the fingerprint");
        });
  }

  @Test
  void exchangeLimitsAreInvariants() {
    ContactCard c = card();
    List<EmailAddress> four =
        List.of(
            new EmailAddress(null, "a@x"),
            new EmailAddress(null, "b@x"),
            new EmailAddress(null, "c@x"),
            new EmailAddress(null, "d@x"));
    assertThrows(IllegalArgumentException.class, () -> with(c, "emailAddresses", four));
    assertThrows(
        IllegalArgumentException.class, () -> with(c, "businessPhones", List.of("1", "2", "3")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            with(
                c,
                "emailAddresses",
                List.of(new EmailAddress(null, "a@x"), new EmailAddress(null, "A@X"))));
  }

  @Test
  void anAddressOfNothingIsNoAddress() {
    assertNull(
        with(card(), "businessAddress", new PostalAddress(null, null, null, null, null))
            .businessAddress());
  }
}
