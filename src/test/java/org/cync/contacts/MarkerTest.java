package org.cync.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkerTest {
  private static final Gson GSON = new Gson();

  /** A contact as Graph returns it with {@code $expand=extensions}. */
  private static Map<String, Object> contact(String extensionsJson) {
    return GSON.fromJson(
        "{\"id\":\"AAMkAD…\",\"displayName\":\"Zoë Ångström\",\"extensions\":"
            + extensionsJson
            + "}",
        new TypeToken<Map<String, Object>>() {}.getType());
  }

  private static String stored(String name, String props) {
    return "{\"@odata.type\":\"#microsoft.graph.openTypeExtension\","
        + "\"id\":\"Microsoft.OutlookServices.OpenTypeExtension."
        + name
        + "\",\"extensionName\":\""
        + name
        + "\""
        + props
        + "}";
  }

  @Test
  void extensionForCreateIsGraphsInlineShape() {
    assertEquals(
        "{\"@odata.type\":\"microsoft.graph.openTypeExtension\","
            + "\"extensionName\":\"org.cync.contactsync\",\"sourceId\":\"u-1\"}",
        GSON.toJson(Marker.extensionForCreate("u-1")));
  }

  @Test
  void createBodyCarriesTheContactAndOurMarkerInOneRequest() {
    ContactCard card = ContactCardTest.card();
    Map<String, Object> body = Marker.createBody(card);
    assertEquals(List.of(Marker.extensionForCreate(TestUsers.ZOE)), body.get("extensions"));
    body.remove("extensions");
    assertEquals(ContactFields.forCreate(card), body);
  }

  @Test
  void roundTripThroughJson() {
    Map<String, Object> created =
        GSON.fromJson(
            GSON.toJson(Marker.createBody(ContactCardTest.card())),
            new TypeToken<Map<String, Object>>() {}.getType());
    assertEquals(Optional.of(TestUsers.ZOE), Marker.sourceIdOf(created));
  }

  @Test
  void readsOurMarkerAsGraphStoresIt() {
    Map<String, Object> c =
        contact(
            "["
                + stored("com.example.other", ",\"sourceId\":\"not-ours\"")
                + ","
                + stored(Marker.EXTENSION_NAME, ",\"sourceId\":\"u-7\"")
                + "]");
    assertEquals(Optional.of("u-7"), Marker.sourceIdOf(c));
  }

  @Test
  void recognisedByItsIdAlone() {
    Map<String, Object> c =
        contact(
            "[{\"id\":\"Microsoft.OutlookServices.OpenTypeExtension.org.cync.contactsync\","
                + "\"sourceId\":\"u-8\"}]");
    assertEquals(Optional.of("u-8"), Marker.sourceIdOf(c));
  }

  @Test
  void someoneElsesExtensionIsNotOurs() {
    assertEquals(
        Optional.empty(),
        Marker.sourceIdOf(contact("[" + stored("com.example.crm", ",\"sourceId\":\"u-1\"") + "]")));
    assertEquals(
        Optional.empty(),
        Marker.sourceIdOf(
            contact("[" + stored("org.cync.contactsync.old", ",\"sourceId\":\"u\"") + "]")));
    assertEquals(
        Optional.empty(),
        Marker.sourceIdOf(
            contact("[" + stored(Marker.ADOPTABLE_EXTENSION, ",\"sourceId\":\"u\"") + "]")));
  }

  @Test
  void aContactWithoutExtensionsOrWithoutAnIdIsNotOurs() {
    assertEquals(Optional.empty(), Marker.sourceIdOf(Map.of("id", "AAMk")));
    assertEquals(Optional.empty(), Marker.sourceIdOf(contact("[]")));
    assertEquals(
        Optional.empty(),
        Marker.sourceIdOf(contact("[" + stored(Marker.EXTENSION_NAME, "") + "]")));
    assertEquals(
        Optional.empty(),
        Marker.sourceIdOf(
            contact("[" + stored(Marker.EXTENSION_NAME, ",\"sourceId\":\" \"") + "]")));
  }

  @Test
  void adoptsTheOriginalProductsContactsByObjectIdOrSourceId() {
    assertEquals(
        Optional.of("u-9"),
        Marker.adoptableSourceId(
            contact("[" + stored("com.itbaer.cync", ",\"objectId\":\"u-9\"") + "]")));
    assertEquals(
        Optional.of("u-10"),
        Marker.adoptableSourceId(
            contact("[" + stored("com.itbaer.cync", ",\"sourceId\":\"u-10\"") + "]")));
  }

  @Test
  void adoptionNeedsTheOriginalExtensionAndAnId() {
    assertEquals(
        Optional.empty(),
        Marker.adoptableSourceId(
            contact("[" + stored(Marker.EXTENSION_NAME, ",\"objectId\":\"u-9\"") + "]")));
    assertEquals(
        Optional.empty(),
        Marker.adoptableSourceId(contact("[" + stored("com.itbaer.cync", "") + "]")));
    assertEquals(
        Optional.empty(),
        Marker.sourceIdOf(contact("[" + stored("com.itbaer.cync", ",\"objectId\":\"u-9\"") + "]")));
  }
}
