package org.cync.login;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.cync.store.DataDirectory;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The administrator account ({@code admin}). Its password comes from {@code cync.admin.password} /
 * {@code CYNC_ADMIN_PASSWORD} when set (and is re-hashed whenever it changes); otherwise a random
 * one is generated on the first start and written to {@code initial-admin-password} in the data
 * directory (mode 600), like Jenkins does. Only a salted hash is kept ({@code
 * admin-password.hash}); the password itself is never logged.
 */
@Singleton
@Startup
public class AdminAccount {
  public static final String USER = "admin";
  static final String HASH_FILE = "admin-password.hash";
  static final String INITIAL_FILE = "initial-admin-password";
  private static final Logger LOG = Logger.getLogger(AdminAccount.class.getName());

  Path dataDir = DataDirectory.path();
  Config config;
  private volatile String hash;

  @PostConstruct
  void setUp() {
    if (config == null) {
      config = ConfigProvider.getConfig();
    }
    Optional<String> configured = config.getOptionalValue("cync.admin.password", String.class);
    Path hashFile = dataDir.resolve(HASH_FILE);
    String stored = read(hashFile);
    if (configured.isPresent()) {
      if (stored == null || !PasswordHash.matches(configured.get().toCharArray(), stored)) {
        stored = PasswordHash.hash(configured.get().toCharArray());
        writePrivate(hashFile, stored);
      }
      deleteQuietly(dataDir.resolve(INITIAL_FILE));
    } else if (stored == null) {
      String initial = randomPassword();
      writePrivate(dataDir.resolve(INITIAL_FILE), initial + "\n");
      stored = PasswordHash.hash(initial.toCharArray());
      writePrivate(hashFile, stored);
      LOG.warning(
          () ->
              "No admin password configured: the initial password of user 'admin' is in "
                  + dataDir.resolve(INITIAL_FILE)
                  + "; set cync.admin.password / CYNC_ADMIN_PASSWORD to choose your own.");
    }
    hash = stored;
  }

  private final RecentLogin recent = new RecentLogin(java.time.Clock.systemUTC());

  public boolean accepts(String user, char[] password) {
    if (!USER.equals(user)) {
      return false;
    }
    if (recent.knows(password)) {
      return true;
    }
    boolean ok = PasswordHash.matches(password, hash);
    if (ok) {
      recent.remember(password);
    }
    return ok;
  }

  private static String randomPassword() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return password.toString();
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file).strip() : null;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static void writePrivate(Path file, String content) {
    DataDirectory.writePrivate(file, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warning(() -> "Cannot delete " + file + ": " + e.getMessage());
    }
  }
}
