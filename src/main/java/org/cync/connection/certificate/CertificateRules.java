package org.cync.connection.certificate;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks Entra would otherwise fail sign-in with much later (AADSTS700027 and friends), made
 * when a certificate is chosen, each reported as one sentence an admin can act on.
 */
public final class CertificateRules {
  static final int MIN_RSA_BITS = 2048;
  private static final String[] KEY_USAGES = {
    "digitalSignature",
    "nonRepudiation",
    "keyEncipherment",
    "dataEncipherment",
    "keyAgreement",
    "keyCertSign",
    "cRLSign",
    "encipherOnly",
    "decipherOnly"
  };

  private CertificateRules() {}

  /** Empty when CYNC can sign in with the certificate; otherwise one sentence per problem. */
  public static List<String> problems(X509Certificate c, boolean hasPrivateKey, Instant now) {
    List<String> problems = new ArrayList<>();
    if (!hasPrivateKey) {
      problems.add(
          "The certificate comes without its private key, which CYNC needs to sign in: export it"
              + " again as a PFX including the private key, or generate a new certificate.");
    }
    PublicKey key = c.getPublicKey();
    if (!(key instanceof RSAPublicKey rsa)) {
      problems.add(
          "The certificate's key is "
              + key.getAlgorithm()
              + ", but Entra certificate credentials signed with RS256 need an RSA key: use an"
              + " RSA certificate of at least 2048 bits, or generate one.");
    } else if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
      problems.add(
          "The certificate's RSA key has only "
              + rsa.getModulus().bitLength()
              + " bits, but Entra needs at least 2048: generate a new certificate (2048, 3072 or"
              + " 4096 bits).");
    }
    if (now.isAfter(c.getNotAfter().toInstant())) {
      problems.add(
          "The certificate expired on "
              + day(c.getNotAfter().toInstant())
              + ": generate or import a new one and upload it to the app registration.");
    }
    if (now.isBefore(c.getNotBefore().toInstant())) {
      problems.add(
          "The certificate is not valid before "
              + c.getNotBefore().toInstant()
              + ": check the date and time of this server, or wait until then.");
    }
    boolean[] usage = c.getKeyUsage();
    if (usage != null && (usage.length == 0 || !usage[0])) {
      problems.add(
          "The certificate's Key Usage ("
              + allowed(usage)
              + ") does not include Digital Signature, which signing in needs: issue one with"
              + " Key Usage Digital Signature, or generate one.");
    }
    return problems;
  }

  private static String allowed(boolean[] usage) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < usage.length && i < KEY_USAGES.length; i++) {
      if (usage[i]) {
        names.add(KEY_USAGES[i]);
      }
    }
    return names.isEmpty() ? "empty" : String.join(", ", names);
  }

  static String day(Instant instant) {
    return instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }
}
