package org.cync.sandbox.token;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;

/** A compact JWS (header.payload.signature): parsing, RS256/PS256 verification, RS256 signing. */
public final class Jwt {
  private static final Base64.Decoder DEC = Base64.getUrlDecoder();
  private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();

  private final JsonObject header;
  private final JsonObject claims;
  private final byte[] signingInput;
  private final byte[] signature;

  private Jwt(JsonObject header, JsonObject claims, byte[] signingInput, byte[] signature) {
    this.header = header;
    this.claims = claims;
    this.signingInput = signingInput;
    this.signature = signature;
  }

  /** Parses a compact JWS; throws IllegalArgumentException when it is not one. */
  public static Jwt parse(String compact) {
    String[] parts = compact == null ? new String[0] : compact.split("\\.", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a compact JWS");
    }
    try {
      JsonObject h = JsonParser.parseString(text(parts[0])).getAsJsonObject();
      JsonObject c = JsonParser.parseString(text(parts[1])).getAsJsonObject();
      byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
      return new Jwt(h, c, input, DEC.decode(parts[2]));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("malformed JWT", e);
    }
  }

  private static String text(String b64) {
    return new String(DEC.decode(b64), StandardCharsets.UTF_8);
  }

  public static String sign(JsonObject header, JsonObject claims, PrivateKey key) {
    String input =
        ENC.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8))
            + "."
            + ENC.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(key);
      s.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + ENC.encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Verifies with RS256 or PS256 as the header says; other algorithms never verify. */
  public boolean verify(PublicKey key) {
    String alg = alg();
    try {
      Signature s;
      if ("RS256".equals(alg)) {
        s = Signature.getInstance("SHA256withRSA");
      } else if ("PS256".equals(alg)) {
        s = Signature.getInstance("RSASSA-PSS");
        s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
      } else {
        return false;
      }
      s.initVerify(key);
      s.update(signingInput);
      return s.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  public String alg() {
    return header.has("alg") ? header.get("alg").getAsString() : null;
  }

  public String headerString(String name) {
    return header.has(name) && header.get(name).isJsonPrimitive()
        ? header.get(name).getAsString()
        : null;
  }

  public String claim(String name) {
    return claims.has(name) && claims.get(name).isJsonPrimitive()
        ? claims.get(name).getAsString()
        : null;
  }

  /**
   * A NumericDate claim in seconds, or null when absent or not a JSON number (a string such as
   * {@code "1700000000"} is not a NumericDate, RFC 7519 §2).
   */
  public Long seconds(String name) {
    JsonElement e = claims.get(name);
    if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
      return null;
    }
    try {
      return e.getAsBigDecimal().longValueExact();
    } catch (ArithmeticException notWhole) {
      return e.getAsBigDecimal().longValue();
    }
  }

  public JsonObject claims() {
    return claims;
  }
}
