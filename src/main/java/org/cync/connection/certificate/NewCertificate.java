package org.cync.connection.certificate;

import java.time.Duration;

/**
 * What the admin chose on the "generate certificate" form; checked by {@link CertificateGenerator},
 * which reports what is wrong in the admin's terms.
 */
public record NewCertificate(String subject, int keyBits, Duration validity) {
  public static final String DEFAULT_SUBJECT = "CN=CYNC Contact Sync";

  /** CN=CYNC Contact Sync, RSA 2048 bits, valid 730 days. */
  public static NewCertificate defaults() {
    return new NewCertificate(DEFAULT_SUBJECT, 2048, Duration.ofDays(730));
  }

  public NewCertificate withSubject(String newSubject) {
    return new NewCertificate(newSubject, keyBits, validity);
  }

  public NewCertificate withKeyBits(int newKeyBits) {
    return new NewCertificate(subject, newKeyBits, validity);
  }
}
