package org.cync.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.logging.Logger;
import org.cync.store.DataDirectory;

/**
 * Sees to the first account, {@code admin} (Administrator), at each start. Without accounts: an
 * installation from before accounts keeps its password ({@code admin-password.hash} is taken over);
 * else a configured {@code cync.admin.password} is used; else a random password is written to
 * {@code initial-admin-password} (mode 600), to be changed at the first sign-in. Later, a
 * configured password is applied again only when its value changed (a hash of the last applied
 * value tells), so a password changed in the console is not overwritten at every start. Plain Java
 * over the data directory; {@link FirstAccount} stores the result.
 */
final class FirstAdministrator {
  static final String NAME = "admin";
  static final String OLD_HASH_FILE = "admin-password.hash";
  static final String INITIAL_FILE = "initial-admin-password";
  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  private final Path dataDir;
  private final String configured;

  FirstAdministrator(Path dataDir, String configuredPassword) {
    this.dataDir = dataDir;
    this.configured =
        configuredPassword == null || configuredPassword.isEmpty() ? null : configuredPassword;
  }

  /** The first account, to be persisted, when there is no account yet. */
  Account create(Instant now) {
    String old = read(dataDir.resolve(OLD_HASH_FILE));
    if (old != null) {
      Account a = new Account(NAME, Role.ADMINISTRATOR, old, now);
      if (configured != null && PasswordHash.matches(configured.toCharArray(), old)) {
        a.setConfiguredPasswordHash(old);
      } else {
        applyConfigured(a);
      }
      LOG.info("The admin account and its password were taken over from " + OLD_HASH_FILE + ".");
      return a;
    }
    if (configured != null) {
      Account a = new Account(NAME, Role.ADMINISTRATOR, null, now);
      applyConfigured(a);
      return a;
    }
    String initial = randomPassword();
    DataDirectory.writePrivate(
        dataDir.resolve(INITIAL_FILE), (initial + "\n").getBytes(StandardCharsets.UTF_8));
    Account a =
        new Account(NAME, Role.ADMINISTRATOR, PasswordHash.hash(initial.toCharArray()), now);
    a.setMustChangePassword(true);
    LOG.warning(
        () ->
            "No admin password configured: the initial password of account 'admin' is in "
                + dataDir.resolve(INITIAL_FILE)
                + "; it must be changed at the first sign-in.");
    return a;
  }

  /** At a later start: applies a configured password whose value changed; true if it did. */
  boolean update(Account admin) {
    deleteQuietly(dataDir.resolve(OLD_HASH_FILE)); // taken over at an earlier start
    if (configured == null || admin == null) {
      return false;
    }
    deleteQuietly(dataDir.resolve(INITIAL_FILE));
    String last = admin.getConfiguredPasswordHash();
    if (last != null && PasswordHash.matches(configured.toCharArray(), last)) {
      return false;
    }
    applyConfigured(admin);
    return true;
  }

  private void applyConfigured(Account a) {
    if (configured == null) {
      return;
    }
    String hash = PasswordHash.hash(configured.toCharArray());
    a.setPasswordHash(hash);
    a.setConfiguredPasswordHash(hash);
    a.setMustChangePassword(false);
    deleteQuietly(dataDir.resolve(INITIAL_FILE));
    try {
      AccountRules.checkPassword("cync.admin.password", NAME, configured);
    } catch (AccountProblem weak) {
      LOG.warning("The configured admin password is weak: " + weak.getMessage());
    }
  }

  /** The initial password file, when the account still has to change the password it holds. */
  void passwordChanged() {
    deleteQuietly(dataDir.resolve(INITIAL_FILE));
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

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warning(() -> "Cannot delete " + file + ": " + e.getMessage());
    }
  }
}
