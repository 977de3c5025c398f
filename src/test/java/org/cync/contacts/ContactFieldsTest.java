package org.cync.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.Gson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactFieldsTest {

  @Test
  void rendersGraphV1ContactJson() {
    String json = new Gson().toJson(ContactFields.render(ContactCardTest.card()));
    assertEquals(
        "{\"displayName\":\"Zoë Ångström\",\"givenName\":\"Zoë\",\"surname\":\"Ångström\","
            + "\"fileAs\":\"Zoë Ångström\",\"emailAddresses\":["
            + "{\"name\":\"Zoë Ångström\",\"address\":\"zoe.angstrom@contoso.com\"},"
            + "{\"name\":\"Zoë Ångström\",\"address\":\"zoe@contoso.com\"}],"
            + "\"businessPhones\":[\"+49 30 1234\",\"+49 30 5678\"],\"mobilePhone\":\"+49 170 1111\","
            + "\"jobTitle\":\"Engineer\",\"department\":\"R\\u0026D\",\"companyName\":\"Contoso GmbH\","
            + "\"officeLocation\":\"Berlin 3.14\",\"businessAddress\":{\"street\":\"Unter den Linden 1\","
            + "\"city\":\"Berlin\",\"state\":\"BE\",\"postalCode\":\"10117\",\"countryOrRegion\":\"Germany\"},"
            + "\"manager\":\"Łukasz Żółć\",\"categories\":[\"Staff\"]}",
        json);
  }

  @Test
  void renderHasEveryPropertyInAFixedOrder() {
    ContactCard empty =
        new ContactCard(
            "id", null, null, null, null, null, null, null, null, null, null, null, null, null,
            null);
    Map<String, Object> json = ContactFields.render(empty);
    assertEquals(ContactFields.ALL, List.copyOf(json.keySet()));
    assertEquals(null, json.get(ContactFields.DEPARTMENT));
    assertEquals(List.of(), json.get(ContactFields.BUSINESS_PHONES));
  }

  @Test
  void createLeavesEmptyPropertiesOut() {
    ContactCard sparse =
        new ContactCard(
            "id",
            "Ann",
            null,
            null,
            "Ann",
            null,
            List.of("1"),
            null,
            null,
            "Sales",
            null,
            null,
            null,
            null,
            null);
    assertEquals(
        "{\"displayName\":\"Ann\",\"fileAs\":\"Ann\",\"businessPhones\":[\"1\"],"
            + "\"department\":\"Sales\"}",
        new Gson().toJson(ContactFields.forCreate(sparse)));
    assertFalse(ContactFields.forCreate(sparse).containsKey(ContactFields.BUSINESS_ADDRESS));
  }
}
