package org.cync.connection.certificate;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The public part of the certificate, for upload to the app registration ("Certificates & secrets >
 * Upload certificate" accepts .cer, .pem and .crt), with a file name that says what it is.
 */
public final class PublicCertificate {
  private PublicCertificate() {}

  /** The DER encoding: what a .cer file holds. */
  public static byte[] der(X509Certificate c) {
    try {
      return c.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("Cannot encode certificate " + Thumbprint.sha1(c), e);
    }
  }

  /** PEM with 64-character lines. */
  public static String pem(X509Certificate c) {
    Base64.Encoder lines = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
    return "-----BEGIN CERTIFICATE-----\n"
        + lines.encodeToString(der(c))
        + "\n-----END CERTIFICATE-----\n";
  }

  /** E.g. "CYNC-Contact-Sync-1A2B3C4D.cer": the common name, then the start of the thumbprint. */
  public static String fileName(X509Certificate c, String ext) {
    String name = "certificate";
    RDN[] cn = X500Name.getInstance(c.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
    if (cn.length > 0) {
      String safe =
          cn[0]
              .getFirst()
              .getValue()
              .toString()
              .replaceAll("[^A-Za-z0-9]+", "-")
              .replaceAll("^-+|-+$", "");
      name = safe.isEmpty() ? name : safe;
    }
    String extension = ext == null ? "" : ext.replaceFirst("^\\.", "");
    return name
        + "-"
        + Thumbprint.sha1(c).substring(0, 8)
        + (extension.isEmpty() ? "" : "." + extension);
  }
}
