package org.cync.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cync.settings.MappingOptions;
import org.junit.jupiter.api.Test;

class ContactDriftTest {
  private final ContactCard card =
      ContactMapper.map(TestUsers.full(), MappingOptions.defaults(), id -> "Big Boss");

  /**
   * The contact as Graph returns it: every property, empty ones as null, [] or an address of "".
   */
  private Map<String, Object> asGraphReturnsIt() {
    Map<String, Object> json = new HashMap<>(ContactFields.render(card));
    json.put("categories", null);
    json.put("jobTitle", " " + card.jobTitle() + " ");
    json.put("id", "AAMk…");
    json.put("personalNotes", "my own note");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> mails = (List<Map<String, Object>>) json.get("emailAddresses");
    Map<String, Object> first = new HashMap<>(mails.get(0));
    first.put("address", ((String) first.get("address")).toUpperCase());
    json.put("emailAddresses", List.of(first));
    return json;
  }

  @Test
  void anUntouchedContactHasNotDriftedHoweverGraphSpellsEmptyAndCase() {
    assertEquals(List.of(), ContactDrift.changed(asGraphReturnsIt(), card));
  }

  @Test
  void whatAUserEditedIsNamed() {
    Map<String, Object> json = asGraphReturnsIt();
    json.put("mobilePhone", "+49 170 9999");
    json.put("businessAddress", Map.of("street", "", "city", "", "state", ""));
    json.put("businessPhones", List.of());
    assertEquals(
        List.of("businessPhones", "mobilePhone", "businessAddress"),
        ContactDrift.changed(json, card));
  }

  @Test
  void aClearedFieldAndAnEmptyOneAreTheSame() {
    ContactCard bare =
        ContactMapper.map(
            TestUsers.bare("b1", "Bo", "bo@x"), MappingOptions.defaults(), id -> null);
    Map<String, Object> json = new HashMap<>();
    json.put("displayName", "Bo");
    json.put("fileAs", bare.fileAs());
    json.put("emailAddresses", List.of());
    json.put("businessAddress", Map.of("street", "", "city", ""));
    json.put("givenName", "");
    assertEquals(List.of(), ContactDrift.changed(json, bare));
  }
}
