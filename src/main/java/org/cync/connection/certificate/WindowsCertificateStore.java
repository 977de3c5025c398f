package org.cync.connection.certificate;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The key store on Windows: the machine's Personal store (certlm.msc, LocalMachine\My) through the
 * JDK's SunMSCAPI provider, so admins manage the certificate with the tools they know and the key
 * may stay non-exportable. Entries are found by the SHA-1 of their certificate, because aliases
 * there are friendly names. Cannot be exercised off Windows; everything else is shared with the
 * PKCS12 store ({@link KeyStoreEntries}).
 */
public final class WindowsCertificateStore implements CertificateStore {
  static final String TYPE = "Windows-MY-LOCALMACHINE";

  /** True on Windows, where the machine store exists. */
  public static boolean available() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }

  @Override
  public String describe() {
    return "Windows machine store LocalMachine\\My";
  }

  @Override
  public synchronized List<StoredCertificate> list() throws CertificateProblem {
    try {
      return KeyStoreEntries.list(open());
    } catch (GeneralSecurityException e) {
      throw failed("read", e);
    }
  }

  @Override
  public synchronized Optional<StoredCertificate> find(String thumbprint)
      throws CertificateProblem {
    return list().stream().filter(c -> c.thumbprint().equals(thumbprint)).findFirst();
  }

  @Override
  public synchronized String install(PrivateKey key, X509Certificate certificate)
      throws CertificateProblem {
    KeyStoreEntries.checkPair(key, certificate);
    String thumbprint = Thumbprint.sha1(certificate);
    try {
      open().setKeyEntry(thumbprint, key, null, new Certificate[] {certificate});
    } catch (GeneralSecurityException e) {
      throw failed("write to", e);
    }
    return thumbprint;
  }

  @Override
  public synchronized void remove(String thumbprint) throws CertificateProblem {
    try {
      KeyStore ks = open();
      String alias = KeyStoreEntries.aliasOf(ks, thumbprint);
      if (alias == null) {
        throw new CertificateProblem(KeyStoreEntries.notFound(thumbprint, describe()));
      }
      ks.deleteEntry(alias);
    } catch (GeneralSecurityException e) {
      throw failed("write to", e);
    }
  }

  @Override
  public synchronized byte[] signSha256WithRsa(String thumbprint, byte[] data)
      throws CertificateProblem {
    try {
      KeyStore ks = open();
      return KeyStoreEntries.signWith(ks, null, thumbprint, data, describe());
    } catch (GeneralSecurityException e) {
      throw new CertificateProblem(
          "Could not sign with certificate "
              + thumbprint
              + " in "
              + describe()
              + " ("
              + e.getMessage()
              + "): in certlm.msc, right-click the certificate > All Tasks > Manage Private Keys"
              + " and give the account CYNC runs as Read access.",
          e);
    }
  }

  private KeyStore open() throws CertificateProblem {
    if (!available()) {
      throw new CertificateProblem(
          "The Windows machine store exists only on Windows, but this machine runs "
              + System.getProperty("os.name")
              + ": keep the certificate in the PKCS12 key store in the data directory instead.");
    }
    try {
      KeyStore ks = KeyStore.getInstance(TYPE);
      ks.load(null, null);
      return ks;
    } catch (GeneralSecurityException | IOException e) {
      throw failed("open", e);
    }
  }

  private CertificateProblem failed(String what, Exception e) {
    return new CertificateProblem(
        "CYNC could not "
            + what
            + " the "
            + describe()
            + " ("
            + e.getMessage()
            + "): run CYNC with Java 17.0.5 or later (17.0.17 or later without administrator"
            + " rights) as an account allowed to use the machine's certificates, e.g. LocalSystem.",
        e);
  }
}
