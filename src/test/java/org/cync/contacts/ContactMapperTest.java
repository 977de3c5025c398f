package org.cync.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cync.contacts.ContactCard.EmailAddress;
import org.cync.contacts.ContactCard.PostalAddress;
import org.cync.directory.SourceUser;
import org.cync.settings.MappingOptions;
import org.cync.settings.MappingOptions.FileAs;
import org.junit.jupiter.api.Test;

class ContactMapperTest {
  private static final Function<String, String> MANAGERS =
      Map.of(TestUsers.BOSS, "Łukasz Żółć")::get;

  private static MappingOptions withProxies(int max) {
    return new MappingOptions(
        true, true, true, true, true, true, true, FileAs.FIRST_LAST, null, max, true, false);
  }

  @Test
  void fullUserBecomesAFullContact() {
    ContactCard card = ContactMapper.map(TestUsers.full(), MappingOptions.defaults(), MANAGERS);
    ContactCard expected =
        new ContactCard(
            TestUsers.ZOE,
            "Zoë Ångström",
            "Zoë",
            "Ångström",
            "Zoë Ångström",
            List.of(new EmailAddress("Zoë Ångström", "zoe.angstrom@contoso.com")),
            List.of("+49 30 1234", "+49 30 5678"),
            "+49 170 1111",
            "Engineer",
            "R&D",
            "Contoso GmbH",
            "Berlin 3.14",
            new PostalAddress("Unter den Linden 1", "Berlin", "BE", "10117", "Germany"),
            "Łukasz Żółć",
            List.of());
    assertEquals(expected, card);
  }

  @Test
  void missingFieldsStayNullNeverEmptyStrings() {
    SourceUser u =
        new SourceUser(
            "id-1",
            "  Ann  ",
            " ",
            null,
            "",
            "ann@contoso.com",
            null,
            List.of(" ", ""),
            "",
            null,
            "  ",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "nobody",
            true,
            "Member",
            null);
    ContactCard card = ContactMapper.map(u, MappingOptions.defaults(), id -> null);
    assertEquals("Ann", card.displayName());
    assertNull(card.givenName());
    assertNull(card.surname());
    assertEquals("Ann", card.fileAs());
    assertEquals(List.of(), card.emailAddresses());
    assertEquals(List.of(), card.businessPhones());
    assertNull(card.mobilePhone());
    assertNull(card.department());
    assertNull(card.businessAddress());
    assertNull(card.manager());
    assertEquals(List.of(), card.categories());
  }

  @Test
  void fieldsSwitchedOffAreNotSynced() {
    MappingOptions none =
        new MappingOptions(
            false,
            false,
            false,
            false,
            false,
            false,
            false,
            FileAs.FIRST_LAST,
            "Staff",
            3,
            false,
            false);
    ContactCard card = ContactMapper.map(TestUsers.full(), none, MANAGERS);
    assertNull(card.mobilePhone());
    assertNull(card.jobTitle());
    assertNull(card.department());
    assertNull(card.companyName());
    assertNull(card.officeLocation());
    assertNull(card.businessAddress());
    assertNull(card.manager());
    assertEquals(List.of("Staff"), card.categories());
    assertEquals(2, card.businessPhones().size());
  }

  @Test
  void proxyAddressesFollowThePrimaryWithoutDuplicatesOrNonSmtp() {
    ContactCard card = ContactMapper.map(TestUsers.full(), withProxies(3), MANAGERS);
    assertEquals(
        List.of("zoe.angstrom@contoso.com", "zoe@contoso.com"),
        card.emailAddresses().stream().map(EmailAddress::address).toList());
  }

  @Test
  void primaryProxyComesFirstWhenMailIsMissing() {
    SourceUser u =
        new SourceUser(
            "id-2",
            "Bo",
            null,
            null,
            null,
            "bo@contoso.com",
            List.of("smtp:b@contoso.com", "SMTP:Bo@Contoso.com"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            true,
            "Member",
            null);
    ContactCard card = ContactMapper.map(u, withProxies(3), id -> null);
    assertEquals(
        List.of("Bo@Contoso.com", "b@contoso.com"),
        card.emailAddresses().stream().map(EmailAddress::address).toList());
  }

  @Test
  void truncatesToExchangeLimitsInsteadOfFailing() {
    SourceUser u =
        new SourceUser(
            "id-3",
            "Many",
            null,
            null,
            "a@x.com",
            "many@x.com",
            List.of("smtp:A@X.com", "smtp:b@x.com", "smtp:c@x.com", "smtp:d@x.com", "sip:a@x.com"),
            List.of("1", "2", "1", "3"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            true,
            "Member",
            null);
    ContactCard card = ContactMapper.map(u, withProxies(3), id -> null);
    assertEquals(
        List.of("a@x.com", "b@x.com", "c@x.com"),
        card.emailAddresses().stream().map(EmailAddress::address).toList());
    assertEquals(List.of("1", "2"), card.businessPhones());
  }

  @Test
  void maxEmailAddressesIsHonouredBelowExchangesLimit() {
    ContactCard card = ContactMapper.map(TestUsers.full(), withProxies(1), MANAGERS);
    assertEquals(1, card.emailAddresses().size());
  }

  @Test
  void nonAsciiNamesAreKeptIntact() {
    for (String name : List.of("Zoë Ångström", "Łukasz Żółć", "山田 太郎")) {
      ContactCard card =
          ContactMapper.map(TestUsers.bare("id", name, "x@y"), MappingOptions.defaults(), null);
      assertEquals(name, card.displayName());
      assertEquals(name, card.fileAs());
    }
    SourceUser yamada =
        new SourceUser(
            "id-4",
            null,
            "太郎",
            "山田",
            "taro@contoso.jp",
            "taro@contoso.jp",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            true,
            "Member",
            null);
    MappingOptions lastFirst =
        new MappingOptions(
            true, true, true, true, true, true, true, FileAs.LAST_FIRST, null, 3, false, false);
    ContactCard card = ContactMapper.map(yamada, lastFirst, null);
    assertEquals("太郎 山田", card.displayName());
    assertEquals("山田, 太郎", card.fileAs());
  }

  @Test
  void displayNameFallsBackToGivenSurnameThenUpnLocalPart() {
    ContactCard fromUpn =
        ContactMapper.map(
            TestUsers.bare("id", " ", "j.doe@contoso.com"), MappingOptions.defaults(), null);
    assertEquals("j.doe", fromUpn.displayName());
    assertEquals("j.doe", fromUpn.fileAs());
    assertNull(
        ContactMapper.map(TestUsers.bare("id", null, null), MappingOptions.defaults(), null)
            .displayName());
  }

  @Test
  void fileAsOrders() {
    assertEquals("Ann Lee", ContactMapper.fileAs(FileAs.FIRST_LAST, "Ann", "Lee", "x"));
    assertEquals("Lee, Ann", ContactMapper.fileAs(FileAs.LAST_FIRST, "Ann", "Lee", "x"));
    assertEquals("Lee", ContactMapper.fileAs(FileAs.LAST_FIRST, null, "Lee", "x"));
    assertEquals("x", ContactMapper.fileAs(FileAs.LAST_FIRST, null, null, "x"));
  }

  @Test
  void unknownManagerIsNull() {
    ContactCard card = ContactMapper.map(TestUsers.full(), MappingOptions.defaults(), id -> null);
    assertNull(card.manager());
  }

  @Test
  void removedUserHasNoContact() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ContactMapper.map(
                SourceUser.removed("id", "deleted"), MappingOptions.defaults(), null));
  }

  @Test
  void categoryIsTheOnlyCategory() {
    MappingOptions o =
        new MappingOptions(
            true,
            true,
            true,
            true,
            true,
            true,
            true,
            FileAs.FIRST_LAST,
            " Colleagues ",
            3,
            false,
            false);
    assertEquals(
        List.of("Colleagues"), ContactMapper.map(TestUsers.full(), o, MANAGERS).categories());
    assertTrue(MappingOptions.defaults().category() == null);
  }
}
