package org.cync.connection.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.cync.connection.certificate.CertificateGenerator;
import org.cync.connection.certificate.CertificateProblem;
import org.cync.connection.certificate.CertificateStore;
import org.cync.connection.certificate.NewCertificate;
import org.cync.connection.certificate.Pkcs12CertificateStore;
import org.cync.connection.certificate.Thumbprint;
import org.cync.sandbox.GraphSandbox;
import org.cync.sandbox.Raw;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientAssertionTest {
  private static final String TOKEN_URL =
      "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token";
  private final String clientId = UUID.randomUUID().toString();
  @TempDir Path dir;
  private CertificateStore store;
  private String thumb;
  private X509Certificate cert;

  @BeforeEach
  void generate() throws CertificateProblem {
    store = new Pkcs12CertificateStore(dir.resolve("keystore.p12"), "pw".toCharArray());
    thumb =
        new CertificateGenerator(Clock.systemUTC()).generateInto(store, NewCertificate.defaults());
    cert = store.find(thumb).orElseThrow().certificate();
  }

  private String assertion(String tokenUrl, Clock clock) throws CertificateProblem {
    return ClientAssertion.create(
        clientId, tokenUrl, cert, data -> store.signSha256WithRsa(thumb, data), clock);
  }

  private static JsonObject part(String jwt, int i) {
    return JsonParser.parseString(
            new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[i]), StandardCharsets.UTF_8))
        .getAsJsonObject();
  }

  @Test
  void headerClaimsAndRs256Signature() throws Exception {
    Instant now = Instant.parse("2026-06-01T12:00:00Z");
    String jwt = assertion(TOKEN_URL, Clock.fixed(now, ZoneOffset.UTC));
    assertFalse(jwt.contains("="), "base64url without padding");
    String[] parts = jwt.split("\\.");
    assertEquals(3, parts.length);
    JsonObject header = part(jwt, 0);
    assertEquals("RS256", header.get("alg").getAsString());
    assertEquals("JWT", header.get("typ").getAsString());
    assertEquals(Thumbprint.x5t(cert), header.get("x5t").getAsString());
    assertEquals(Thumbprint.x5tS256(cert), header.get("x5t#S256").getAsString());
    JsonObject claims = part(jwt, 1);
    assertEquals(TOKEN_URL, claims.get("aud").getAsString());
    assertEquals(clientId, claims.get("iss").getAsString());
    assertEquals(clientId, claims.get("sub").getAsString());
    UUID.fromString(claims.get("jti").getAsString());
    assertTrue(claims.get("nbf").getAsJsonPrimitive().isNumber());
    assertEquals(now.getEpochSecond(), claims.get("nbf").getAsLong());
    assertEquals(now.getEpochSecond(), claims.get("iat").getAsLong());
    assertEquals(now.getEpochSecond() + 600, claims.get("exp").getAsLong());
    Signature v = Signature.getInstance("SHA256withRSA");
    v.initVerify(cert.getPublicKey());
    v.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertTrue(v.verify(Base64.getUrlDecoder().decode(parts[2])));
  }

  @Test
  void everyAssertionHasItsOwnJti() throws Exception {
    Clock clock = Clock.systemUTC();
    assertNotEquals(
        part(assertion(TOKEN_URL, clock), 1).get("jti"),
        part(assertion(TOKEN_URL, clock), 1).get("jti"));
  }

  @Test
  void emptyClientIdIsExplained() {
    String m =
        assertThrows(
                CertificateProblem.class,
                () -> ClientAssertion.create(" ", TOKEN_URL, cert, d -> d, Clock.systemUTC()))
            .getMessage();
    assertTrue(m.contains("application (client) ID"), m);
  }

  @Test
  void theSandboxTokenEndpointAcceptsIt() throws Exception {
    try (GraphSandbox sandbox = GraphSandbox.builder().users(1).start()) {
      sandbox.registerApp(clientId, cert, "User.Read.All");
      Raw raw = new Raw(sandbox);
      String jwt = assertion(sandbox.tokenUrl(), Clock.systemUTC());
      Raw.Reply reply = raw.token(sandbox.tenantId(), Raw.form(clientId, jwt));
      assertEquals(200, reply.status(), reply.text());
      assertEquals("Bearer", reply.json().get("token_type").getAsString());
      Raw.Reply replay = raw.token(sandbox.tenantId(), Raw.form(clientId, jwt));
      assertEquals(401, replay.status(), "the sandbox really checks: a reused jti is refused");
    }
  }
}
