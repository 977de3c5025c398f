package org.cync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.Map;
import org.cync.sandbox.token.Jwt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The token endpoint on the wire: success shape, every AADSTS error, metadata. */
class TokenEndpointTest {
  static GraphSandbox sandbox;
  static Raw raw;
  static TestApp app;

  @BeforeAll
  static void start() {
    sandbox = GraphSandbox.builder().users(20).start();
    raw = new Raw(sandbox);
    app = new TestApp();
    sandbox.registerApp(app.clientId, app.cert, "User.Read.All", "Contacts.ReadWrite");
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private Raw.Reply send(TestApp.Assertion a) {
    return raw.token(sandbox.tenantId(), Raw.form(app.clientId, TestApp.sign(a)));
  }

  private static void assertAadError(Raw.Reply r, int status, String error, int code) {
    assertEquals(status, r.status(), r.text());
    JsonObject o = r.json();
    assertEquals(error, o.get("error").getAsString());
    assertTrue(
        o.get("error_description").getAsString().startsWith("AADSTS" + code + ": "), r.text());
    assertTrue(o.get("error_description").getAsString().contains("\r\nTrace ID: "));
    assertEquals(code, o.getAsJsonArray("error_codes").get(0).getAsInt());
    assertTrue(
        o.get("timestamp").getAsString().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ"));
    assertTrue(o.get("trace_id").getAsString().matches("[0-9a-f-]{36}"));
    assertTrue(o.has("correlation_id"));
  }

  @Test
  void aFormOverOneMegabyteIs413NotReadTruncated() {
    Map<String, String> form =
        new java.util.LinkedHashMap<>(Raw.form(app.clientId, app.sign(sandbox.tokenUrl())));
    form.put("padding", "x".repeat(1 << 20));
    Raw.Reply refused = raw.token(sandbox.tenantId(), form);
    assertEquals(413, refused.status());
    assertEquals("close", refused.header("Connection"));
    Raw.Reply next =
        raw.token(sandbox.tenantId(), Raw.form(app.clientId, app.sign(sandbox.tokenUrl())));
    assertEquals(200, next.status(), next.text());
  }

  @Test
  void expiresInIsDrawnBetweenSixtyAndNinetyMinutesAndMatchesTheToken() {
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int i = 0; i < 12; i++) {
      Raw.Reply r =
          raw.token(sandbox.tenantId(), Raw.form(app.clientId, app.sign(sandbox.tokenUrl())));
      JsonObject o = r.json();
      long in = o.get("expires_in").getAsLong();
      assertTrue(in >= 3600 && in <= 5400, r.text());
      assertEquals(in, o.get("ext_expires_in").getAsLong());
      JsonObject claims = Jwt.parse(o.get("access_token").getAsString()).claims();
      assertEquals(in, claims.get("exp").getAsLong() - claims.get("nbf").getAsLong());
      seen.add(in);
    }
    assertTrue(seen.size() > 1, "drawn per token, not a constant: " + seen);
  }

  @Test
  void issuesAGraphTokenWithRolesTenantAndAppId() {
    Raw.Reply r =
        raw.token(sandbox.tenantId(), Raw.form(app.clientId, app.sign(sandbox.tokenUrl())));
    assertEquals(200, r.status(), r.text());
    JsonObject o = r.json();
    assertEquals("Bearer", o.get("token_type").getAsString());
    Jwt jwt = Jwt.parse(o.get("access_token").getAsString());
    assertEquals("https://graph.microsoft.com", jwt.claim("aud"));
    assertEquals(sandbox.tenantId(), jwt.claim("tid"));
    assertEquals(app.clientId, jwt.claim("appid"));
    assertEquals(2, jwt.claims().getAsJsonArray("roles").size());
    assertTrue(jwt.verify(sandbox.tokens().publicKey()));
  }

  @Test
  void acceptsPs256AndEitherThumbprintHeaderAndTheDomainAsTenant() {
    TestApp.Assertion ps = app.assertion(sandbox.tokenUrl());
    ps.alg = "PS256";
    ps.x5t = false;
    assertEquals(200, send(ps).status());
    TestApp.Assertion sha1Only = app.assertion(sandbox.tokenUrl());
    sha1Only.x5tS256 = false;
    assertEquals(200, send(sha1Only).status());
    String domainUrl = sandbox.authority() + "/" + sandbox.domain() + "/oauth2/v2.0/token";
    assertEquals(
        200, raw.token(sandbox.domain(), Raw.form(app.clientId, app.sign(domainUrl))).status());
  }

  @Test
  void ignoresUnknownParametersSuchAsClaims() {
    Map<String, String> f = Raw.form(app.clientId, app.sign(sandbox.tokenUrl()));
    f.put("claims", "{\"access_token\":{\"xms_cc\":{\"values\":[\"CP1\"]}}}");
    f.put("client_info", "1");
    assertEquals(200, raw.token(sandbox.tenantId(), f).status());
  }

  @Test
  void unknownTenantIs90002() {
    Raw.Reply r =
        raw.token(
            "00000000-1111-2222-3333-444444444444",
            Raw.form(app.clientId, app.sign(sandbox.tokenUrl())));
    assertAadError(r, 400, "invalid_request", 90002);
  }

  @Test
  void unknownApplicationIs700016() {
    TestApp stranger = new TestApp();
    Raw.Reply r =
        raw.token(
            sandbox.tenantId(), Raw.form(stranger.clientId, stranger.sign(sandbox.tokenUrl())));
    assertAadError(r, 400, "unauthorized_client", 700016);
  }

  @Test
  void certificateNotRegisteredIs700027() {
    TestApp other = new TestApp();
    TestApp.Assertion a = app.assertion(sandbox.tokenUrl());
    a.key = other.keys.getPrivate();
    a.cert = other.cert;
    Raw.Reply r = send(a);
    assertAadError(r, 401, "invalid_client", 700027);
    assertTrue(r.json().get("error_description").getAsString().contains("not registered"));
  }

  @Test
  void expiredCertificateCredentialIs700027() {
    TestApp expired =
        new TestApp(
            java.time.Instant.now().minus(400, java.time.temporal.ChronoUnit.DAYS),
            java.time.Instant.now().minus(1, java.time.temporal.ChronoUnit.DAYS));
    sandbox.registerApp(expired.clientId, expired.cert, "User.Read.All");
    Raw.Reply r =
        raw.token(sandbox.tenantId(), Raw.form(expired.clientId, expired.sign(sandbox.tokenUrl())));
    assertAadError(r, 401, "invalid_client", 700027);
    assertTrue(r.json().get("error_description").getAsString().contains("expired"));
  }

  @Test
  void badSignatureIs700027() {
    TestApp.Assertion a = app.assertion(sandbox.tokenUrl());
    a.key = new TestApp().keys.getPrivate();
    Raw.Reply r = send(a);
    assertAadError(r, 401, "invalid_client", 700027);
    assertTrue(r.json().get("error_description").getAsString().contains("invalid signature"));
  }

  @Test
  void unsupportedAlgorithmDoesNotVerify() {
    TestApp.Assertion a = app.assertion(sandbox.tokenUrl());
    a.alg = "RS384";
    assertAadError(send(a), 401, "invalid_client", 700027);
  }

  @Test
  void expiredOrNotYetValidAssertionIs700024() {
    long now = java.time.Instant.now().getEpochSecond();
    TestApp.Assertion expired = app.assertion(sandbox.tokenUrl());
    expired.nbf = now - 3600;
    expired.exp = now - 1200;
    assertAadError(send(expired), 401, "invalid_client", 700024);
    TestApp.Assertion future = app.assertion(sandbox.tokenUrl());
    future.nbf = now + 1200;
    future.exp = now + 1800;
    assertAadError(send(future), 401, "invalid_client", 700024);
  }

  @Test
  void timeClaimsMustBeNumbersAndNbfIsRequired() {
    TestApp.Assertion noNbf = app.assertion(sandbox.tokenUrl());
    noNbf.editClaims = c -> c.remove("nbf");
    assertAadError(send(noNbf), 401, "invalid_client", 700024);
    TestApp.Assertion textExp = app.assertion(sandbox.tokenUrl());
    textExp.editClaims = c -> c.addProperty("exp", String.valueOf(textExp.exp));
    assertAadError(send(textExp), 401, "invalid_client", 700024);
    TestApp.Assertion textNbf = app.assertion(sandbox.tokenUrl());
    textNbf.editClaims = c -> c.addProperty("nbf", String.valueOf(textNbf.nbf));
    assertAadError(send(textNbf), 401, "invalid_client", 700024);
  }

  @Test
  void missingScopeIs900144() {
    Map<String, String> f = Raw.form(app.clientId, app.sign(sandbox.tokenUrl()));
    f.remove("scope");
    Raw.Reply r = raw.token(sandbox.tenantId(), f);
    assertAadError(r, 400, "invalid_request", 900144);
    assertTrue(
        r.json()
            .get("error_description")
            .getAsString()
            .contains("The request body must contain the following parameter: 'scope'."),
        r.text());
  }

  @Test
  void smallClockSkewIsTolerated() {
    long now = java.time.Instant.now().getEpochSecond();
    TestApp.Assertion skewed = app.assertion(sandbox.tokenUrl());
    skewed.nbf = now + 60;
    skewed.exp = now + 660;
    assertEquals(200, send(skewed).status());
  }

  @Test
  void wrongAudienceIs700023() {
    TestApp.Assertion a =
        app.assertion(
            "https://login.microsoftonline.com/" + sandbox.tenantId() + "/oauth2/v2.0/token");
    assertAadError(send(a), 401, "invalid_client", 700023);
  }

  @Test
  void issuerOrSubjectOtherThanClientIdIs700021() {
    TestApp.Assertion a = app.assertion(sandbox.tokenUrl());
    a.iss = "someone-else";
    a.sub = "someone-else";
    assertAadError(send(a), 401, "invalid_client", 700021);
  }

  /** AADSTS50048 SubjectMismatchesIssuer (Entra's error code reference). */
  @Test
  void subjectOtherThanIssuerIs50048() {
    TestApp.Assertion a = app.assertion(sandbox.tokenUrl());
    a.sub = "someone-else";
    Raw.Reply r = send(a);
    assertAadError(r, 401, "invalid_client", 50048);
    assertTrue(
        r.json()
            .get("error_description")
            .getAsString()
            .contains("Subject mismatches Issuer claim in the client assertion"),
        r.text());
    TestApp.Assertion issuerOnly = app.assertion(sandbox.tokenUrl());
    issuerOnly.iss = "someone-else";
    assertAadError(send(issuerOnly), 401, "invalid_client", 50048);
  }

  /** AADSTS900144 for a missing grant_type, before any other check of the form. */
  @Test
  void missingGrantTypeIs900144() {
    Map<String, String> f = Raw.form(app.clientId, app.sign(sandbox.tokenUrl()));
    f.remove("grant_type");
    Raw.Reply r = raw.token(sandbox.tenantId(), f);
    assertAadError(r, 400, "invalid_request", 900144);
    assertTrue(
        r.json()
            .get("error_description")
            .getAsString()
            .contains("The request body must contain the following parameter: 'grant_type'."),
        r.text());
    f.put("grant_type", "");
    assertAadError(raw.token(sandbox.tenantId(), f), 400, "invalid_request", 900144);
    f.put("grant_type", "password");
    assertAadError(raw.token(sandbox.tenantId(), f), 400, "unsupported_grant_type", 70003);
  }

  @Test
  void noCredentialIs7000216() {
    Map<String, String> f = Raw.form(app.clientId, "x");
    f.remove("client_assertion");
    f.remove("client_assertion_type");
    assertAadError(raw.token(sandbox.tenantId(), f), 401, "invalid_client", 7000216);
  }

  @Test
  void replayedJtiIsRefused() {
    TestApp.Assertion a = app.assertion(sandbox.tokenUrl());
    String signed = TestApp.sign(a);
    assertEquals(200, raw.token(sandbox.tenantId(), Raw.form(app.clientId, signed)).status());
    assertAadError(
        raw.token(sandbox.tenantId(), Raw.form(app.clientId, signed)),
        401,
        "invalid_client",
        50013);
  }

  @Test
  void wrongScopeIs70011() {
    Map<String, String> f = Raw.form(app.clientId, app.sign(sandbox.tokenUrl()));
    f.put("scope", "https://foo.microsoft.com/.default");
    assertAadError(raw.token(sandbox.tenantId(), f), 400, "invalid_scope", 70011);
  }

  @Test
  void servesOpenIdMetadataAndKeys() {
    Raw.Reply r =
        raw.send(
            "GET",
            sandbox.authority()
                + "/"
                + sandbox.tenantId()
                + "/v2.0/.well-known/openid-configuration",
            null,
            Map.of(),
            null);
    assertEquals(200, r.status());
    assertEquals(sandbox.tokenUrl(), r.json().get("token_endpoint").getAsString());
    Raw.Reply keys = raw.send("GET", r.json().get("jwks_uri").getAsString(), null, Map.of(), null);
    assertEquals(
        sandbox.tokens().kid(),
        keys.json().getAsJsonArray("keys").get(0).getAsJsonObject().get("kid").getAsString());
    Raw.Reply unknown =
        raw.send(
            "GET",
            sandbox.authority() + "/nobody.example/v2.0/.well-known/openid-configuration",
            null,
            Map.of(),
            null);
    assertAadError(unknown, 400, "invalid_tenant", 90002);
  }
}
