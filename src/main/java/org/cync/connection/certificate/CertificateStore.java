package org.cync.connection.certificate;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * Where CYNC's certificate and private key live. The private key goes in (generate, import) but
 * never comes out: signing happens inside the store, so on Windows the key need not be exportable.
 * Thumbprints passed in are already normalized ({@link Thumbprint#normalize}).
 */
public interface CertificateStore {
  /** For messages, e.g. "PKCS12 file /var/lib/cync/keystore.p12". */
  String describe();

  List<StoredCertificate> list() throws CertificateProblem;

  Optional<StoredCertificate> find(String thumbprint) throws CertificateProblem;

  /** Stores the key with its certificate under the thumbprint (as alias) and returns it. */
  String install(PrivateKey key, X509Certificate certificate) throws CertificateProblem;

  /** Removes the certificate and its key; a problem if it is not there. */
  void remove(String thumbprint) throws CertificateProblem;

  /** SHA256withRSA (the RS256 of a JWT) with the private key of the certificate. */
  byte[] signSha256WithRsa(String thumbprint, byte[] data) throws CertificateProblem;
}
