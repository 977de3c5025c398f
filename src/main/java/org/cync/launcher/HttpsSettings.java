package org.cync.launcher;

import java.nio.file.Path;

/**
 * HTTPS served by CYNC itself: the operator's PKCS12 key store, its password and the port. Kept
 * apart from {@link LaunchSettings} so that the password never shows in that record's {@code
 * toString}, and so that HTTPS is one optional thing (given whole, or not at all).
 */
public record HttpsSettings(Path keyStore, String password, int port) {
  public static final String KEYSTORE = "cync.https.keystore";
  public static final String PASSWORD = "cync.https.password";
  public static final String PORT = "cync.https.port";
  static final int DEFAULT_PORT = 8443;

  @Override
  public String toString() {
    return "HttpsSettings[keyStore=" + keyStore + ", port=" + port + "]";
  }
}
