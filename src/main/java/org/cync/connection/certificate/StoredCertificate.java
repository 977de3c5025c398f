package org.cync.connection.certificate;

import java.security.cert.X509Certificate;

/**
 * A certificate as a store holds it: its public part and whether the store also holds its private
 * key (never the key itself).
 */
public record StoredCertificate(
    String thumbprint, X509Certificate certificate, boolean hasPrivateKey) {

  @Override
  public String toString() {
    return "StoredCertificate["
        + thumbprint
        + ", "
        + certificate.getSubjectX500Principal().getName()
        + ", until "
        + certificate.getNotAfter().toInstant()
        + (hasPrivateKey ? ", with private key]" : ", without private key]");
  }
}
