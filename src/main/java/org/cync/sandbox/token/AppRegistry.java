package org.cync.sandbox.token;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The app registrations of the sandbox tenant, looked up by client ID. Thread-safe. */
public final class AppRegistry {
  private final Map<String, AppRegistration> apps = new ConcurrentHashMap<>();

  public AppRegistration register(String clientId, String displayName) {
    String id = clientId == null || clientId.isBlank() ? UUID.randomUUID().toString() : clientId;
    return apps.computeIfAbsent(
        id.toLowerCase(),
        k ->
            new AppRegistration(
                k, UUID.randomUUID().toString(), displayName == null ? "CYNC" : displayName));
  }

  public AppRegistration find(String clientId) {
    return clientId == null ? null : apps.get(clientId.toLowerCase());
  }

  public Collection<AppRegistration> all() {
    return apps.values();
  }

  /** Parses a certificate given as PEM text or DER bytes, as the Entra portal accepts both. */
  public static X509Certificate parseCertificate(byte[] pemOrDer) {
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      String text = new String(pemOrDer, StandardCharsets.US_ASCII);
      int begin = text.indexOf("-----BEGIN CERTIFICATE-----");
      byte[] in = pemOrDer;
      if (begin >= 0) {
        int end = text.indexOf("-----END CERTIFICATE-----", begin);
        if (end < 0) {
          throw new IllegalArgumentException("PEM certificate without END line");
        }
        in = text.substring(begin, end + 25).getBytes(StandardCharsets.US_ASCII);
      }
      return (X509Certificate) cf.generateCertificate(new ByteArrayInputStream(in));
    } catch (CertificateException e) {
      throw new IllegalArgumentException("Not a certificate (PEM or DER expected)", e);
    }
  }
}
