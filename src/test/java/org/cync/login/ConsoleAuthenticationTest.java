package org.cync.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ConsoleAuthenticationTest {

  private static String basic(String userAndPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aBasicHeaderGivesUserAndPasswordWhichMayContainColons() {
    UsernamePasswordCredential credential =
        ConsoleAuthentication.basicCredential(basic("admin:pä:ss"));
    assertEquals("admin", credential.getCaller());
    assertEquals("pä:ss", credential.getPasswordAsString());
    assertEquals(
        "admin",
        ConsoleAuthentication.basicCredential("basic " + basic("admin:x").substring(6))
            .getCaller());
  }

  @Test
  void missingOrMalformedHeadersGiveNoCredential() {
    assertNull(ConsoleAuthentication.basicCredential(null));
    assertNull(ConsoleAuthentication.basicCredential("Bearer abc"));
    assertNull(ConsoleAuthentication.basicCredential("Basic !!!"));
    assertNull(ConsoleAuthentication.basicCredential(basic("no-colon")));
  }
}
