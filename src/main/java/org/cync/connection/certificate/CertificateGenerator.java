package org.cync.connection.certificate;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Generate and Renew: a self-signed RSA certificate made for one purpose, signing CYNC's client
 * assertions (KeyUsage digitalSignature, critical), created directly inside the store so the key is
 * never written anywhere else. Renewal is the same call: the old certificate stays beside the new
 * one until the admin removes it.
 */
public final class CertificateGenerator {
  static final Set<Integer> KEY_SIZES = Set.of(2048, 3072, 4096);
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public CertificateGenerator(Clock clock) {
    this.clock = clock;
  }

  /** Generates the key pair and certificate, installs them and returns the thumbprint. */
  public String generateInto(CertificateStore store, NewCertificate spec)
      throws CertificateProblem {
    X500Name subject = subject(spec.subject());
    checkKeyBits(spec.keyBits());
    checkValidity(spec.validity());
    Instant notBefore = clock.instant().minus(CLOCK_SKEW).truncatedTo(ChronoUnit.SECONDS);
    Instant notAfter = notBefore.plus(spec.validity());
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(spec.keyBits(), random);
      KeyPair keys = g.generateKeyPair();
      JcaX509v3CertificateBuilder b =
          new JcaX509v3CertificateBuilder(
              subject,
              new BigInteger(128, random).setBit(127),
              Date.from(notBefore),
              Date.from(notAfter),
              subject,
              keys.getPublic());
      b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      b.addExtension(Extension.basicConstraints, false, new BasicConstraints(false));
      b.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
      X509Certificate cert =
          new JcaX509CertificateConverter()
              .getCertificate(
                  b.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
      return store.install(keys.getPrivate(), cert);
    } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
      throw new CertificateProblem(
          "This Java runtime could not create an RSA certificate (" + e.getMessage() + ").", e);
    }
  }

  /** The subject as an X.500 name, or a problem showing how to write one. */
  static X500Name subject(String subject) throws CertificateProblem {
    String hint = ": write it like CN=CYNC Contact Sync, optionally followed by ,O=Company,C=CH.";
    if (subject == null || subject.isBlank()) {
      throw new CertificateProblem("The subject is empty" + hint);
    }
    X500Name name;
    try {
      // X500Principal keeps the order the admin typed (RFC 2253); BouncyCastle's parser reverses it
      name = X500Name.getInstance(new X500Principal(subject.trim()).getEncoded());
    } catch (IllegalArgumentException e) {
      throw new CertificateProblem("The subject \"" + subject + "\" is not an X.500 name" + hint);
    }
    for (RDN rdn : name.getRDNs()) {
      if (rdn.getFirst() == null || rdn.getFirst().getValue().toString().isBlank()) {
        throw new CertificateProblem(
            "The subject \"" + subject + "\" has a part without a value" + hint);
      }
    }
    if (name.getRDNs().length == 0) {
      throw new CertificateProblem("The subject \"" + subject + "\" is not an X.500 name" + hint);
    }
    return name;
  }

  private static void checkKeyBits(int bits) throws CertificateProblem {
    if (!KEY_SIZES.contains(bits)) {
      throw new CertificateProblem(
          "A key size of "
              + bits
              + " bits is not offered: choose 2048, 3072 or 4096 bits (Entra needs at least 2048).");
    }
  }

  private static void checkValidity(Duration validity) throws CertificateProblem {
    if (validity == null || validity.compareTo(Duration.ofDays(1)) < 0) {
      throw new CertificateProblem(
          "The certificate must be valid for at least one day: choose a longer validity, such as"
              + " 730 days (2 years).");
    }
  }
}
