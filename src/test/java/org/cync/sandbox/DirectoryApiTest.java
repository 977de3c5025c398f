package org.cync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.cync.sandbox.token.TokenService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /users, /users/{id}, /groups on the wire: paging, options, 400/401/403/404/501 shapes. */
class DirectoryApiTest {
  static GraphSandbox sandbox;
  static Raw raw;
  static String token;
  static String contactsOnlyToken;

  @BeforeAll
  static void start() {
    sandbox = GraphSandbox.builder().users(230).seed(3).start();
    raw = new Raw(sandbox);
    TestApp app = new TestApp();
    sandbox.registerApp(app.clientId, app.cert, "User.Read.All", "GroupMember.Read.All");
    token = raw.accessToken(app);
    TestApp contactsOnly = new TestApp();
    sandbox.registerApp(
        contactsOnly.clientId, contactsOnly.cert, "Contacts.ReadWrite", "GroupMember.Read.All");
    contactsOnlyToken = raw.accessToken(contactsOnly);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static void assertGraphError(Raw.Reply r, int status, String code) {
    assertEquals(status, r.status(), r.text());
    JsonObject e = r.json().getAsJsonObject("error");
    assertEquals(code, e.get("code").getAsString());
    assertFalse(e.get("message").getAsString().isEmpty());
    JsonObject inner = e.getAsJsonObject("innerError");
    assertTrue(
        inner.get("date").getAsString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"));
    assertEquals(r.header("request-id"), inner.get("request-id").getAsString());
    assertNotNull(inner.get("client-request-id"));
  }

  @Test
  void defaultPageIs100WithNextLinksOnTheSandboxBase() {
    Raw.Reply r = raw.get("/users", token);
    assertEquals(200, r.status());
    assertNotNull(r.header("request-id"));
    JsonObject o = r.json();
    assertEquals(
        sandbox.graphBaseUrl() + "/$metadata#users", o.get("@odata.context").getAsString());
    assertEquals(100, o.getAsJsonArray("value").size());
    JsonObject first = o.getAsJsonArray("value").get(0).getAsJsonObject();
    assertEquals(11, first.size(), "default property set: " + first.keySet());
    Set<String> ids = new HashSet<>();
    String next = o.get("@odata.nextLink").getAsString();
    o.getAsJsonArray("value").forEach(u -> ids.add(u.getAsJsonObject().get("id").getAsString()));
    while (next != null) {
      assertTrue(next.startsWith(sandbox.graphBaseUrl() + "/users?"), next);
      JsonObject p = raw.send("GET", next, token, Map.of(), null).json();
      p.getAsJsonArray("value").forEach(u -> ids.add(u.getAsJsonObject().get("id").getAsString()));
      next = p.has("@odata.nextLink") ? p.get("@odata.nextLink").getAsString() : null;
    }
    assertEquals(230, ids.size());
  }

  @Test
  void deletingUsersWhilePagingNeitherSkipsNorRepeats() {
    JsonObject p1 = raw.get("/users?$top=10&$select=id", token).json();
    java.util.List<String> first = new java.util.ArrayList<>();
    p1.getAsJsonArray("value").forEach(u -> first.add(u.getAsJsonObject().get("id").getAsString()));
    sandbox.directory().softDelete(first.get(2));
    JsonObject p2 =
        raw.send("GET", p1.get("@odata.nextLink").getAsString(), token, Map.of(), null).json();
    java.util.List<String> all = Tenants.users(sandbox, u -> true);
    int expectedStart = all.indexOf(first.get(9)) + 1;
    assertEquals(
        all.get(expectedStart),
        p2.getAsJsonArray("value").get(0).getAsJsonObject().get("id").getAsString());
    sandbox.directory().restore(first.get(2));
  }

  @Test
  void topMustBeBetween1And999() {
    assertEquals(
        999 > 230 ? 230 : 999,
        raw.get("/users?$top=999", token).json().getAsJsonArray("value").size());
    assertGraphError(raw.get("/users?$top=1000", token), 400, "Request_BadRequest");
    assertGraphError(raw.get("/users?$top=0", token), 400, "Request_BadRequest");
    assertGraphError(raw.get("/users?$skip=10", token), 400, "Request_BadRequest");
  }

  @Test
  void selectShapesTheResultAndTheContext() {
    JsonObject o = raw.get("/users?$select=id,displayName,accountEnabled&$top=5", token).json();
    assertEquals(
        sandbox.graphBaseUrl() + "/$metadata#users(id,displayName,accountEnabled)",
        o.get("@odata.context").getAsString());
    assertEquals(
        Set.of("id", "displayName", "accountEnabled"),
        o.getAsJsonArray("value").get(0).getAsJsonObject().keySet());
    assertGraphError(raw.get("/users?$select=nonsense", token), 400, "Request_BadRequest");
    assertGraphError(raw.get("/users?$select=mailboxSettings", token), 501, "NotImplemented");
  }

  @Test
  void basicFiltersWorkAdvancedOnesNeedEventualAndCount() {
    JsonArray disabled =
        raw.get("/users?$filter=accountEnabled%20eq%20false&$select=id,accountEnabled", token)
            .json()
            .getAsJsonArray("value");
    assertFalse(disabled.isEmpty());
    disabled.forEach(u -> assertFalse(u.getAsJsonObject().get("accountEnabled").getAsBoolean()));
    JsonArray lic =
        raw.get(
                "/users?$filter=assignedLicenses/any(x:x/skuId%20eq%2006ebc4ee-1bb5-47dd-8120-11324bc54e06)&$top=999",
                token)
            .json()
            .getAsJsonArray("value");
    assertTrue(lic.size() > 100 && lic.size() < 230);
    assertEquals(
        2,
        raw.get("/users?$filter=userType%20in%20('Guest','Member')&$top=2", token)
            .json()
            .getAsJsonArray("value")
            .size());
    Raw.Reply ne = raw.get("/users?$filter=accountEnabled%20ne%20true", token);
    assertGraphError(ne, 400, "Request_UnsupportedQuery");
    assertTrue(
        ne.json().getAsJsonObject("error").get("message").getAsString().contains("NotEqualsMatch"));
    assertGraphError(
        raw.get("/users?$filter=endswith(mail,'.com')", token), 400, "Request_UnsupportedQuery");
    assertGraphError(
        raw.get("/users?$filter=assignedLicenses/$count%20eq%200", token),
        400,
        "Request_UnsupportedQuery");
    Raw.Reply ok =
        raw.graph(
            "GET",
            "/users?$filter=accountEnabled%20ne%20true&$count=true",
            token,
            Map.of("ConsistencyLevel", "eventual"),
            null);
    assertEquals(200, ok.status());
    assertEquals(disabled.size(), ok.json().get("@odata.count").getAsInt());
    Raw.Reply eventualNoCount =
        raw.graph(
            "GET",
            "/users?$filter=accountEnabled%20ne%20true",
            token,
            Map.of("ConsistencyLevel", "eventual"),
            null);
    assertGraphError(eventualNoCount, 400, "Request_UnsupportedQuery");
  }

  @Test
  void countSegmentNeedsEventual() {
    Raw.Reply r =
        raw.graph("GET", "/users/$count", token, Map.of("ConsistencyLevel", "eventual"), null);
    assertEquals("230", r.text());
    assertGraphError(raw.get("/users/$count", token), 400, "Request_BadRequest");
  }

  @Test
  void singleUserByIdOrUpnAnd404() {
    String id = Tenants.users(sandbox, u -> true).get(0);
    JsonObject u = raw.get("/users/" + id, token).json();
    assertEquals(id, u.get("id").getAsString());
    String upn = u.get("userPrincipalName").getAsString();
    assertEquals(id, raw.get("/users/" + upn, token).json().get("id").getAsString());
    assertGraphError(
        raw.get("/users/6f7d2a1e-0000-4000-8000-000000000000", token),
        404,
        "Request_ResourceNotFound");
  }

  @Test
  void authenticationFailuresAre401() {
    assertGraphError(raw.get("/users", null), 401, "InvalidAuthenticationToken");
    assertGraphError(raw.get("/users", "not-a-jwt"), 401, "InvalidAuthenticationToken");
    TokenService t = sandbox.tokens();
    String expired =
        t.issue(
            "app",
            "sp",
            Set.of("User.Read.All"),
            TokenService.GRAPH_AUDIENCE,
            sandbox.tenantId(),
            -3600);
    Raw.Reply r = raw.get("/users", expired);
    assertGraphError(r, 401, "InvalidAuthenticationToken");
    assertTrue(r.json().getAsJsonObject("error").get("message").getAsString().contains("expired"));
    assertNotNull(r.header("WWW-Authenticate"));
    String wrongAud =
        t.issue(
            "app",
            "sp",
            Set.of("User.Read.All"),
            "https://management.azure.com",
            sandbox.tenantId(),
            3600);
    assertGraphError(raw.get("/users", wrongAud), 401, "InvalidAuthenticationToken");
    String wrongTenant =
        t.issue(
            "app",
            "sp",
            Set.of("User.Read.All"),
            TokenService.GRAPH_AUDIENCE,
            "11111111-2222-3333-4444-555555555555",
            3600);
    assertGraphError(raw.get("/users", wrongTenant), 401, "InvalidAuthenticationToken");
  }

  @Test
  void missingRolesAre403WithTheWorkloadsCode() {
    assertGraphError(raw.get("/users", contactsOnlyToken), 403, "Authorization_RequestDenied");
    String mailboxUser = Tenants.mailboxUsers(sandbox).get(0);
    assertGraphError(
        raw.get("/users/" + mailboxUser + "/contactFolders", token), 403, "ErrorAccessDenied");
  }

  @Test
  void clientRequestIdIsEchoed() {
    Raw.Reply r =
        raw.graph("GET", "/users?$top=1", token, Map.of("client-request-id", "abc-123"), null);
    assertEquals("abc-123", r.header("client-request-id"));
    assertNotNull(r.header("x-ms-resource-unit"));
  }

  @Test
  void groupsMembersAndTransitiveMembers() {
    String allStaff = Tenants.group(sandbox, "All Staff").id();
    JsonArray direct =
        raw.get("/groups/" + allStaff + "/members", token).json().getAsJsonArray("value");
    direct.forEach(
        m ->
            assertEquals(
                "#microsoft.graph.group", m.getAsJsonObject().get("@odata.type").getAsString()));
    JsonObject trans = raw.get("/groups/" + allStaff + "/transitiveMembers?$top=50", token).json();
    assertEquals(50, trans.getAsJsonArray("value").size());
    assertTrue(trans.get("@odata.nextLink").getAsString().contains("transitiveMembers"));
    assertGraphError(
        raw.get("/groups/" + allStaff + "/transitiveMembers/microsoft.graph.user", token),
        400,
        "Request_UnsupportedQuery");
    Raw.Reply cast =
        raw.graph(
            "GET",
            "/groups/" + allStaff + "/transitiveMembers/microsoft.graph.user?$count=true&$top=999",
            token,
            Map.of("ConsistencyLevel", "eventual"),
            null);
    assertEquals(200, cast.status(), cast.text());
    cast.json()
        .getAsJsonArray("value")
        .forEach(
            m ->
                assertEquals(
                    "#microsoft.graph.user", m.getAsJsonObject().get("@odata.type").getAsString()));
    JsonArray found =
        raw.get("/groups?$filter=displayName%20eq%20'CYNC%20Targets'", token)
            .json()
            .getAsJsonArray("value");
    assertEquals(1, found.size());
    assertGraphError(
        raw.get("/groups/00000000-0000-4000-8000-000000000000/members", token),
        404,
        "Request_ResourceNotFound");
  }

  @Test
  void withoutUserReadRoleMembersShowOnlyTypeAndId() {
    String targets = Tenants.group(sandbox, "CYNC Targets").id();
    JsonObject m =
        raw.get("/groups/" + targets + "/members?$top=1", contactsOnlyToken)
            .json()
            .getAsJsonArray("value")
            .get(0)
            .getAsJsonObject();
    assertEquals(Set.of("@odata.type", "id"), m.keySet());
  }

  @Test
  void userPhotoMetadataValueAndImageNotFound() {
    String withPhoto = Tenants.users(sandbox, u -> u.photo() != null).get(0);
    JsonObject meta = raw.get("/users/" + withPhoto + "/photo", token).json();
    assertEquals("image/jpeg", meta.get("@odata.mediaContentType").getAsString());
    assertTrue(meta.get("@odata.mediaEtag").getAsString().startsWith("\""));
    Raw.Reply bytes = raw.get("/users/" + withPhoto + "/photo/$value", token);
    assertEquals("image/jpeg", bytes.header("Content-Type"));
    assertEquals((byte) 0xFF, bytes.body()[0]);
    String without = Tenants.users(sandbox, u -> u.photo() == null).get(0);
    assertGraphError(raw.get("/users/" + without + "/photo/$value", token), 404, "ImageNotFound");
    assertNull(raw.get("/users/" + withPhoto, token).json().get("photo"));
  }
}
