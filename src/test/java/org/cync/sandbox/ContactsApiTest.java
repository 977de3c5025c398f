package org.cync.sandbox;

import static org.cync.sandbox.DirectoryApiTest.assertGraphError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Contact folders, contacts, extensions, extended properties, photos and delta on the wire. */
class ContactsApiTest {
  static final String EXT = "org.cync.source";
  static final String PROP = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name CyncSourceId";
  static GraphSandbox sandbox;
  static Raw raw;
  static String token;
  static String readOnlyToken;
  static int next;

  @BeforeAll
  static void start() {
    sandbox = GraphSandbox.builder().users(60).seed(5).start();
    raw = new Raw(sandbox);
    TestApp app = new TestApp();
    sandbox.registerApp(
        app.clientId, app.cert, "Contacts.ReadWrite", "User.Read.All", "MailboxSettings.Read");
    token = sandbox.tokens().issue(sandbox.apps().find(app.clientId));
    TestApp reader = new TestApp();
    sandbox.registerApp(reader.clientId, reader.cert, "Contacts.Read");
    readOnlyToken = sandbox.tokens().issue(sandbox.apps().find(reader.clientId));
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static String mailbox() {
    return Tenants.mailboxUsers(sandbox).get(next++);
  }

  static Raw.Reply call(String method, String path, String json) {
    return raw.graph(
        method, path, token, Map.of(), json == null ? null : JsonParser.parseString(json));
  }

  static String folder(String user, String name) {
    Raw.Reply r =
        call("POST", "/users/" + user + "/contactFolders", "{\"displayName\":\"" + name + "\"}");
    assertEquals(201, r.status(), r.text());
    return r.json().get("id").getAsString();
  }

  static String contactJson(String given, String source) {
    return "{\"givenName\":\""
        + given
        + "\",\"surname\":\"Müller\",\"emailAddresses\":[{\"address\":\""
        + given
        + "@example.org\",\"name\":\""
        + given
        + "\"}],\"businessPhones\":[\"+49 89 1\"],"
        + "\"extensions\":[{\"@odata.type\":\"microsoft.graph.openTypeExtension\",\"extensionName\":\""
        + EXT
        + "\",\"sourceId\":\""
        + source
        + "\"}],"
        + "\"singleValueExtendedProperties\":[{\"id\":\""
        + PROP
        + "\",\"value\":\""
        + source
        + "\"}]}";
  }

  @Test
  void folderLifecycle() {
    String u = mailbox();
    String base = "/users/" + u + "/contactFolders";
    String id = folder(u, "CYNC");
    assertGraphError(call("POST", base, "{\"displayName\":\"cync\"}"), 409, "ErrorFolderExists");
    JsonObject got = call("GET", base + "/" + id, null).json();
    assertEquals("CYNC", got.get("displayName").getAsString());
    String defaultFolder = got.get("parentFolderId").getAsString();
    assertEquals(1, call("GET", base, null).json().getAsJsonArray("value").size());
    Raw.Reply child = call("POST", base + "/" + id + "/childFolders", "{\"displayName\":\"Sub\"}");
    assertEquals(201, child.status());
    assertEquals(id, child.json().get("parentFolderId").getAsString());
    assertEquals(
        1,
        call("GET", base + "/" + id + "/childFolders", null).json().getAsJsonArray("value").size());
    assertEquals(
        1,
        call("GET", base, null).json().getAsJsonArray("value").size(),
        "list shows only the first level");
    assertEquals(
        "Renamed",
        call("PATCH", base + "/" + id, "{\"displayName\":\"Renamed\"}")
            .json()
            .get("displayName")
            .getAsString());
    assertEquals(
        defaultFolder,
        call("GET", base + "/" + defaultFolder, null).json().get("id").getAsString());
    assertEquals(204, call("DELETE", base + "/" + id, null).status());
    assertGraphError(call("GET", base + "/" + id, null), 404, "ErrorItemNotFound");
    assertGraphError(call("GET", base + "/not-an-id", null), 400, "ErrorInvalidIdMalformed");
  }

  @Test
  void contactCrudWithTheFullSchemaAndChangeKeys() {
    String u = mailbox();
    String f = folder(u, "People");
    String coll = "/users/" + u + "/contactFolders/" + f + "/contacts";
    Raw.Reply created = call("POST", coll, contactJson("Zoë", "s1"));
    assertEquals(201, created.status(), created.text());
    JsonObject c = created.json();
    assertEquals("Zoë Müller", c.get("displayName").getAsString());
    assertEquals(f, c.get("parentFolderId").getAsString());
    assertEquals(
        "W/\"" + c.get("changeKey").getAsString() + "\"", c.get("@odata.etag").getAsString());
    assertTrue(
        c.get("homeAddress").isJsonObject()
            && c.get("homePhones").isJsonArray()
            && c.get("birthday").isJsonNull());
    assertFalse(c.has("extensions"), "navigation properties only when expanded");
    String item = coll + "/" + c.get("id").getAsString();
    JsonObject patched =
        call("PATCH", item, "{\"jobTitle\":\"Lead\",\"birthday\":\"1974-07-22\"}").json();
    assertEquals("Lead", patched.get("jobTitle").getAsString());
    assertEquals("1974-07-22T00:00:00Z", patched.get("birthday").getAsString());
    assertEquals("Zoë", patched.get("givenName").getAsString());
    assertNotEquals(c.get("changeKey").getAsString(), patched.get("changeKey").getAsString());
    JsonObject viaDefaultPath =
        call(
                "GET",
                "/users/" + u + "/contacts/" + c.get("id").getAsString() + "?$select=jobTitle",
                null)
            .json();
    assertEquals(
        java.util.Set.of("@odata.context", "@odata.etag", "id", "jobTitle"),
        viaDefaultPath.keySet());
    assertEquals(204, call("DELETE", item, null).status());
    assertGraphError(call("GET", item, null), 404, "ErrorItemNotFound");
  }

  @Test
  void exchangeLimitsAndTypeErrorsAre400() {
    String u = mailbox();
    String coll = "/users/" + u + "/contacts";
    Raw.Reply emails =
        call(
            "POST",
            coll,
            "{\"emailAddresses\":[{\"address\":\"a@x\"},{\"address\":\"b@x\"},{\"address\":\"c@x\"},{\"address\":\"d@x\"}]}");
    assertGraphError(emails, 400, "ErrorInvalidArgument");
    assertTrue(
        emails
            .json()
            .getAsJsonObject("error")
            .get("message")
            .getAsString()
            .contains("EmailAddresses has 4 entries"));
    assertGraphError(
        call("POST", coll, "{\"businessPhones\":[\"1\",\"2\",\"3\"]}"),
        400,
        "ErrorInvalidArgument");
    assertGraphError(
        call("POST", coll, "{\"birthday\":\"datetime-value\"}"), 400, "RequestBodyRead");
    assertGraphError(call("POST", coll, "{\"businessPhones\":\"1\"}"), 400, "RequestBodyRead");
    assertEquals(201, call("POST", coll, "{\"businessPhones\":[\"1\",\"2\"]}").status());
  }

  @Test
  void listPagesByTenWithSkip() {
    String u = mailbox();
    String f = folder(u, "Many");
    String coll = "/users/" + u + "/contactFolders/" + f + "/contacts";
    for (int i = 0; i < 23; i++) {
      assertEquals(201, call("POST", coll, "{\"givenName\":\"P" + i + "\"}").status());
    }
    JsonObject p1 = call("GET", coll, null).json();
    assertEquals(10, p1.getAsJsonArray("value").size());
    String nextLink = p1.get("@odata.nextLink").getAsString();
    assertTrue(nextLink.contains("%24skip=10"), nextLink);
    JsonObject p3 =
        raw.send(
                "GET",
                raw.send("GET", nextLink, token, Map.of(), null)
                    .json()
                    .get("@odata.nextLink")
                    .getAsString(),
                token,
                Map.of(),
                null)
            .json();
    assertEquals(3, p3.getAsJsonArray("value").size());
    assertFalse(p3.has("@odata.nextLink"));
    assertEquals(23, call("GET", coll + "?$top=100", null).json().getAsJsonArray("value").size());
  }

  @Test
  void topBelowOneIs400SoNoNextLinkRepeatsAnEmptyPage() {
    String u = mailbox();
    String coll = "/users/" + u + "/contacts";
    assertEquals(201, call("POST", coll, "{\"givenName\":\"Zero\"}").status());
    assertGraphError(call("GET", coll + "?$top=0", null), 400, "BadRequest");
    assertGraphError(
        call("GET", "/users/" + u + "/contactFolders?$top=0", null), 400, "BadRequest");
    assertEquals(1, call("GET", coll + "?$top=1", null).json().getAsJsonArray("value").size());
  }

  @Test
  void aLookupPatchExtensionOrPhotoParsesTheStoredContactAtMostOnce() {
    String u = mailbox();
    String coll = "/users/" + u + "/contacts";
    String id = call("POST", coll, contactJson("Ola", "src-9")).json().get("id").getAsString();
    org.cync.sandbox.mailbox.Mailbox box = sandbox.mailboxes().mailbox(u);
    String lookup =
        coll
            + "?$filter=singleValueExtendedProperties/Any(ep:%20ep/id%20eq%20'"
            + java.net.URLEncoder.encode(PROP, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20")
            + "'%20and%20ep/value%20eq%20'src-9')";
    long parses = box.contactParses();
    assertEquals(1, call("GET", lookup, null).json().getAsJsonArray("value").size());
    assertEquals(1, box.contactParses() - parses, "the filter and the response share one parse");
    parses = box.contactParses();
    assertEquals(200, call("PATCH", coll + "/" + id, "{\"givenName\":\"Olga\"}").status());
    assertEquals(1, box.contactParses() - parses, "PATCH");
    parses = box.contactParses();
    Raw.Reply ext =
        call(
            "POST",
            coll + "/" + id + "/extensions",
            "{\"@odata.type\":\"microsoft.graph.openTypeExtension\",\"extensionName\":\"org.cync.more\"}");
    assertEquals(201, ext.status(), ext.text());
    assertEquals(1, box.contactParses() - parses, "a new extension");
    parses = box.contactParses();
    Raw.Reply photo =
        raw.send(
            "PUT",
            sandbox.graphBaseUrl() + coll + "/" + id + "/photo/$value",
            token,
            Map.of("Content-Type", "image/jpeg"),
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
    assertEquals(200, photo.status(), photo.text());
    assertEquals(0, box.contactParses() - parses, "a photo leaves the properties alone");
    JsonObject found =
        call("GET", lookup, null).json().getAsJsonArray("value").get(0).getAsJsonObject();
    assertEquals("Olga", found.get("givenName").getAsString(), "the index still finds it");
  }

  @Test
  void textAndBinaryBodiesOverTheCapAre413Too() {
    byte[] big =
        ("{\"givenName\":\"Cut\"}" + " ".repeat(4 * 1024 * 1024))
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String m = mailbox();
    String coll = sandbox.graphBaseUrl() + "/users/" + m + "/contacts";
    for (String type : new String[] {"text/plain", "application/octet-stream"}) {
      assertGraphError(
          raw.send("POST", coll, token, Map.of("Content-Type", type), big),
          413,
          "RequestEntityTooLarge");
      assertGraphError(
          raw.send(
              "POST", sandbox.graphBaseUrl() + "/$batch", token, Map.of("Content-Type", type), big),
          413,
          "RequestEntityTooLarge");
    }
    assertEquals(
        0, call("GET", "/users/" + m + "/contacts", null).json().getAsJsonArray("value").size());
  }

  @Test
  void jsonAndBatchBodiesOverTheCapAre413NotParsedTruncated() {
    String pad = "a".repeat(4 * 1024 * 1024 + 16);
    Map<String, String> json = Map.of("Content-Type", "application/json");
    Raw.Reply contact =
        raw.send(
            "POST",
            sandbox.graphBaseUrl() + "/users/" + mailbox() + "/contacts",
            token,
            json,
            ("{\"givenName\":\"Big\",\"personalNotes\":\"" + pad + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertGraphError(contact, 413, "RequestEntityTooLarge");
    Raw.Reply batch =
        raw.send(
            "POST",
            sandbox.graphBaseUrl() + "/$batch",
            token,
            json,
            ("{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/users\"}],"
                    + "\"pad\":\""
                    + pad
                    + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertGraphError(batch, 413, "RequestEntityTooLarge");
  }

  @Test
  void lookupsByKeyFollowPatchAndDelete() {
    String u = mailbox();
    String coll = "/users/" + u + "/contacts";
    String id = call("POST", coll, contactJson("Kay", "src-1")).json().get("id").getAsString();
    String enc =
        java.net.URLEncoder.encode(PROP, java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");
    java.util.function.Function<String, Integer> byValue =
        v ->
            call(
                    "GET",
                    coll
                        + "?$filter=singleValueExtendedProperties/Any(ep:%20ep/id%20eq%20'"
                        + enc
                        + "'%20and%20ep/value%20eq%20'"
                        + v
                        + "')",
                    null)
                .json()
                .getAsJsonArray("value")
                .size();
    assertEquals(1, byValue.apply("src-1"));
    assertEquals(
        200,
        call(
                "PATCH",
                coll + "/" + id,
                "{\"singleValueExtendedProperties\":[{\"id\":\""
                    + PROP
                    + "\",\"value\":\"src-2\"}]}")
            .status());
    assertEquals(0, byValue.apply("src-1"));
    assertEquals(1, byValue.apply("src-2"));
    assertEquals(204, call("DELETE", coll + "/" + id, null).status());
    assertEquals(0, byValue.apply("src-2"));
    assertEquals(
        0,
        call("GET", coll + "?$filter=Extensions/any(f:f/id%20eq%20'" + EXT + "')", null)
            .json()
            .getAsJsonArray("value")
            .size());
  }

  @Test
  void extensionsAndExtendedPropertiesFilterAndExpand() {
    String u = mailbox();
    String coll = "/users/" + u + "/contacts";
    String id = call("POST", coll, contactJson("Anna", "src-9")).json().get("id").getAsString();
    call("POST", coll, "{\"givenName\":\"Unmarked\"}");
    JsonArray marked =
        call(
                "GET",
                coll
                    + "?$filter=Extensions/any(f:f/id%20eq%20'"
                    + EXT
                    + "')&$expand=Extensions($filter=id%20eq%20'"
                    + EXT
                    + "')",
                null)
            .json()
            .getAsJsonArray("value");
    assertEquals(1, marked.size());
    JsonObject ext =
        marked.get(0).getAsJsonObject().getAsJsonArray("extensions").get(0).getAsJsonObject();
    assertEquals("Microsoft.OutlookServices.OpenTypeExtension." + EXT, ext.get("id").getAsString());
    assertEquals("src-9", ext.get("sourceId").getAsString());
    String enc =
        java.net.URLEncoder.encode(PROP, java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");
    JsonArray byValue =
        call(
                "GET",
                coll
                    + "?$filter=singleValueExtendedProperties/Any(ep:%20ep/id%20eq%20'"
                    + enc
                    + "'%20and%20ep/value%20eq%20'SRC-9')",
                null)
            .json()
            .getAsJsonArray("value");
    assertEquals(1, byValue.size(), "value comparison is case-insensitive");
    assertFalse(
        byValue.get(0).getAsJsonObject().has("singleValueExtendedProperties"),
        "not returned unless expanded");
    JsonObject expanded =
        call(
                "GET",
                coll
                    + "/"
                    + id
                    + "?$expand=singleValueExtendedProperties($filter=id%20eq%20'"
                    + enc
                    + "')",
                null)
            .json();
    assertEquals(
        "src-9",
        expanded
            .getAsJsonArray("singleValueExtendedProperties")
            .get(0)
            .getAsJsonObject()
            .get("value")
            .getAsString());

    String exts = coll + "/" + id + "/extensions";
    assertGraphError(
        call(
            "POST",
            exts,
            "{\"@odata.type\":\"microsoft.graph.openTypeExtension\",\"extensionName\":\""
                + EXT
                + "\"}"),
        409,
        "NameAlreadyExists");
    Raw.Reply second =
        call(
            "POST",
            exts,
            "{\"@odata.type\":\"microsoft.graph.openTypeExtension\",\"extensionName\":\"org.cync.other\",\"n\":1}");
    assertEquals(201, second.status());
    assertEquals(2, call("GET", exts, null).json().getAsJsonArray("value").size());
    assertEquals(
        200,
        call("GET", exts + "/Microsoft.OutlookServices.OpenTypeExtension.org.cync.other", null)
            .status());
    assertEquals(204, call("PATCH", exts + "/org.cync.other", "{\"n\":2}").status());
    assertEquals(2, call("GET", exts + "/org.cync.other", null).json().get("n").getAsInt());
    assertEquals(204, call("DELETE", exts + "/org.cync.other", null).status());
    assertGraphError(call("GET", exts + "/org.cync.other", null), 404, "ErrorItemNotFound");
    assertGraphError(call("POST", exts, "{\"extensionName\":\"x.y\"}"), 400, "RequestBodyRead");
  }

  @Test
  void contactPhotoUpToFourMegabytes() {
    String u = mailbox();
    String id =
        call("POST", "/users/" + u + "/contacts", "{\"givenName\":\"Photo\"}")
            .json()
            .get("id")
            .getAsString();
    String photo = "/users/" + u + "/contacts/" + id + "/photo";
    assertGraphError(call("GET", photo + "/$value", null), 404, "ErrorItemNotFound");
    byte[] jpeg = new byte[1000];
    jpeg[0] = (byte) 0xFF;
    Raw.Reply put =
        raw.send(
            "PUT",
            sandbox.graphBaseUrl() + photo + "/$value",
            token,
            Map.of("Content-Type", "image/jpeg"),
            jpeg);
    assertEquals(200, put.status(), put.text());
    assertEquals(1000, call("GET", photo + "/$value", null).body().length);
    assertEquals(
        "image/jpeg", call("GET", photo, null).json().get("@odata.mediaContentType").getAsString());
    Raw.Reply big =
        raw.send(
            "PUT",
            sandbox.graphBaseUrl() + photo + "/$value",
            token,
            Map.of("Content-Type", "image/jpeg"),
            new byte[4 * 1024 * 1024 + 1]);
    assertGraphError(big, 413, "ErrorRequestEntityTooLarge");
  }

  @Test
  void deltaPerFolderWithRemovalsAndEviction() {
    String u = mailbox();
    String f = folder(u, "Sync");
    String coll = "/users/" + u + "/contactFolders/" + f + "/contacts";
    String a = call("POST", coll, "{\"givenName\":\"A\"}").json().get("id").getAsString();
    call("POST", coll, "{\"givenName\":\"B\"}");
    Raw.Reply first =
        raw.graph("GET", coll + "/delta", token, Map.of("Prefer", "odata.maxpagesize=1"), null);
    assertEquals(1, first.json().getAsJsonArray("value").size());
    assertEquals("odata.maxpagesize=1", first.header("Preference-Applied"));
    JsonObject p2 =
        raw.send("GET", first.json().get("@odata.nextLink").getAsString(), token, Map.of(), null)
            .json();
    String deltaLink =
        p2.has("@odata.deltaLink")
            ? p2.get("@odata.deltaLink").getAsString()
            : raw.send("GET", p2.get("@odata.nextLink").getAsString(), token, Map.of(), null)
                .json()
                .get("@odata.deltaLink")
                .getAsString();
    call("PATCH", coll + "/" + a, "{\"surname\":\"Changed\"}");
    String c = call("POST", coll, "{\"givenName\":\"C\"}").json().get("id").getAsString();
    call("DELETE", coll + "/" + c, null);
    JsonObject changes = raw.send("GET", deltaLink, token, Map.of(), null).json();
    JsonArray v = changes.getAsJsonArray("value");
    assertEquals(2, v.size(), v.toString());
    assertEquals("Changed", v.get(0).getAsJsonObject().get("surname").getAsString());
    assertEquals(
        "deleted",
        v.get(1).getAsJsonObject().getAsJsonObject("@removed").get("reason").getAsString());
    sandbox.mailboxes().mailbox(u).evictDeltaTokens();
    Raw.Reply gone =
        raw.send("GET", changes.get("@odata.deltaLink").getAsString(), token, Map.of(), null);
    assertEquals(410, gone.status());
    assertTrue(gone.header("Location").endsWith("/contacts/delta"));
  }

  @Test
  void mailboxErrorsAndPermissions() {
    String none = Tenants.withoutMailbox(sandbox);
    for (String path : new String[] {"/contactFolders", "/contacts", "/mailboxSettings"}) {
      assertGraphError(
          call("GET", "/users/" + none + path, null), 404, "MailboxNotEnabledForRESTAPI");
    }
    assertGraphError(
        call("GET", "/users/ghost@nowhere.example/contacts", null), 404, "ErrorInvalidUser");
    String u = mailbox();
    sandbox.mailboxes().mailbox(u).setUnavailable(true);
    assertGraphError(
        call("GET", "/users/" + u + "/contacts", null), 404, "MailboxNotEnabledForRESTAPI");
    sandbox.mailboxes().mailbox(u).setUnavailable(false);
    assertEquals(200, raw.get("/users/" + u + "/contacts", readOnlyToken).status());
    Raw.Reply denied =
        raw.graph(
            "POST",
            "/users/" + u + "/contacts",
            readOnlyToken,
            Map.of(),
            JsonParser.parseString("{\"givenName\":\"x\"}"));
    assertGraphError(denied, 403, "ErrorAccessDenied");
    assertGraphError(
        raw.get("/users/" + u + "/mailboxSettings", readOnlyToken), 403, "ErrorAccessDenied");
  }
}
