package org.cync.connection.certificate;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Keys, certificates and PFX files made the way other tools make them, to feed the code under test.
 */
public final class TestCertificates {
  public static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static KeyPair rsa2048;

  private TestCertificates() {}

  /** One shared 2048-bit RSA pair (generating one takes a while). */
  public static synchronized KeyPair rsa2048() {
    if (rsa2048 == null) {
      rsa2048 = keys("RSA", 2048);
    }
    return rsa2048;
  }

  public static KeyPair keys(String algorithm, int bits) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
      g.initialize(bits);
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Valid a year around NOW, with KeyUsage digitalSignature. */
  public static X509Certificate cert(KeyPair keys) {
    return cert(
        keys,
        NOW.minus(180, ChronoUnit.DAYS),
        NOW.plus(180, ChronoUnit.DAYS),
        KeyUsage.digitalSignature);
  }

  /** keyUsage 0 = no KeyUsage extension. */
  public static X509Certificate cert(
      KeyPair keys, Instant notBefore, Instant notAfter, int keyUsage) {
    try {
      X500Name name = new X500Name("CN=Test Certificate,O=Contoso");
      var b =
          new JcaX509v3CertificateBuilder(
              name,
              BigInteger.valueOf(notBefore.toEpochMilli()),
              Date.from(notBefore),
              Date.from(notAfter),
              name,
              keys.getPublic());
      if (keyUsage != 0) {
        b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
      }
      String alg =
          keys.getPrivate().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
      return new JcaX509CertificateConverter()
          .getCertificate(b.build(new JcaContentSignerBuilder(alg).build(keys.getPrivate())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A PFX with one key entry per certificate given (each with the shared key), and password. */
  public static byte[] pfx(char[] password, KeyPair keys, X509Certificate... certs) {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      for (int i = 0; i < certs.length; i++) {
        ks.setKeyEntry("entry" + i, keys.getPrivate(), password, new Certificate[] {certs[i]});
      }
      return bytes(ks, password);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A PFX that holds only the certificate, as exported without "Yes, export the private key". */
  public static byte[] pfxWithoutKey(char[] password, X509Certificate cert) {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setCertificateEntry("only-cert", cert);
      return bytes(ks, password);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(KeyStore ks, char[] password) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ks.store(out, password);
    return out.toByteArray();
  }
}
