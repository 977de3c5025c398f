package org.cync.sandbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cync.sandbox.GraphReference.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bodies the sandbox writes, validated against Microsoft's OpenAPI schemas (PersonalContacts.yml
 * and the user-schema excerpt), once from the project's condensed fixtures (always) and once from
 * Microsoft's originals in ../shared/graph-reference (not applicable when that folder is absent).
 * The three emailAddress properties added to v1.0 in the 2026-03 schema sync (graph-behaviour.md
 * §3.2) are newer than this copy of the YAML and are tolerated.
 */
class OpenApiConformanceTest {
  static final Set<String> NEWER =
      Set.of("primaryEmailAddress", "secondaryEmailAddress", "tertiaryEmailAddress");
  static GraphSandbox sandbox;
  static Raw raw;
  static String token;
  static String user;

  @BeforeAll
  static void start() {
    sandbox = GraphSandbox.builder().users(30).seed(13).start();
    raw = new Raw(sandbox);
    TestApp app = new TestApp();
    sandbox.registerApp(app.clientId, app.cert, "Contacts.ReadWrite", "User.Read.All");
    token = sandbox.tokens().issue(sandbox.apps().find(app.clientId));
    user = Tenants.mailboxUsers(sandbox).get(0);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static JsonObject call(String method, String path, String body) {
    Raw.Reply r =
        raw.graph(
            method, path, token, Map.of(), body == null ? null : JsonParser.parseString(body));
    assertTrue(r.status() < 300, r.text());
    return r.json();
  }

  static void assertValid(GraphReference ref, String schema, JsonElement value) {
    assertTrue(ref.has(schema), schema);
    List<String> problems = ref.validate(schema, value, NEWER);
    assertTrue(problems.isEmpty(), schema + ": " + problems + "\n" + value);
  }

  static final String FULL =
      """
      {"givenName":"Åsa","middleName":"M","surname":"Håkansson","nickName":"Åsi","title":"Dr.","initials":"Å.H.",
       "generation":"Jr.","fileAs":"Håkansson, Åsa","jobTitle":"Lead","companyName":"Contoso","department":"R&D",
       "officeLocation":"B1","profession":"Engineer","businessHomePage":"https://contoso.example","assistantName":"Bo",
       "manager":"Carl","spouseName":"Dan","personalNotes":"note","birthday":"1980-02-29T11:59:00Z",
       "yomiGivenName":"a","yomiSurname":"h","yomiCompanyName":"c","categories":["Red"],"children":["Eva"],
       "imAddresses":["sip:asa@contoso.example"],"homePhones":["+46 8 1"],"mobilePhone":"+46 70 1",
       "businessPhones":["+46 8 2","+46 8 3"],
       "emailAddresses":[{"name":"Åsa","address":"asa@contoso.example"},{"address":"asa@home.example"}],
       "homeAddress":{"street":"Drottninggatan 3","city":"Stockholm","state":"Stockholm","countryOrRegion":"Sweden","postalCode":"111 51"},
       "businessAddress":{"city":"Kista"},"otherAddress":{},
       "extensions":[{"@odata.type":"microsoft.graph.openTypeExtension","extensionName":"org.cync.source","sourceId":"x","n":1}],
       "singleValueExtendedProperties":[{"id":"String {66f5a359-4659-4830-9070-00047ec6ac6e} Name CyncSourceId","value":"x"}]}""";

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.cync.sandbox.GraphReference$Source#available")
  void contactsValidateAgainstTheContactSchema(Source src) {
    GraphReference ref = src.schemas();
    JsonObject created = call("POST", "/users/" + user + "/contacts", FULL);
    assertValid(ref, "microsoft.graph.contact", created);
    String id = created.get("id").getAsString();
    JsonObject expanded =
        call(
            "GET",
            "/users/"
                + user
                + "/contacts/"
                + id
                + "?$expand=extensions,singleValueExtendedProperties",
            null);
    assertValid(ref, "microsoft.graph.contact", expanded);
    assertValid(ref, "microsoft.graph.contact", call("POST", "/users/" + user + "/contacts", "{}"));
    assertValid(
        ref,
        "microsoft.graph.contactCollectionResponse",
        call("GET", "/users/" + user + "/contacts?$top=1", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.cync.sandbox.GraphReference$Source#available")
  void extensionsFoldersAndErrorsValidate(Source src) {
    GraphReference ref = src.schemas();
    String id = call("POST", "/users/" + user + "/contacts", FULL).get("id").getAsString();
    JsonObject exts = call("GET", "/users/" + user + "/contacts/" + id + "/extensions", null);
    assertValid(ref, "microsoft.graph.extensionCollectionResponse", exts);
    assertValid(ref, "microsoft.graph.extension", exts.getAsJsonArray("value").get(0));
    JsonObject folder =
        call(
            "POST",
            "/users/" + user + "/contactFolders",
            "{\"displayName\":\"Schema " + id.hashCode() + "\"}");
    assertValid(ref, "microsoft.graph.contactFolder", folder);
    assertValid(
        ref,
        "microsoft.graph.contactFolderCollectionResponse",
        call("GET", "/users/" + user + "/contactFolders", null));
    Raw.Reply notFound = raw.get("/users/" + user + "/contacts/" + missingId(user), token);
    assertValid(ref, "microsoft.graph.ODataErrors.ODataError", notFound.json());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.cync.sandbox.GraphReference$Source#available")
  void negativeControlTheCheckerCatchesWrongBodies(Source src) {
    GraphReference ref = src.schemas();
    JsonObject bad = call("POST", "/users/" + user + "/contacts", "{\"givenName\":\"X\"}");
    bad.addProperty("inventedProperty", 1);
    bad.addProperty("birthday", "yesterday");
    bad.add("businessPhones", JsonParser.parseString("\"not an array\""));
    List<String> problems = ref.validate("microsoft.graph.contact", bad, NEWER);
    String all = problems.toString();
    assertTrue(
        all.contains("inventedProperty")
            && all.contains("birthday")
            && all.contains("businessPhones"),
        all);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.cync.sandbox.GraphReference$Source#available")
  void usersUseOnlyDeclaredPropertiesWithTheirTypes(Source src) {
    GraphReference ref = src.schemas();
    String select = String.join(",", org.cync.sandbox.tenant.UserSchema.ALL);
    JsonObject list = call("GET", "/users?$select=" + select, null);
    assertFalse(list.getAsJsonArray("value").isEmpty());
    for (JsonElement u : list.getAsJsonArray("value")) {
      assertValid(ref, "microsoft.graph.user", withoutDirectoryObjectProps(u.getAsJsonObject()));
    }
  }

  static String missingId(String user) {
    return org.cync.sandbox.mailbox.ItemIds.encode(
        java.util.UUID.fromString(user), org.cync.sandbox.mailbox.ItemIds.CONTACT, 987654);
  }

  /** id and deletedDateTime come from directoryObject, which the user excerpt only references. */
  static JsonObject withoutDirectoryObjectProps(JsonObject u) {
    JsonObject c = u.deepCopy();
    c.remove("id");
    c.remove("deletedDateTime");
    return c;
  }
}
