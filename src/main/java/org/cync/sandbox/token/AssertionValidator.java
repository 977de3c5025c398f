package org.cync.sandbox.token;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a certificate client assertion the way Entra does (iss = sub = client_id, a registered
 * certificate named by x5t or x5t#S256, RS256/PS256 signature, aud = the token URL, nbf/exp with a
 * small clock skew, jti never seen before) and answers with the matching AADSTS error.
 */
final class AssertionValidator {
  private static final String DOCS =
      " Review the documentation at"
          + " https://learn.microsoft.com/entra/identity-platform/certificate-credentials .";
  private final Clock clock;
  private final long skewSeconds;
  private final Map<String, Long> seenJti = new ConcurrentHashMap<>();

  AssertionValidator(Clock clock, long skewSeconds) {
    this.clock = clock;
    this.skewSeconds = skewSeconds;
  }

  void validate(String assertion, AppRegistration app, String tokenUrl) {
    Jwt jwt;
    try {
      jwt = Jwt.parse(assertion);
    } catch (IllegalArgumentException e) {
      throw new AadException(400, "invalid_request", 50027, "JWT token is invalid or malformed.");
    }
    String clientId = app.clientId();
    if (!String.valueOf(jwt.claim("iss")).equals(String.valueOf(jwt.claim("sub")))) {
      // AADSTS50048 SubjectMismatchesIssuer: "Subject mismatches Issuer claim in the client
      // assertion"
      // (https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes);
      // iss and sub must both be the client id
      // (https://learn.microsoft.com/en-us/entra/identity-platform/certificate-credentials).
      throw new AadException(
          401,
          "invalid_client",
          50048,
          "Subject mismatches Issuer claim in the client assertion. Contact the tenant admin.");
    }
    if (!clientId.equalsIgnoreCase(String.valueOf(jwt.claim("iss")))
        || !clientId.equalsIgnoreCase(String.valueOf(jwt.claim("sub")))) {
      throw new AadException(
          401,
          "invalid_client",
          700021,
          "Client assertion application identifier doesn't match 'client_id' parameter." + DOCS);
    }
    X509Certificate cert = certificateNamedBy(jwt, app);
    java.util.Date now = java.util.Date.from(clock.instant());
    if (now.after(cert.getNotAfter()) || now.before(cert.getNotBefore())) {
      throw invalidSignature(cert, "The key used is expired.");
    }
    if (!jwt.verify(cert.getPublicKey())) {
      throw invalidSignature(
          cert, "The provided signature value did not match the expected signature value.");
    }
    if (!tokenUrl.equals(jwt.claim("aud"))) {
      throw new AadException(
          401,
          "invalid_client",
          700023,
          "Client assertion audience claim does not match Realm issuer." + DOCS);
    }
    checkTime(jwt);
    String jti = jwt.claim("jti");
    long exp = jwt.seconds("exp");
    pruneJti();
    if (jti == null || seenJti.putIfAbsent(clientId + "|" + jti, exp) != null) {
      throw new AadException(
          401,
          "invalid_client",
          50013,
          "Assertion is invalid: the client assertion 'jti' is missing or was already used.");
    }
  }

  private X509Certificate certificateNamedBy(Jwt jwt, AppRegistration app) {
    String x5t = jwt.headerString("x5t");
    String x5tS256 = jwt.headerString("x5t#S256");
    for (X509Certificate c : app.certificates()) {
      if (x5tS256 != null && x5tS256.equals(b64(AppRegistration.digest(c, "SHA-256")))) {
        return c;
      }
      if (x5t != null && x5t.equals(b64(AppRegistration.digest(c, "SHA-1")))) {
        return c;
      }
    }
    String used = x5t != null ? hex(x5t) : x5tS256 != null ? hex(x5tS256) : "";
    throw new AadException(
        401,
        "invalid_client",
        700027,
        "The certificate with identifier used to sign the client assertion is not registered on"
            + " application. [Reason - The key was not found., Thumbprint of key used by client: '"
            + used
            + "', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see"
            + " configured keys for app Id '"
            + app.clientId()
            + "'.]");
  }

  private void checkTime(Jwt jwt) {
    Long nbf = jwt.seconds("nbf");
    Long exp = jwt.seconds("exp");
    long now = clock.instant().getEpochSecond();
    boolean ok = exp != null && nbf != null && exp + skewSeconds >= now && nbf - skewSeconds <= now;
    if (!ok) {
      throw new AadException(
          401,
          "invalid_client",
          700024,
          "Client assertion is not within its valid time range. Current time: "
              + clock.instant()
              + ", assertion valid from "
              + (nbf == null ? "" : Instant.ofEpochSecond(nbf))
              + ", expiry time of assertion "
              + (exp == null ? "" : Instant.ofEpochSecond(exp))
              + "."
              + DOCS);
    }
  }

  private void pruneJti() {
    if (seenJti.size() > 100_000) {
      long now = clock.instant().getEpochSecond() - skewSeconds;
      seenJti.values().removeIf(exp -> exp < now);
    }
  }

  private static String b64(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static String hex(String b64url) {
    try {
      return java.util.HexFormat.of()
          .withUpperCase()
          .formatHex(Base64.getUrlDecoder().decode(b64url));
    } catch (IllegalArgumentException e) {
      return b64url;
    }
  }

  /** AADSTS700027 as Entra words it, naming the certificate the client used and the reason. */
  private static AadException invalidSignature(
      java.security.cert.X509Certificate cert, String reason) {
    return new AadException(
        401,
        "invalid_client",
        700027,
        "Client assertion contains an invalid signature. [Reason - "
            + reason
            + ", Thumbprint of key used by client: '"
            + AppRegistration.thumbprint(cert, "SHA-1")
            + "', Found key 'Start="
            + cert.getNotBefore().toInstant()
            + ", End="
            + cert.getNotAfter().toInstant()
            + "']");
  }
}
