package org.cync.sandbox;

import com.google.gson.JsonObject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test app's key and self-signed certificate, and client assertions signed the way CYNC signs
 * them (RS256, header with x5t and x5t#S256, aud = token URL, iss = sub = client ID, fresh jti, nbf
 * = now, exp = now + 600), with knobs to produce every wrong variant.
 */
public final class TestApp {
  public final String clientId = UUID.randomUUID().toString();
  public final KeyPair keys;
  public final X509Certificate cert;

  public TestApp() {
    this(Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(365, ChronoUnit.DAYS));
  }

  /** An app whose certificate is valid from notBefore to notAfter. */
  public TestApp(Instant notBefore, Instant notAfter) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      keys = g.generateKeyPair();
      Instant now = Instant.now();
      var b =
          new JcaX509v3CertificateBuilder(
              new X500Name("CN=CYNC test app"),
              BigInteger.valueOf(now.toEpochMilli()),
              Date.from(notBefore),
              Date.from(notAfter),
              new X500Name("CN=CYNC test app"),
              keys.getPublic());
      cert =
          new JcaX509CertificateConverter()
              .getCertificate(
                  b.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Options of one assertion; defaults are the correct values. */
  public static final class Assertion {
    public String alg = "RS256";
    public boolean x5t = true;
    public boolean x5tS256 = true;
    public String aud;
    public String iss;
    public String sub;
    public String jti = UUID.randomUUID().toString();
    public long nbf = Instant.now().getEpochSecond();
    public long exp = Instant.now().getEpochSecond() + 600;
    public PrivateKey key;
    public X509Certificate cert;

    /** Last changes to the claims before signing (malformed or missing claims). */
    public java.util.function.Consumer<JsonObject> editClaims = c -> {};
  }

  public Assertion assertion(String tokenUrl) {
    Assertion a = new Assertion();
    a.aud = tokenUrl;
    a.iss = clientId;
    a.sub = clientId;
    a.key = keys.getPrivate();
    a.cert = cert;
    return a;
  }

  public String sign(String tokenUrl) {
    return sign(assertion(tokenUrl));
  }

  public static String sign(Assertion a) {
    try {
      JsonObject h = new JsonObject();
      h.addProperty("alg", a.alg);
      h.addProperty("typ", "JWT");
      if (a.x5t) {
        h.addProperty("x5t", b64(MessageDigest.getInstance("SHA-1").digest(a.cert.getEncoded())));
      }
      if (a.x5tS256) {
        h.addProperty(
            "x5t#S256", b64(MessageDigest.getInstance("SHA-256").digest(a.cert.getEncoded())));
      }
      JsonObject c = new JsonObject();
      c.addProperty("aud", a.aud);
      c.addProperty("iss", a.iss);
      c.addProperty("sub", a.sub);
      c.addProperty("jti", a.jti);
      c.addProperty("nbf", a.nbf);
      c.addProperty("exp", a.exp);
      a.editClaims.accept(c);
      String input =
          b64(h.toString().getBytes(StandardCharsets.UTF_8))
              + "."
              + b64(c.toString().getBytes(StandardCharsets.UTF_8));
      Signature s;
      if (a.alg.equals("PS256")) {
        s = Signature.getInstance("RSASSA-PSS");
        s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
      } else {
        s = Signature.getInstance("SHA256withRSA");
      }
      s.initSign(a.key);
      s.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + b64(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String b64(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
