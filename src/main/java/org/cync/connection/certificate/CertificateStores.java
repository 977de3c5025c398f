package org.cync.connection.certificate;

import java.nio.file.Path;

/** Picks the key store for the operating system CYNC runs on, so callers never have to. */
public final class CertificateStores {
  /** The PKCS12 file's name inside the data directory. */
  public static final String PKCS12_FILE = "keystore.p12";

  private CertificateStores() {}

  /** The Windows machine store on Windows; elsewhere the PKCS12 file in the data directory. */
  public static CertificateStore forThisMachine(Path dataDir, char[] password) {
    return WindowsCertificateStore.available()
        ? new WindowsCertificateStore()
        : new Pkcs12CertificateStore(dataDir.resolve(PKCS12_FILE), password);
  }
}
