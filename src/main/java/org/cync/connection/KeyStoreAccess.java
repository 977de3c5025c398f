package org.cync.connection;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.cync.connection.certificate.CertificateStore;
import org.cync.connection.certificate.CertificateStores;
import org.cync.store.DataDirectory;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The machine's certificate store. On Linux a PKCS12 file in the data directory whose password
 * comes from {@code cync.keystore.password} / {@code CYNC_KEYSTORE_PASSWORD}, or, when none is
 * configured, from a random password generated once into {@code data/keystore-password} (mode 600).
 * Never from Derby.
 */
@ApplicationScoped
public class KeyStoreAccess {
  static final String PASSWORD_FILE = "keystore-password";
  private CertificateStore store;
  private boolean passwordGenerated;

  @PostConstruct
  void open() {
    Path dataDir = DataDirectory.path();
    Optional<String> configured =
        ConfigProvider.getConfig().getOptionalValue("cync.keystore.password", String.class);
    passwordGenerated = configured.filter(p -> !p.isEmpty()).isEmpty();
    store = CertificateStores.forThisMachine(dataDir, password(configured, dataDir));
  }

  public CertificateStore store() {
    return store;
  }

  /**
   * True when the PKCS12 password was generated into the data directory: a copy of that directory
   * then holds key and password together (fine for a trial, not for production).
   */
  public boolean isPasswordGenerated() {
    return passwordGenerated && ownsCertificates();
  }

  /** Whether the store is CYNC's own file, so CYNC may remove certificates it replaced. */
  public boolean ownsCertificates() {
    return !(store instanceof org.cync.connection.certificate.WindowsCertificateStore);
  }

  /** Whether the store holds this certificate (false when it cannot be read). */
  public boolean exists(String thumbprint) {
    try {
      return store.find(thumbprint).isPresent();
    } catch (org.cync.connection.certificate.CertificateProblem e) {
      return false;
    }
  }

  static char[] password(Optional<String> configured, Path dataDir) {
    if (configured.isPresent() && !configured.get().isEmpty()) {
      return configured.get().toCharArray();
    }
    Path file = dataDir.resolve(PASSWORD_FILE);
    try {
      if (!Files.exists(file)) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        DataDirectory.writePrivate(file, generated.getBytes(StandardCharsets.UTF_8));
      }
      return Files.readString(file).strip().toCharArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the key store password file " + file, e);
    }
  }
}
