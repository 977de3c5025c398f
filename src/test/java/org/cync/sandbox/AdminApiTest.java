package org.cync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.cync.sandbox.token.Pki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin API: apps, certificates, permissions, mutations, settings, raw mailbox views. */
class AdminApiTest {
  static GraphSandbox sandbox;
  static Raw raw;

  @BeforeAll
  static void start() {
    sandbox = GraphSandbox.builder().users(40).seed(21).start();
    raw = new Raw(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void aBodyOverEightMegabytesIs413NotParsedTruncated() {
    int before = sandbox.limits().mailboxConcurrency;
    Raw.Reply r =
        raw.admin(
            "PUT",
            "/limits",
            "{\"mailboxConcurrency\":" + (before + 1) + "}" + " ".repeat(8 << 20));
    assertEquals(413, r.status(), r.text());
    assertEquals(before, sandbox.limits().mailboxConcurrency, "nothing of the body was applied");
  }

  @Test
  void registerUploadGrantRevokeThenAuthenticate() {
    TestApp app = new TestApp();
    assertEquals(
        200, raw.admin("POST", "/apps", "{\"clientId\":\"" + app.clientId + "\"}").status());
    Raw.Reply up =
        raw.send(
            "POST",
            sandbox.adminUrl() + "/apps/" + app.clientId + "/certificates",
            null,
            Map.of("Content-Type", "application/x-pem-file"),
            Pki.pem(app.cert).getBytes(StandardCharsets.US_ASCII));
    assertEquals(200, up.status(), up.text());
    assertEquals(40, up.json().get("thumbprint").getAsString().length());
    raw.admin("PUT", "/apps/" + app.clientId + "/permissions/User.Read.All", null);
    String token = raw.accessToken(app);
    assertEquals(200, raw.get("/users?$top=1", token).status());
    JsonObject view =
        raw.admin("DELETE", "/apps/" + app.clientId + "/permissions/User.Read.All", null).json();
    assertEquals(0, view.getAsJsonArray("permissions").size());
    assertEquals(200, raw.get("/users?$top=1", token).status(), "an issued token keeps its roles");
    assertEquals(
        403, raw.get("/users?$top=1", raw.accessToken(app)).status(), "a new token has none");
    TestApp der = new TestApp();
    raw.admin("POST", "/apps", "{\"clientId\":\"" + der.clientId + "\"}");
    try {
      Raw.Reply d =
          raw.send(
              "POST",
              sandbox.adminUrl() + "/apps/" + der.clientId + "/certificates",
              null,
              Map.of("Content-Type", "application/pkix-cert"),
              der.cert.getEncoded());
      assertEquals(200, d.status(), d.text());
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new AssertionError(e);
    }
    assertEquals(404, raw.admin("GET", "/apps/unknown", null).status());
  }

  @Test
  void mutationsLimitsFaultsCountersAndRawMailboxes() {
    JsonArray changed =
        com.google.gson.JsonParser.parseString(
                raw.admin("POST", "/directory/users/change", "{\"count\":3}").text())
            .getAsJsonArray();
    assertEquals(3, changed.size());
    String id =
        raw.admin(
                "POST",
                "/directory/users",
                "{\"displayName\":\"New Person\",\"userPrincipalName\":\"new.person@x.example\",\"mailbox\":true}")
            .json()
            .get("id")
            .getAsString();
    assertTrue(sandbox.directory().read(() -> sandbox.directory().user(id).mailboxLicensed()));
    assertEquals(200, raw.admin("POST", "/directory/users/" + id + "/delete", "{}").status());
    assertEquals(200, raw.admin("POST", "/directory/users/" + id + "/restore", null).status());
    assertEquals(200, raw.admin("POST", "/directory/users/" + id + "/photo", null).status());
    assertTrue(sandbox.directory().read(() -> sandbox.directory().user(id).photo() != null));
    assertEquals(
        7,
        raw.admin("PUT", "/limits", "{\"mailboxConcurrency\":7,\"timeScale\":0.5}")
            .json()
            .get("mailboxConcurrency")
            .getAsInt());
    assertEquals(0.5, sandbox.limits().timeScale);
    raw.admin("PUT", "/latency", "{\"minMillis\":1,\"maxMillis\":2}");
    assertEquals(2, sandbox.latency().maxMillis);
    raw.admin("PUT", "/faults", "{\"rate503\":0.25,\"usersDeltaGone\":true}");
    assertEquals(0.25, sandbox.faults().rate503);
    assertEquals(400, raw.admin("PUT", "/faults", "{\"nonsense\":1}").status());

    TestApp app = new TestApp();
    sandbox.registerApp(app.clientId, app.cert, "Contacts.ReadWrite");
    raw.admin("POST", "/reset", null);
    String token = raw.accessToken(app);
    String u = Tenants.mailboxUsers(sandbox).get(0);
    raw.graph(
        "POST",
        "/users/" + u + "/contacts",
        token,
        Map.of(),
        com.google.gson.JsonParser.parseString("{\"givenName\":\"Raw\"}"));
    JsonArray folders =
        com.google.gson.JsonParser.parseString(
                raw.admin("GET", "/mailboxes/" + u + "/folders", null).text())
            .getAsJsonArray();
    assertEquals(1, folders.size());
    JsonArray contacts =
        com.google.gson.JsonParser.parseString(
                raw.admin("GET", "/mailboxes/" + u + "/folders/default", null).text())
            .getAsJsonArray();
    assertEquals(
        "Raw",
        contacts.get(0).getAsJsonObject().getAsJsonObject("stored").get("givenName").getAsString());
    raw.admin("PUT", "/mailboxes/" + u + "/unavailable", "{\"unavailable\":true}");
    assertEquals(404, raw.get("/users/" + u + "/contacts", token).status());
    JsonObject counters = raw.admin("GET", "/counters", null).json();
    assertTrue(counters.getAsJsonObject("byStatus").get("404").getAsInt() >= 1);
    assertTrue(counters.getAsJsonObject("byMailbox").has(u));
    assertTrue(
        counters.getAsJsonObject("byEndpoint").has("POST /users/{id}/contacts"),
        counters.toString());
    assertEquals(sandbox.tenantId(), raw.admin("GET", "", null).json().get("tenant").getAsString());
    JsonObject tokens =
        raw.admin(
                "PUT",
                "/tokens",
                "{\"accessTokenLifetimeSeconds\":120,\"userDeltaTokenLifetimeSeconds\":60}")
            .json();
    assertEquals(120, tokens.get("accessTokenLifetimeSeconds").getAsInt());
    assertEquals(
        120,
        raw.token(sandbox.tenantId(), Raw.form(app.clientId, app.sign(sandbox.tokenUrl())))
            .json()
            .get("expires_in")
            .getAsInt());
    JsonObject range =
        raw.admin(
                "PUT",
                "/tokens",
                "{\"accessTokenLifetimeMinSeconds\":3600,\"accessTokenLifetimeMaxSeconds\":5400,"
                    + "\"userDeltaTokenLifetimeSeconds\":604800}")
            .json();
    assertEquals(3600, range.get("accessTokenLifetimeMinSeconds").getAsInt());
    assertEquals(5400, range.get("accessTokenLifetimeMaxSeconds").getAsInt());
    assertTrue(!range.has("accessTokenLifetimeSeconds"), "a range has no single lifetime");
    raw.admin("POST", "/reset", null);
  }

  @Test
  void groupsAreListedWithTheirIdsAndMemberCounts() {
    JsonArray groups =
        com.google.gson.JsonParser.parseString(raw.admin("GET", "/groups", null).text())
            .getAsJsonArray();
    JsonObject targets =
        groups.asList().stream()
            .map(g -> g.getAsJsonObject())
            .filter(g -> g.get("displayName").getAsString().equals("CYNC Targets"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(groups.toString()));
    int members = sandbox.directory().group(targets.get("id").getAsString()).members().size();
    assertTrue(members > 0, targets.toString());
    assertEquals(members, targets.get("memberCount").getAsInt());
    assertEquals(members, targets.get("transitiveMemberCount").getAsInt(), "no nested groups");
    assertEquals(
        sandbox.directory().groups().size(), groups.size(), "every group, once: " + groups);
    assertEquals(405, raw.admin("POST", "/groups", "{}").status());
    assertEquals(404, raw.admin("GET", "/groups/x", null).status());
  }

  @Test
  void countersTellSubRequestsContactWritesAndThrottlesPerMailbox() {
    TestApp app = new TestApp();
    sandbox.registerApp(app.clientId, app.cert, "Contacts.ReadWrite");
    String token = raw.accessToken(app);
    String u = Tenants.mailboxUsers(sandbox).get(1);
    JsonObject before = raw.admin("GET", "/counters", null).json();
    String create =
        "{\"id\":\"%s\",\"method\":\"POST\",\"url\":\"/users/"
            + u
            + "/contacts\",\"headers\":{\"Content-Type\":\"application/json\"},"
            + "\"body\":{\"givenName\":\"Batch\"}}";
    String batch =
        "{\"requests\":["
            + String.format(create, "1")
            + ","
            + String.format(create, "2")
            + ",{\"id\":\"3\",\"method\":\"GET\",\"url\":\"/users/"
            + u
            + "/contacts\"}]}";
    Raw.Reply r =
        raw.graph(
            "POST", "/$batch", token, Map.of(), com.google.gson.JsonParser.parseString(batch));
    assertEquals(200, r.status(), r.text());
    int limit = sandbox.limits().mailboxRequestsPerWindow;
    sandbox.limits().mailboxRequestsPerWindow = 0;
    try {
      assertEquals(429, raw.get("/users/" + u + "/contacts", token).status());
    } finally {
      sandbox.limits().mailboxRequestsPerWindow = limit;
    }
    JsonObject after = raw.admin("GET", "/counters", null).json();
    assertEquals(3, delta(before, after, "subRequests"), after.toString());
    assertEquals(2, delta(before, after, "writes"), after.toString());
    assertEquals(2, after.getAsJsonObject("writesByMailbox").get(u).getAsLong());
    assertEquals(1, after.getAsJsonObject("throttledByMailbox").get(u).getAsLong());
  }

  @Test
  void aDeniedMailboxFailsInABatchWithTheIdsSupportAsksForAndTheErrorLogHasThem() {
    TestApp app = new TestApp();
    sandbox.registerApp(app.clientId, app.cert, "Contacts.ReadWrite");
    String token = raw.accessToken(app);
    String u = Tenants.mailboxUsers(sandbox).get(1);
    raw.admin("PUT", "/mailboxes/" + u + "/denied", "{\"denied\":true}");
    try {
      Raw.Reply r =
          raw.graph(
              "POST",
              "/$batch",
              token,
              Map.of("client-request-id", "c1d2e3f4-0000-4000-8000-000000000001"),
              com.google.gson.JsonParser.parseString(
                  "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/users/"
                      + u
                      + "/contacts\"}]}"));
      assertEquals(200, r.status(), r.text());
      String requestId = r.header("request-id");
      assertEquals("c1d2e3f4-0000-4000-8000-000000000001", r.header("client-request-id"));
      assertTrue(r.header("Date") != null && !r.header("Date").isBlank(), "a Date header");
      JsonObject sub = r.json().getAsJsonArray("responses").get(0).getAsJsonObject();
      assertEquals(403, sub.get("status").getAsInt());
      JsonObject error = sub.getAsJsonObject("body").getAsJsonObject("error");
      assertEquals("ErrorAccessDenied", error.get("code").getAsString());
      JsonObject inner = error.getAsJsonObject("innerError");
      assertEquals(requestId, inner.get("request-id").getAsString());
      assertEquals(
          "c1d2e3f4-0000-4000-8000-000000000001", inner.get("client-request-id").getAsString());
      assertTrue(inner.get("date").getAsString().matches("\\d{4}-\\d\\d-\\d\\dT[\\d:]{8}"));
      JsonArray log =
          com.google.gson.JsonParser.parseString(raw.admin("GET", "/errors", null).text())
              .getAsJsonArray();
      JsonObject last = log.get(log.size() - 1).getAsJsonObject();
      assertEquals("ErrorAccessDenied", last.get("code").getAsString());
      assertEquals(requestId, last.get("request-id").getAsString());
      assertTrue(last.get("subRequest").getAsBoolean());
    } finally {
      raw.admin("PUT", "/mailboxes/" + u + "/denied", "{\"denied\":false}");
    }
    assertEquals(200, raw.get("/users/" + u + "/contacts", token).status());
  }

  private static long delta(JsonObject before, JsonObject after, String name) {
    return after.get(name).getAsLong() - before.get(name).getAsLong();
  }
}
