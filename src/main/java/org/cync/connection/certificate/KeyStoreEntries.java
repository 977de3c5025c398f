package org.cync.connection.certificate;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What both stores do the same way with a JCA {@link KeyStore}: find entries by the SHA-1 of their
 * certificate (aliases on Windows are friendly names, not thumbprints), and sign.
 */
final class KeyStoreEntries {
  private KeyStoreEntries() {}

  static List<StoredCertificate> list(KeyStore ks) throws GeneralSecurityException {
    List<StoredCertificate> all = new ArrayList<>();
    for (String alias : Collections.list(ks.aliases())) {
      if (ks.getCertificate(alias) instanceof X509Certificate c) {
        all.add(new StoredCertificate(Thumbprint.sha1(c), c, ks.isKeyEntry(alias)));
      }
    }
    return all;
  }

  /** The alias whose certificate has this SHA-1 thumbprint, or null. */
  static String aliasOf(KeyStore ks, String thumbprint) throws GeneralSecurityException {
    for (String alias : Collections.list(ks.aliases())) {
      if (ks.getCertificate(alias) instanceof X509Certificate c
          && Thumbprint.sha1(c).equals(thumbprint)) {
        return alias;
      }
    }
    return null;
  }

  static String notFound(String thumbprint, String store) {
    return "Certificate "
        + thumbprint
        + " not found in "
        + store
        + ": check the thumbprint, or generate or import the certificate again.";
  }

  static String noPrivateKey(String thumbprint, String store) {
    return "Certificate "
        + thumbprint
        + " in "
        + store
        + " has no private key, so CYNC cannot sign in with it: import it as a PFX together with"
        + " its private key, or generate a new certificate.";
  }

  /**
   * Signs with the key of the certificate {@code thumbprint} in {@code ks}; not found and no key
   * are problems for the administrator, anything else is left to the store to explain.
   */
  static byte[] signWith(
      KeyStore ks, char[] keyPassword, String thumbprint, byte[] data, String store)
      throws CertificateProblem, GeneralSecurityException {
    String alias = aliasOf(ks, thumbprint);
    if (alias == null) {
      throw new CertificateProblem(notFound(thumbprint, store));
    }
    if (!(ks.isKeyEntry(alias) && ks.getKey(alias, keyPassword) instanceof PrivateKey key)) {
      throw new CertificateProblem(noPrivateKey(thumbprint, store));
    }
    return sign(key, data);
  }

  static byte[] sign(PrivateKey key, byte[] data) throws GeneralSecurityException {
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(key);
    s.update(data);
    return s.sign();
  }

  /** Refuses keys CYNC cannot sign with, and a key that does not belong to the certificate. */
  static void checkPair(PrivateKey key, X509Certificate certificate) throws CertificateProblem {
    if (!"RSA".equals(key.getAlgorithm())) {
      throw new CertificateProblem(
          "The private key is "
              + key.getAlgorithm()
              + ", but CYNC signs in with RS256, which needs an RSA key: use an RSA certificate.");
    }
    try {
      byte[] probe = new byte[32];
      new SecureRandom().nextBytes(probe);
      Signature v = Signature.getInstance("SHA256withRSA");
      v.initVerify(certificate.getPublicKey());
      v.update(probe);
      if (v.verify(sign(key, probe))) {
        return;
      }
    } catch (GeneralSecurityException e) {
      // falls through to the problem below
    }
    throw new CertificateProblem(
        "The private key does not belong to certificate "
            + Thumbprint.sha1(certificate)
            + ": export the certificate again together with its own private key.");
  }
}
