package org.cync.connection.signin;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import org.cync.connection.certificate.CertificateProblem;
import org.cync.connection.certificate.Thumbprint;

/**
 * The client assertion JWT CYNC signs itself (so the private key never has to be exportable): RS256
 * with both {@code x5t} and {@code x5t#S256} in the header, as Entra's certificate credentials
 * expect, valid for 10 minutes.
 */
public final class ClientAssertion {
  static final long LIFETIME_SECONDS = 600;

  /** Signs with SHA256withRSA, typically {@code data -> store.signSha256WithRsa(thumb, data)}. */
  public interface Signer {
    byte[] sign(byte[] data) throws CertificateProblem;
  }

  private ClientAssertion() {}

  public static String create(
      String clientId, String tokenUrl, X509Certificate cert, Signer signer, Clock clock)
      throws CertificateProblem {
    if (clientId == null || clientId.isBlank()) {
      throw new CertificateProblem(
          "The application (client) ID is empty: copy it from the Entra portal, App registrations"
              + " > your app > Overview.");
    }
    JsonObject header = new JsonObject();
    header.addProperty("alg", "RS256");
    header.addProperty("typ", "JWT");
    header.addProperty("x5t", Thumbprint.x5t(cert));
    header.addProperty("x5t#S256", Thumbprint.x5tS256(cert));
    long now = clock.instant().getEpochSecond();
    JsonObject claims = new JsonObject();
    claims.addProperty("aud", tokenUrl);
    claims.addProperty("iss", clientId);
    claims.addProperty("sub", clientId);
    claims.addProperty("jti", UUID.randomUUID().toString());
    claims.addProperty("nbf", now);
    claims.addProperty("iat", now);
    claims.addProperty("exp", now + LIFETIME_SECONDS);
    String input = b64(json(header)) + "." + b64(json(claims));
    return input + "." + b64(signer.sign(input.getBytes(StandardCharsets.US_ASCII)));
  }

  private static byte[] json(JsonObject o) {
    return o.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
