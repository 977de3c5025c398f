package org.cync.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminAccountTest {
  @TempDir Path data;

  /** A configuration that only knows cync.admin.password. */
  private static Config configWithPassword(String password) {
    return (Config)
        Proxy.newProxyInstance(
            Config.class.getClassLoader(),
            new Class<?>[] {Config.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getOptionalValue")
                  && "cync.admin.password".equals(args[0])) {
                return Optional.ofNullable(password);
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private AdminAccount account(String configuredPassword) {
    AdminAccount account = new AdminAccount();
    account.dataDir = data;
    account.config = configWithPassword(configuredPassword);
    account.setUp();
    return account;
  }

  @Test
  void withoutAConfiguredPasswordTheFirstStartWritesAnInitialOneOnlyTheOwnerCanRead()
      throws IOException {
    AdminAccount account = account(null);
    Path initial = data.resolve(AdminAccount.INITIAL_FILE);
    String password = Files.readString(initial).strip();
    assertEquals(20, password.length());
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(initial)));
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(data.resolve(AdminAccount.HASH_FILE))));
    assertFalse(Files.readString(data.resolve(AdminAccount.HASH_FILE)).contains(password));
    assertTrue(account.accepts("admin", password.toCharArray()));
    assertFalse(account.accepts("root", password.toCharArray()));

    // A second start keeps the same password.
    assertTrue(account(null).accepts("admin", password.toCharArray()));
  }

  @Test
  void aConfiguredPasswordWinsAndRemovesTheInitialOne() {
    account(null);
    AdminAccount account = account("s3cret-from-env");
    assertTrue(account.accepts("admin", "s3cret-from-env".toCharArray()));
    assertFalse(Files.exists(data.resolve(AdminAccount.INITIAL_FILE)));

    AdminAccount changed = account("another");
    assertTrue(changed.accepts("admin", "another".toCharArray()));
    assertFalse(changed.accepts("admin", "s3cret-from-env".toCharArray()));
  }
}
