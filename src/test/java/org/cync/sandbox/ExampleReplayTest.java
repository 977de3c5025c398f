package org.cync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;
import java.util.Set;
import org.cync.sandbox.GraphReference.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays Microsoft's documented request bodies against the sandbox and compares the answers with
 * the documented responses: same keys, same JSON kinds. Each test runs over the project's fixtures
 * (always) and over Microsoft's originals in ../shared/graph-reference (reported as not applicable
 * when that folder is absent).
 */
class ExampleReplayTest {
  static GraphSandbox sandbox;
  static Raw raw;
  static String token;
  static String user;

  @BeforeAll
  static void start() {
    sandbox = GraphSandbox.builder().users(120).seed(17).start();
    raw = new Raw(sandbox);
    TestApp app = new TestApp();
    sandbox.registerApp(
        app.clientId, app.cert, "Contacts.ReadWrite", "User.Read.All", "GroupMember.Read.All");
    token = raw.accessToken(app);
    user = Tenants.mailboxUsers(sandbox).get(0);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static Raw.Reply replay(Source src, String method, String path, String example) {
    return raw.graph(method, path, token, Map.of(), src.example(example));
  }

  /** A mailbox user of its own for each source, so that both variants can create the same items. */
  static String mailboxUser(Source src, int i) {
    return Tenants.mailboxUsers(sandbox).get(i + 10 * src.ordinal());
  }

  /** The batch request or response with the given id (the fixture keeps only those we use). */
  static JsonObject byId(JsonArray items, String id) {
    return items.asList().stream()
        .map(JsonElement::getAsJsonObject)
        .filter(o -> id.equals(o.get("id").getAsString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no batch item with id " + id));
  }

  static void assertSameShape(Source src, String documented, JsonElement ours, String... ignore) {
    Set<String> diff =
        GraphReference.shapeDifferences(src.example(documented), ours, Set.of(ignore));
    assertTrue(diff.isEmpty(), documented + ": " + diff);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.cync.sandbox.GraphReference$Source#available")
  void createContactAsDocumented(Source src) {
    src.assumeAvailable();
    Raw.Reply r =
        replay(src, "POST", "/users/" + user + "/contacts", "user-post-contacts.request.json");
    assertEquals(201, r.status(), "the page says 201 Created");
    assertSameShape(src, "user-post-contacts.response.json", r.json());
    assertEquals("Pavel Bansky", r.json().get("displayName").getAsString());
    assertSameShape(src, "contact-get.response.json", r.json());
    Raw.Reply get =
        raw.get("/users/" + user + "/contacts/" + r.json().get("id").getAsString(), token);
    assertSameShape(src, "contact-get.response.json", get.json());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.cync.sandbox.GraphReference$Source#available")
  void placeholderBirthdayIsRejectedLikeGraphWould(Source src) {
    src.assumeAvailable();
    String user = mailboxUser(src, 1);
    String folder =
        replay(
                src,
                "POST",
                "/users/" + user + "/contactFolders",
                "user-post-contactfolders.request.json")
            .json()
            .get("id")
            .getAsString();
    Raw.Reply r =
        replay(
            src,
            "POST",
            "/users/" + user + "/contactFolders/" + folder + "/contacts",
            "contactfolder-post-contacts.request.json");
    assertEquals(
        400, r.status(), "the doc's \"datetime-value\" placeholder is not an Edm.DateTimeOffset");
    assertEquals("RequestBodyRead", r.code());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.cync.sandbox.GraphReference$Source#available")
  void createFolderAndUpdateContactAsDocumented(Source src) {
    src.assumeAvailable();
    String user = mailboxUser(src, 2);
    Raw.Reply folder =
        replay(
            src,
            "POST",
            "/users/" + user + "/contactFolders",
            "user-post-contactfolders.request.json");
    assertEquals(201, folder.status());
    assertSameShape(src, "user-post-contactfolders.response.json", folder.json());
    assertSameShape(
        src,
        "user-list-contactfolders.response.json",
        raw.get("/users/" + user + "/contactFolders", token).json());
    String id =
        replay(src, "POST", "/users/" + user + "/contacts", "user-post-contacts.request.json")
            .json()
            .get("id")
            .getAsString();
    Raw.Reply patched =
        replay(src, "PATCH", "/users/" + user + "/contacts/" + id, "contact-update.request.json");
    assertEquals(200, patched.status());
    // The documented contact had a business address; the replayed requests set none, so ours is {}.
    assertSameShape(src, "contact-update.response.json", patched.json(), "businessAddress");
    JsonObject doc = src.example("contact-update.response.json").getAsJsonObject();
    assertEquals(doc.get("homeAddress"), patched.json().get("homeAddress"));
    assertTrue(
        patched.json().get("birthday").getAsString().startsWith(doc.get("birthday").getAsString()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.cync.sandbox.GraphReference$Source#available")
  void extensionsAndExtendedPropertiesAsDocumented(Source src) {
    src.assumeAvailable();
    String id =
        replay(src, "POST", "/users/" + user + "/contacts", "user-post-contacts.request.json")
            .json()
            .get("id")
            .getAsString();
    String item = "/users/" + user + "/contacts/" + id;
    Raw.Reply ext =
        replay(
            src,
            "POST",
            item + "/extensions",
            "opentypeextension-post.ex2-existing-item.request.json");
    assertEquals(201, ext.status(), ext.text());
    JsonObject docExt =
        src.example("opentypeextension-get.ex3-expand-single-item.response.json")
            .getAsJsonObject()
            .getAsJsonArray("extensions")
            .get(0)
            .getAsJsonObject();
    Set<String> diff = GraphReference.shapeDifferences(docExt, ext.json(), Set.of());
    assertTrue(diff.isEmpty(), diff.toString());
    assertEquals(docExt.get("id"), ext.json().get("id"));
    JsonObject filtered =
        raw.get(
                "/users/"
                    + user
                    + "/contacts?$filter=Extensions/any(f:f/id%20eq%20'Com.Contoso.Referral')"
                    + "&$expand=Extensions($filter=id%20eq%20'Com.Contoso.Referral')",
                token)
            .json();
    JsonObject item0 = filtered.getAsJsonArray("value").get(0).getAsJsonObject();
    assertEquals(
        docExt.get("dealValue"),
        item0.getAsJsonArray("extensions").get(0).getAsJsonObject().get("dealValue"));
    assertEquals(
        200,
        replay(
                src,
                "PATCH",
                item,
                "singlevaluelegacyextendedproperty-post.ex2-existing-item-patch.request.json")
            .status());
    JsonObject expanded =
        raw.get(
                item
                    + "?$expand=singleValueExtendedProperties($filter=id%20eq%20'String%20%7B66f5a359-4659-4830-9070-00047ec6ac6e%7D%20Name%20Color')",
                token)
            .json();
    JsonArray doc =
        src.example("singlevaluelegacyextendedproperty-get.ex1-expand.response.json")
            .getAsJsonObject()
            .getAsJsonArray("singleValueExtendedProperties");
    assertEquals(doc, expanded.getAsJsonArray("singleValueExtendedProperties"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.cync.sandbox.GraphReference$Source#available")
  void directoryResponsesAsDocumented(Source src) {
    src.assumeAvailable();
    JsonObject users = raw.get("/users", token).json();
    JsonObject docUser =
        src.example("user-list.ex1-all-users.response.json")
            .getAsJsonObject()
            .getAsJsonArray("value")
            .get(0)
            .getAsJsonObject();
    assertEquals(docUser.keySet(), users.getAsJsonArray("value").get(0).getAsJsonObject().keySet());
    assertSameShape(src, "user-list.ex1-all-users.response.json", users);
    JsonObject delta = raw.get("/users/delta?$select=displayName,givenName,surname", token).json();
    assertSameShape(src, "delta-query-users.initial.response.json", delta, "value");
    assertEquals(
        src.example("delta-query-users.initial.response.json")
            .getAsJsonObject()
            .get("@odata.context")
            .getAsString()
            .replace("https://graph.microsoft.com/v1.0", sandbox.graphBaseUrl()),
        delta.get("@odata.context").getAsString());
    String group = Tenants.group(sandbox, "All Staff").id();
    JsonObject member =
        raw
            .get("/groups/" + group + "/transitiveMembers?$top=999", token)
            .json()
            .getAsJsonArray("value")
            .asList()
            .stream()
            .map(JsonElement::getAsJsonObject)
            .filter(m -> m.get("@odata.type").getAsString().endsWith("user"))
            .findFirst()
            .orElseThrow();
    JsonObject docMember =
        src.example("group-list-transitivemembers.ex1-all.response.json")
            .getAsJsonObject()
            .getAsJsonArray("value")
            .get(0)
            .getAsJsonObject();
    assertTrue(GraphReference.shapeDifferences(docMember, member, Set.of()).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.cync.sandbox.GraphReference$Source#available")
  void batchAndErrorEnvelopesAsDocumented(Source src) {
    src.assumeAvailable();
    JsonObject request = src.example("json-batching.ex1-batch.request.json").getAsJsonObject();
    JsonArray only5 = new JsonArray();
    only5.add(byId(request.getAsJsonArray("requests"), "5"));
    JsonObject body = new JsonObject();
    body.add("requests", only5);
    JsonObject r = raw.graph("POST", "/$batch", token, Map.of(), body).json();
    JsonObject ours = r.getAsJsonArray("responses").get(0).getAsJsonObject();
    JsonObject doc =
        byId(
            src.example("json-batching.ex1-batch.response.json")
                .getAsJsonObject()
                .getAsJsonArray("responses"),
            "5");
    assertEquals(doc.get("status"), ours.get("status"));
    // Envelope only: the documented responses[0] is another request; bodies are compared below.
    assertSameShape(src, "json-batching.ex1-batch.response.json", r, "body");
    assertTrue(
        GraphReference.shapeDifferences(
                doc.getAsJsonObject("body"), ours.getAsJsonObject("body"), Set.of("value"))
            .isEmpty());
    assertEquals(
        sandbox.graphBaseUrl() + "/$metadata#users(id,displayName,userPrincipalName)",
        ours.getAsJsonObject("body").get("@odata.context").getAsString());
    JsonObject denied =
        byId(
            src.example("json-batching.ex1-batch.response.json")
                .getAsJsonObject()
                .getAsJsonArray("responses"),
            "3");
    Raw.Reply error =
        raw.get("/users/" + user + "/contacts/" + OpenApiConformanceTest.missingId(user), token);
    assertTrue(
        GraphReference.shapeDifferences(
                denied.getAsJsonObject("body").getAsJsonObject("error"),
                error.json().getAsJsonObject("error"),
                Set.of())
            .isEmpty());
    assertTrue(
        GraphReference.shapeDifferences(
                denied
                    .getAsJsonObject("body")
                    .getAsJsonObject("error")
                    .getAsJsonObject("innerError"),
                error.json().getAsJsonObject("error").getAsJsonObject("innerError"),
                Set.of())
            .isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.cync.sandbox.GraphReference$Source#available")
  void tokenResponsesAsDocumented(Source src) {
    src.assumeAvailable();
    TestApp app = new TestApp();
    sandbox.registerApp(app.clientId, app.cert);
    Raw.Reply ok =
        raw.token(sandbox.tenantId(), Raw.form(app.clientId, app.sign(sandbox.tokenUrl())));
    assertTrue(
        GraphReference.shapeDifferences(
                src.example("entra-client-credentials.token.response.json"), ok.json(), Set.of())
            .isEmpty());
    Map<String, String> form = Raw.form(app.clientId, app.sign(sandbox.tokenUrl()));
    form.put("scope", "https://foo.microsoft.com/.default");
    Raw.Reply err = raw.token(sandbox.tenantId(), form);
    assertTrue(
        GraphReference.shapeDifferences(
                src.example("entra-client-credentials.token.error.response.json"),
                err.json(),
                Set.of())
            .isEmpty());
    assertEquals(70011, err.json().getAsJsonArray("error_codes").get(0).getAsInt());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.cync.sandbox.GraphReference$Source#available")
  void photoMetadataAsDocumented(Source src) {
    src.assumeAvailable();
    String withPhoto = Tenants.users(sandbox, u -> u.photo() != null).get(0);
    Raw.Reply meta = raw.get("/users/" + withPhoto + "/photo", token);
    assertSameShape(src, "profilephoto-get.ex3-metadata.response.json", meta.json(), "@odata.id");
  }
}
