package org.cync.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cync.contacts.ContactCard.EmailAddress;
import org.cync.contacts.ContactCard.PostalAddress;
import org.cync.settings.MappingOptions;
import org.junit.jupiter.api.Test;

class ContactPatchTest {
  private final ContactCard before = ContactCardTest.card();

  @Test
  void nothingChangedSendsNothing() {
    assertTrue(ContactPatch.changes(before, ContactCardTest.card()).isEmpty());
  }

  @Test
  void oneChangedPhoneSendsOnlyBusinessPhonesWhole() {
    ContactCard after =
        ContactCardTest.with(before, "businessPhones", List.of("+49 30 1234", "+49 30 9999"));
    assertEquals(
        Map.of("businessPhones", List.of("+49 30 1234", "+49 30 9999")),
        ContactPatch.changes(before, after));
  }

  @Test
  void removedDepartmentIsSentAsNullSoExchangeClearsIt() {
    ContactCard after = ContactCardTest.with(before, "department", null);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("department", null);
    Map<String, Object> patch = ContactPatch.changes(before, after);
    assertEquals(expected, patch);
    assertEquals(
        "{\"department\":null}", new GsonBuilder().serializeNulls().create().toJson(patch));
  }

  @Test
  void oneChangedAddressPartSendsTheWholeAddress() {
    PostalAddress a = before.businessAddress();
    ContactCard after =
        ContactCardTest.with(
            before,
            "businessAddress",
            new PostalAddress(a.street(), a.city(), a.state(), "10115", a.countryOrRegion()));
    Map<String, Object> patch = ContactPatch.changes(before, after);
    assertEquals(List.of("businessAddress"), List.copyOf(patch.keySet()));
    assertEquals(
        "{\"businessAddress\":{\"street\":\"Unter den Linden 1\",\"city\":\"Berlin\","
            + "\"state\":\"BE\",\"postalCode\":\"10115\",\"countryOrRegion\":\"Germany\"}}",
        new GsonBuilder().serializeNulls().create().toJson(patch));
  }

  @Test
  void removedAddressClearsEveryPart() {
    ContactCard after = ContactCardTest.with(before, "businessAddress", null);
    assertEquals(
        "{\"businessAddress\":{\"street\":null,\"city\":null,\"state\":null,"
            + "\"postalCode\":null,\"countryOrRegion\":null}}",
        new GsonBuilder().serializeNulls().create().toJson(ContactPatch.changes(before, after)));
  }

  @Test
  void aRenameSendsTheNamesAndTheAddressesWhoseNameChanged() {
    ContactCard after =
        ContactMapper.map(
            new org.cync.directory.SourceUser(
                TestUsers.ZOE,
                "Zoë Berg",
                "Zoë",
                "Berg",
                "zoe.angstrom@contoso.com",
                "zoe@contoso.onmicrosoft.com",
                TestUsers.full().proxyAddresses(),
                TestUsers.full().businessPhones(),
                "+49 170 1111",
                "Engineer",
                "R&D",
                "Contoso GmbH",
                "Berlin 3.14",
                "Unter den Linden 1",
                "Berlin",
                "BE",
                "10117",
                "Germany",
                TestUsers.BOSS,
                true,
                "Member",
                null),
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
    Map<String, Object> patch = ContactPatch.changes(before, after);
    assertEquals(
        List.of("displayName", "surname", "fileAs", "emailAddresses"), List.copyOf(patch.keySet()));
    assertEquals(
        List.of(
            Map.of("name", "Zoë Berg", "address", "zoe.angstrom@contoso.com"),
            Map.of("name", "Zoë Berg", "address", "zoe@contoso.com")),
        patch.get("emailAddresses"));
  }

  @Test
  void droppedCategorySendsAnEmptyList() {
    ContactCard after = ContactCardTest.with(before, "categories", List.of());
    assertEquals(Map.of("categories", List.of()), ContactPatch.changes(before, after));
  }

  @Test
  void neverPatchesOnePersonIntoAnother() {
    ContactCard other =
        new ContactCard(
            "someone-else",
            "Zoë Ångström",
            null,
            null,
            null,
            List.of(new EmailAddress(null, "a@x")),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertThrows(IllegalArgumentException.class, () -> ContactPatch.changes(before, other));
  }
}
