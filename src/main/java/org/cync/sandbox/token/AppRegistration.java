package org.cync.sandbox.token;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One app registration (client ID) with its service principal in the sandbox tenant: the
 * certificates uploaded as credentials (keyed by SHA-1 thumbprint, like Entra shows them) and the
 * application permissions granted by admin consent.
 */
public final class AppRegistration {
  private final String clientId;
  private final String servicePrincipalId;
  private final String displayName;
  private final Map<String, X509Certificate> certificates = new ConcurrentHashMap<>();
  private final Set<String> roles = ConcurrentHashMap.newKeySet();

  AppRegistration(String clientId, String servicePrincipalId, String displayName) {
    this.clientId = clientId;
    this.servicePrincipalId = servicePrincipalId;
    this.displayName = displayName;
  }

  public String clientId() {
    return clientId;
  }

  public String servicePrincipalId() {
    return servicePrincipalId;
  }

  public String displayName() {
    return displayName;
  }

  /** Adds a certificate credential and returns its SHA-1 thumbprint (upper-case hex). */
  public String addCertificate(X509Certificate cert) {
    String thumb = thumbprint(cert, "SHA-1");
    certificates.put(thumb, cert);
    return thumb;
  }

  public boolean removeCertificate(String thumbprint) {
    return certificates.remove(thumbprint.toUpperCase()) != null;
  }

  public List<X509Certificate> certificates() {
    return List.copyOf(certificates.values());
  }

  public Set<String> thumbprints() {
    return new TreeSet<>(certificates.keySet());
  }

  public void grant(String role) {
    roles.add(role);
  }

  public boolean revoke(String role) {
    return roles.remove(role);
  }

  public Set<String> roles() {
    return new TreeSet<>(roles);
  }

  static String thumbprint(X509Certificate cert, String alg) {
    return HexFormat.of().withUpperCase().formatHex(digest(cert, alg));
  }

  static byte[] digest(X509Certificate cert, String alg) {
    try {
      return MessageDigest.getInstance(alg).digest(cert.getEncoded());
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
