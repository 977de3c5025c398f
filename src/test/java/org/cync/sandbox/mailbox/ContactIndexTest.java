package org.cync.sandbox.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contact lookup by extension name or extended property id and value. */
class ContactIndexTest {
  static final String PROP = "String {66f5a359-4659-4830-9070-00040ec6ac6e} Name SourceId";

  static JsonObject data(String ext, String value) {
    return JsonParser.parseString(
            "{\"extensions\":[{\"extensionName\":\""
                + ext
                + "\"}],\"singleValueExtendedProperties\":[{\"id\":\""
                + PROP
                + "\",\"value\":\""
                + value
                + "\"}]}")
        .getAsJsonObject();
  }

  static String byProp(String value) {
    return "singleValueExtendedProperties/Any(ep: ep/id eq '"
        + PROP
        + "' and ep/value eq '"
        + value
        + "')";
  }

  @Test
  void lookupsFollowCreateSaveAndDelete() {
    ContactIndex index = new ContactIndex();
    index.add(1, data("Com.Cync", "src-1"));
    index.add(2, data("Other", "src-2"));
    assertEquals(Set.of(1L), index.candidates("Extensions/any(f:f/id eq 'com.cync')"));
    assertEquals(
        Set.of(1L),
        index.candidates(
            "Extensions/any(f:f/id eq 'Microsoft.OutlookServices.OpenTypeExtension.Com.Cync')"));
    assertEquals(Set.of(2L), index.candidates(byProp("SRC-2")));
    index.remove(2, data("Other", "src-2"));
    index.add(2, data("Other", "src-3"));
    assertEquals(Set.of(), index.candidates(byProp("src-2")));
    assertEquals(Set.of(2L), index.candidates(byProp("src-3")));
    index.remove(1, data("Com.Cync", "src-1"));
    assertEquals(Set.of(), index.candidates("Extensions/any(f:f/id eq 'com.cync')"));
  }

  @Test
  void otherFiltersAreNotLookups() {
    ContactIndex index = new ContactIndex();
    assertNull(index.candidates("givenName eq 'A'"));
    assertNull(index.candidates("Extensions/any(f:f/id eq 'x') and givenName eq 'A'"));
  }
}
