package org.cync.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstAdministratorTest {
  @TempDir Path data;

  private Account create(String configured) {
    return new FirstAdministrator(data, configured).create(Instant.EPOCH);
  }

  @Test
  void withoutAConfiguredPasswordOneIsGeneratedOnlyTheOwnerCanReadAndMustBeChanged()
      throws IOException {
    Account admin = create(null);
    Path initial = data.resolve(FirstAdministrator.INITIAL_FILE);
    String password = Files.readString(initial).strip();
    assertEquals(20, password.length());
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(initial)));
    assertEquals("admin", admin.getName());
    assertEquals(Role.ADMINISTRATOR, admin.getRole());
    assertTrue(admin.isMustChangePassword());
    assertTrue(PasswordHash.matches(password.toCharArray(), admin.getPasswordHash()));

    new FirstAdministrator(data, null).passwordChanged();
    assertFalse(Files.exists(initial), "the generated password goes once it is changed");
  }

  @Test
  void anInstallationFromBeforeAccountsKeepsItsPassword() {
    String old = PasswordHash.hash("the-old-admin-password".toCharArray());
    org.cync.store.DataDirectory.writePrivate(
        data.resolve(FirstAdministrator.OLD_HASH_FILE), old.getBytes());
    Account admin = create(null);
    assertEquals(old, admin.getPasswordHash());
    assertFalse(admin.isMustChangePassword());
    assertFalse(Files.exists(data.resolve(FirstAdministrator.INITIAL_FILE)));

    new FirstAdministrator(data, null).update(admin);
    assertFalse(
        Files.exists(data.resolve(FirstAdministrator.OLD_HASH_FILE)),
        "deleted at the start after the one that took it over");
  }

  @Test
  void aConfiguredPasswordIsAppliedAgainOnlyWhenItsValueChanges() {
    create(null);
    Account admin = create("configured-Pässword");
    assertFalse(admin.isMustChangePassword());
    assertTrue(PasswordHash.matches("configured-Pässword".toCharArray(), admin.getPasswordHash()));
    assertFalse(Files.exists(data.resolve(FirstAdministrator.INITIAL_FILE)));

    // Changed in the console: the same configured value at the next start leaves it alone.
    String chosen = PasswordHash.hash("chosen in the console".toCharArray());
    admin.setPasswordHash(chosen);
    assertFalse(new FirstAdministrator(data, "configured-Pässword").update(admin));
    assertEquals(chosen, admin.getPasswordHash());

    // A new configured value wins.
    assertTrue(new FirstAdministrator(data, "another-configured-one").update(admin));
    assertTrue(
        PasswordHash.matches("another-configured-one".toCharArray(), admin.getPasswordHash()));
    assertFalse(new FirstAdministrator(data, null).update(admin), "no value: nothing to apply");
  }

  @Test
  void anOldHashAndTheSameConfiguredPasswordNeedNoNewHash() {
    String old = PasswordHash.hash("it-admin-Pässword".toCharArray());
    org.cync.store.DataDirectory.writePrivate(
        data.resolve(FirstAdministrator.OLD_HASH_FILE), old.getBytes());
    Account admin = create("it-admin-Pässword");
    assertEquals(old, admin.getPasswordHash());
    assertFalse(new FirstAdministrator(data, "it-admin-Pässword").update(admin));
  }
}
